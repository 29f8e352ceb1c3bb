import type { ClusterArgs, InstanceArgs, ParameterGroupArgs } from "@pulumi/aws/rds";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";

type Instance = Pick<InstanceArgs, "engine" | "engineVersion" | "parameterGroupName">;
type Cluster = Pick<ClusterArgs, "engine" | "engineVersion" | "dbClusterParameterGroupName">;
type Group = Pick<ParameterGroupArgs, "family" | "parameters">;

interface TlsParameter {
  readonly name: string;
  readonly accepted: ReadonlySet<string>;
  /** Every value the parameter takes, so a message may quote it. */
  readonly known: readonly string[];
  readonly setting: string;
}

const FORCE_SSL: TlsParameter = { name: "rds.force_ssl", accepted: new Set(["1"]), known: ["0", "1"], setting: '`rds.force_ssl` = "1"' };
const SECURE_TRANSPORT: TlsParameter = {
  name: "require_secure_transport",
  accepted: new Set(["on", "1", "true"]),
  known: ["on", "off", "1", "0", "true", "false"],
  setting: '`require_secure_transport` = "ON"',
};

/** The parameter that forces TLS for an engine; undefined when TLS is not set through a parameter group. */
function tlsParameter(engine: string): TlsParameter | undefined {
  if (engine === "postgres" || engine === "aurora-postgresql" || engine.startsWith("sqlserver-")) return FORCE_SSL;
  if (engine === "mysql" || engine === "mariadb" || engine === "aurora-mysql" || engine === "aurora") return SECURE_TRANSPORT;
  return undefined;
}

/**
 * RDS for PostgreSQL 15 and later ships `rds.force_ssl` = 1 in its default parameter group ("The
 * default value of rds.force_ssl is 1 (on) for RDS for PostgreSQL version 15 and later", RDS User
 * Guide, "Requiring an SSL connection to a PostgreSQL DB instance"), so a group of such a family, or
 * no custom group on such a version, forces TLS unless it says otherwise. With `engineVersion` unset
 * RDS creates the engine's default version (the SDK defers to CreateDBInstance's EngineVersion; the
 * RDS for PostgreSQL default has been a 15+ major since 2023), whose default group forces TLS.
 */
function defaultForcesTls(engine: string, version: unknown): boolean {
  if (engine !== "postgres") return false;
  if (version === undefined || version === "") return true;
  if (typeof version !== "string") return false;
  const major = Number.parseInt(version.replace(/^(?:default\.)?postgres/, ""), 10);
  return Number.isFinite(major) && major >= 15;
}

function parameterValue(group: ResourceView, name: string): string | undefined {
  const { parameters } = group.props as Group;
  if (!Array.isArray(parameters)) return undefined;
  for (const parameter of parameters) {
    if (isRecord(parameter) && String(parameter["name"]).toLowerCase() === name) return String(parameter["value"]);
  }
  return undefined;
}

export default defineStackRule({
  name: "aws-rds-instance-require-tls",
  displayName: "RDS databases refuse connections without TLS",
  description:
    "Every RDS instance and cluster is attached to a parameter group that forces TLS (`rds.force_ssl` = 1 for PostgreSQL and SQL Server, `require_secure_transport` = ON for MySQL and MariaDB).",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster, AWS.rdsParameterGroup, AWS.rdsClusterParameterGroup],
  remediation:
    'Attach a custom parameter group (`parameterGroupName` on an instance, `dbClusterParameterGroupName` on a cluster) whose `parameters` set `rds.force_ssl` to "1" (PostgreSQL, SQL Server) or `require_secure_transport` to "ON" (MySQL, MariaDB).',
  why: "queries, results and credentials can cross the network readable by anyone on the path",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], securityHub: ["RDS.38", "RDS.39"] },
  problems: {
    "default-group": "the database uses the engine's default parameter group, which does not force TLS",
    "parameter-unset": "the database's parameter group does not set the parameter that forces TLS",
    "parameter-off": "the database's parameter group sets the TLS parameter to a value that does not force TLS",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Each database on its own: one whose engine, group or parameters are unknown at preview is
    // undecided, and the others are still judged.
    return judgeEach(index.ofType([AWS.rdsInstance, AWS.rdsCluster]), (database): StackViolation[] | undefined => {
      const cluster = database.type === AWS.rdsCluster;
      const property = cluster ? "dbClusterParameterGroupName" : "parameterGroupName";
      const groupType = cluster ? AWS.rdsClusterParameterGroup : AWS.rdsParameterGroup;
      const kind = cluster ? "cluster" : "instance";
      const { engine } = database.props as Instance & Cluster;
      if (typeof engine !== "string" || engine === "") return undefined;
      const parameter = tlsParameter(engine);
      if (parameter === undefined) return undefined;
      const fix = `Attach a custom parameter group through \`${property}\` whose \`parameters\` set ${parameter.setting}.`;
      const group = index.referenced(database, property, [groupType], ["name"]);
      if (group === undefined) {
        const groupName = (database.props as Instance & Cluster)[property];
        if (typeof groupName === "string" && groupName !== "" && !groupName.startsWith("default.")) {
          // A group defined outside this stack: its parameters are not visible here.
          return undefined;
        }
        // A named default group (`default.postgres16`) says its family; else the engine version does.
        if (typeof groupName === "string" && groupName.startsWith("default.") && defaultForcesTls(engine, groupName)) return undefined;
        const { engineVersion } = database.props as Instance & Cluster;
        if ((typeof groupName !== "string" || groupName === "") && defaultForcesTls(engine, engineVersion)) return undefined;
        return [
          {
            code: "default-group",
            resource: database,
            actual: `The ${kind} accepts connections without TLS: it uses the engine's default parameter group, which does not set ${parameter.setting}`,
            fix,
          },
        ];
      }
      const value = parameterValue(group, parameter.name);
      if (value !== undefined && parameter.accepted.has(value.toLowerCase())) return undefined;
      if (value === undefined && defaultForcesTls(engine, (group.props as Group).family)) return undefined;
      return [
        {
          code: value === undefined ? "parameter-unset" : "parameter-off",
          resource: database,
          actual:
            value === undefined
              ? `The ${kind} accepts connections without TLS: its parameter group does not set \`${parameter.name}\``
              : `The ${kind} accepts connections without TLS: its parameter group sets \`${parameter.name}\` to ${shownValue(value, parameter.known) ?? "a value that is not a recognised setting"}`,
          fix: `Set ${parameter.setting} in the \`parameters\` of the parameter group attached through \`${property}\`.`,
        },
      ];
    });
  },
});
