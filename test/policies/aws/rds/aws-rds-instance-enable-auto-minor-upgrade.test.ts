import rule from "../../../../policies/aws/rds/aws-rds-instance-enable-auto-minor-upgrade";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const DISABLED = "open-source-rds-extended-support-disabled";
const instance = (props: Record<string, unknown>) =>
  resource(AWS.rdsInstance, "orders", { engine: "postgres", instanceClass: "db.t4g.micro", engineLifecycleSupport: DISABLED, ...props });
const cluster = (props: Record<string, unknown>) =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-postgresql", engineLifecycleSupport: DISABLED, ...props });
const member = (props: Record<string, unknown>) =>
  resource(AWS.rdsClusterInstance, "ledger-1", {
    clusterIdentifier: "ledger",
    instanceClass: "db.r6g.large",
    engine: "aurora-postgresql",
    ...props,
  });
const neptune = (props: Record<string, unknown>) =>
  resource(AWS.neptuneClusterInstance, "graph-1", { clusterIdentifier: "graph", ...props });

describeRule(rule, {
  compliant: [
    { title: "instance with the flag unset (defaults to true)", resources: [instance({})] },
    { title: "instance with autoMinorVersionUpgrade true", resources: [instance({ autoMinorVersionUpgrade: true })] },
    { title: "cluster with the flag unset and Extended Support off", resources: [cluster({})] },
    { title: "Aurora cluster instance with the flag unset", resources: [member({})] },
    { title: "Neptune instance with autoMinorVersionUpgrade true", resources: [neptune({ autoMinorVersionUpgrade: true })] },
    {
      title: "SQL Server instance with engineLifecycleSupport unset (the setting applies only to MySQL and PostgreSQL)",
      resources: [instance({ engine: "sqlserver-se", engineLifecycleSupport: undefined })],
    },
    {
      title: "read replica with no engine of its own",
      resources: [instance({ engine: undefined, engineLifecycleSupport: undefined, replicateSourceDb: "orders" })],
    },
    {
      title: "Extended Support accepted by the allowExtendedSupport option",
      resources: [instance({ engineLifecycleSupport: undefined }), cluster({ engineLifecycleSupport: "open-source-rds-extended-support" })],
      config: { allowExtendedSupport: true },
    },
  ],
  violating: [
    {
      title: "instance with autoMinorVersionUpgrade false",
      resources: [instance({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "cluster with autoMinorVersionUpgrade false",
      resources: [cluster({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "Aurora cluster instance with autoMinorVersionUpgrade false",
      resources: [member({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "Neptune instance with autoMinorVersionUpgrade false",
      resources: [neptune({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "PostgreSQL instance with engineLifecycleSupport unset (defaults to Extended Support)",
      resources: [instance({ engineLifecycleSupport: undefined })],
      codes: ["extended-support"],
    },
    {
      title: "MySQL instance with the flag off and Extended Support on: two findings, the second never blocks",
      resources: [
        instance({ engine: "mysql", autoMinorVersionUpgrade: false, engineLifecycleSupport: "open-source-rds-extended-support" }),
      ],
      codes: ["auto-upgrade-off", "extended-support"],
      levels: ["advisory", "advisory"],
    },
    {
      title: "Aurora cluster with engineLifecycleSupport unset",
      resources: [cluster({ engineLifecycleSupport: undefined })],
      codes: ["extended-support"],
    },
    {
      title: "the message names the property and its value",
      resources: [instance({ autoMinorVersionUpgrade: false })],
      problems: ["The DB instance takes no engine upgrades in its maintenance window: `autoMinorVersionUpgrade` is false"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "instance whose flag is computed", resources: [instance({ autoMinorVersionUpgrade: UNKNOWN.boolean })] },
    { title: "PostgreSQL instance whose lifecycle setting is computed", resources: [instance({ engineLifecycleSupport: UNKNOWN.string })] },
    {
      title: "instance whose engine is computed, lifecycle unset",
      resources: [instance({ engine: UNKNOWN.string, engineLifecycleSupport: undefined })],
    },
  ],
});
