import rule from "../../../../policies/aws/rds/aws-rds-instance-enable-log-exports";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const MYSQL_LOGS = ["audit", "error", "general", "slowquery"];
const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", { engine: "postgres", enabledCloudwatchLogsExports: ["postgresql", "upgrade"], ...props });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-mysql", enabledCloudwatchLogsExports: MYSQL_LOGS, ...props });

describeRule(rule, {
  compliant: [
    { title: "postgres instance exporting postgresql", resources: [instance({})] },
    { title: "aurora-mysql cluster exporting audit, error, general and slowquery", resources: [cluster({})] },
    {
      title: "mariadb instance exporting the MySQL log types",
      resources: [instance({ engine: "mariadb", enabledCloudwatchLogsExports: MYSQL_LOGS })],
    },
    {
      title: "sqlserver instance exporting error and agent",
      resources: [instance({ engine: "sqlserver-se", enabledCloudwatchLogsExports: ["agent", "error"] })],
    },
    {
      title: "oracle instance exporting alert, audit, listener and trace",
      resources: [instance({ engine: "oracle-ee", enabledCloudwatchLogsExports: ["alert", "audit", "listener", "trace"] })],
    },
    {
      title: "mysql instance exporting only error when only error is required",
      resources: [instance({ engine: "mysql", enabledCloudwatchLogsExports: ["error"] })],
      config: { mysqlLogExports: ["error"] },
    },
  ],
  violating: [
    {
      title: "postgres instance with enabledCloudwatchLogsExports unset",
      resources: [instance({ enabledCloudwatchLogsExports: undefined })],
      codes: ["log-type-not-exported"],
    },
    {
      title: "aurora-mysql cluster exporting only error",
      resources: [cluster({ enabledCloudwatchLogsExports: ["error"] })],
      codes: ["log-type-not-exported", "log-type-not-exported", "log-type-not-exported"],
    },
    {
      title: "aurora-postgresql cluster with an empty export list",
      resources: [cluster({ engine: "aurora-postgresql", enabledCloudwatchLogsExports: [] })],
      codes: ["log-type-not-exported"],
    },
  ],
  notApplicable: [
    {
      title: "instance with a secret engine that is no RDS engine",
      resources: [instance({ engine: canary("postgres") })],
      reason: "No log types are required for the instance's `engine`, which is not one the rule knows",
    },
    {
      title: "replica that inherits its engine",
      resources: [instance({ engine: undefined, replicateSourceDb: "orders-primary" })],
      reason: "The instance sets no `engine` (it inherits one from its source), so the log types it must export are unknown",
    },
    {
      title: "db2 instance, for which no log types are configured",
      resources: [instance({ engine: "db2-se" })],
      reason: 'No log types are required for the "db2-se" engine',
    },
  ],
  unknown: [
    { title: "instance whose export list is computed", resources: [instance({ enabledCloudwatchLogsExports: UNKNOWN.array })] },
    { title: "cluster whose engine is computed", resources: [cluster({ engine: UNKNOWN.string })] },
  ],
});
