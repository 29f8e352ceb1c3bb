import type { ClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import { shownValue } from "../../core/message";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { RDS_ENGINES } from "../support/rds";

type Database = Pick<InstanceArgs & ClusterArgs, "engine" | "enabledCloudwatchLogsExports">;

interface Config {
  readonly mysqlLogExports: readonly string[];
  readonly postgresLogExports: readonly string[];
  readonly sqlserverLogExports: readonly string[];
  readonly oracleLogExports: readonly string[];
}

/** The option that lists the required log types for an engine, or undefined for engines the rule does not know. */
function optionFor(engine: string): keyof Config | undefined {
  if (engine === "mysql" || engine === "mariadb" || engine === "aurora-mysql" || engine === "aurora") return "mysqlLogExports";
  if (engine === "postgres" || engine === "aurora-postgresql") return "postgresLogExports";
  if (engine.startsWith("sqlserver-")) return "sqlserverLogExports";
  if (engine.startsWith("oracle-") || engine.startsWith("custom-oracle-")) return "oracleLogExports";
  return undefined;
}

const logOption = (description: string, defaults: string[]) => ({
  type: "array" as const,
  description,
  items: { type: "string" as const },
  uniqueItems: true,
  default: defaults,
});

export default defineRule<Config>({
  name: "aws-rds-instance-enable-log-exports",
  displayName: "RDS instances and clusters export their engine logs to CloudWatch",
  description: "Every RDS instance and cluster lists its engine's audit and error log types in `enabledCloudwatchLogsExports`.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster],
  remediation: "Add the engine's required log types to `enabledCloudwatchLogsExports` on the database.",
  why: "logins, errors and queries against the database leave no trace outside the instance for investigation",
  controls: { nist: ["AU-2", "AU-12"], pciDss: ["10.2.1"], iso27001: ["A.8.15"], securityHub: ["RDS.9", "RDS.34", "RDS.36", "RDS.37"] },
  problems: { "log-type-not-exported": "a required log type is missing from `enabledCloudwatchLogsExports`" },
  options: {
    mysqlLogExports: logOption("Log types a MySQL, MariaDB or Aurora MySQL database must export.", [
      "audit",
      "error",
      "general",
      "slowquery",
    ]),
    postgresLogExports: logOption("Log types a PostgreSQL or Aurora PostgreSQL database must export.", ["postgresql"]),
    sqlserverLogExports: logOption("Log types a SQL Server instance must export.", ["error", "agent"]),
    oracleLogExports: logOption("Log types an Oracle instance must export.", ["alert", "audit", "listener", "trace"]),
  },
  check(database, ctx) {
    const kind = database.type === AWS.rdsCluster ? "cluster" : "instance";
    const { engine } = database.props as Database;
    if (typeof engine !== "string" || engine === "") {
      return notApplicable(`The ${kind} sets no \`engine\` (it inherits one from its source), so the log types it must export are unknown`);
    }
    const option = optionFor(engine);
    const required = option === undefined ? [] : ctx.config[option];
    if (required.length === 0) {
      const shown = shownValue(engine, RDS_ENGINES);
      return notApplicable(
        shown === undefined
          ? `No log types are required for the ${kind}'s \`engine\`, which is not one the rule knows`
          : `No log types are required for the ${shown} engine`,
      );
    }
    const { enabledCloudwatchLogsExports } = database.props as Database;
    const exported = new Set(Array.isArray(enabledCloudwatchLogsExports) ? enabledCloudwatchLogsExports.map(String) : []);
    const violations: Violation[] = [];
    for (const logType of required) {
      if (exported.has(logType)) continue;
      violations.push({
        code: "log-type-not-exported",
        subject: logType,
        actual: `The ${kind} does not export its ${JSON.stringify(logType)} log: \`enabledCloudwatchLogsExports\` does not list it`,
        fix: `Add ${JSON.stringify(logType)} to \`enabledCloudwatchLogsExports\`.`,
      });
    }
    return violations;
  },
});
