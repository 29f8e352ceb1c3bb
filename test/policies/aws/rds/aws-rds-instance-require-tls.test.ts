import { expect, it } from "vitest";
import rule from "../../../../policies/aws/rds/aws-rds-instance-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN, urnOf } from "../../../support/rules";

const PG_URN = urnOf(AWS.rdsParameterGroup, "orders-pg");
const CPG_URN = urnOf(AWS.rdsClusterParameterGroup, "ledger-cpg");

const group = (parameters: unknown, props: Record<string, unknown> = {}, extra = {}) =>
  resource(AWS.rdsParameterGroup, "orders-pg", { family: "postgres14", name: "orders-pg-1a2b", parameters, ...props }, extra);
const clusterGroup = (parameters: unknown, props: Record<string, unknown> = {}, extra = {}) =>
  resource(AWS.rdsClusterParameterGroup, "ledger-cpg", { family: "aurora-mysql8.0", name: "ledger-cpg-3c4d", parameters, ...props }, extra);
/** Preview: the group's name is unknown, the instance refers to it through propertyDependencies. */
const instance = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AWS.rdsInstance,
    "orders",
    { engine: "postgres", engineVersion: "14.12", parameterGroupName: UNKNOWN.string, ...props },
    { propertyDependencies: { parameterGroupName: [PG_URN] }, ...extra },
  );
const cluster = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AWS.rdsCluster,
    "ledger",
    { engine: "aurora-mysql", dbClusterParameterGroupName: UNKNOWN.string, ...props },
    { propertyDependencies: { dbClusterParameterGroupName: [CPG_URN] }, ...extra },
  );
const FORCE_SSL = [{ name: "rds.force_ssl", value: "1" }];
const SECURE_TRANSPORT = [{ name: "require_secure_transport", value: "ON" }];
/** Deployed state: literal names, ids set, no propertyDependencies. */
const deployedClusterGroup = (parameters: unknown) => clusterGroup(parameters, {}, { id: "ledger-cpg-3c4d" });
// The cluster names its group by `dbClusterParameterGroupName` (rds/cluster.d.ts); deployed, the literal name.
const deployedCluster = () =>
  resource(AWS.rdsCluster, "ledger", { engine: "aurora-mysql", dbClusterParameterGroupName: "ledger-cpg-3c4d" }, { id: "ledger" });
const deployedGroup = (parameters: unknown) => group(parameters, {}, { id: "orders-pg-1a2b" });
const deployedInstance = (props: Record<string, unknown> = {}) =>
  resource(
    AWS.rdsInstance,
    "orders",
    { engine: "postgres", engineVersion: "14.12", parameterGroupName: "orders-pg-1a2b", ...props },
    { id: "db-ABC" },
  );

describeRule(rule, {
  compliant: [
    { title: "postgres instance whose group sets rds.force_ssl=1 (preview join)", resources: [group(FORCE_SSL), instance()] },
    {
      title: "mysql instance whose group sets require_secure_transport=ON",
      resources: [group(SECURE_TRANSPORT, { family: "mysql8.0" }), instance({ engine: "mysql", engineVersion: "8.0.36" })],
    },
    {
      title: "sqlserver instance whose group sets rds.force_ssl=1",
      resources: [group(FORCE_SSL, { family: "sqlserver-se-16.0" }), instance({ engine: "sqlserver-se" })],
    },
    {
      title: "aurora-mysql cluster whose cluster group sets require_secure_transport=1",
      resources: [clusterGroup([{ name: "require_secure_transport", value: "1" }]), cluster()],
    },
    {
      title: "aurora-postgresql cluster whose cluster group sets rds.force_ssl=1",
      resources: [clusterGroup(FORCE_SSL, { family: "aurora-postgresql16" }), cluster({ engine: "aurora-postgresql" })],
    },
    { title: "deployed instance joined by group name", resources: [deployedGroup(FORCE_SSL), deployedInstance()] },
    {
      title: "deployed aurora-mysql cluster joined by name to a cluster group with require_secure_transport=ON",
      resources: [deployedClusterGroup(SECURE_TRANSPORT), deployedCluster()],
    },
    {
      title: "postgres 16 instance on the default group (rds.force_ssl defaults to 1)",
      resources: [instance({ engineVersion: "16.3", parameterGroupName: undefined }, { propertyDependencies: {} })],
    },
    {
      title: "postgres instance with engineVersion omitted (the default version forces TLS since PG 15)",
      resources: [instance({ engineVersion: undefined, parameterGroupName: undefined }, { propertyDependencies: {} })],
    },
    {
      title: "deployed postgres instance on the default group its outputs name (default.postgres17)",
      resources: [deployedInstance({ engineVersion: "17.2", parameterGroupName: "default.postgres17" })],
    },
    {
      title: "postgres instance naming the default group of a TLS-forcing version",
      resources: [instance({ engineVersion: undefined, parameterGroupName: "default.postgres16" }, { propertyDependencies: {} })],
    },
    {
      title: "postgres16 group that leaves rds.force_ssl at its default",
      resources: [group([], { family: "postgres16" }), instance({ engineVersion: "16.3" })],
    },
    {
      title: "oracle instance (TLS comes from an option group)",
      resources: [instance({ engine: "oracle-ee", parameterGroupName: undefined }, { propertyDependencies: {} })],
    },
  ],
  violating: [
    {
      title: "cluster whose group sets require_secure_transport=OFF next to an instance whose group's parameters are computed",
      resources: [group(UNKNOWN.array), instance(), clusterGroup([{ name: "require_secure_transport", value: "OFF" }]), cluster()],
      codes: ["parameter-off"],
      undecided: ["orders"],
    },
    {
      title: "instance whose group sets rds.force_ssl to a secret that is no setting",
      resources: [group([{ name: "rds.force_ssl", value: canary("1") }]), instance()],
      codes: ["parameter-off"],
    },
    {
      title: "postgres 14 instance on the default group",
      resources: [instance({ parameterGroupName: undefined }, { propertyDependencies: {} })],
      codes: ["default-group"],
    },
    {
      title: "postgres instance naming the default group of version 14, version omitted",
      resources: [instance({ engineVersion: undefined, parameterGroupName: "default.postgres14" }, { propertyDependencies: {} })],
      codes: ["default-group"],
    },
    {
      title: "mysql instance with engineVersion omitted (MySQL's default group does not force TLS)",
      resources: [instance({ engine: "mysql", engineVersion: undefined, parameterGroupName: undefined }, { propertyDependencies: {} })],
      codes: ["default-group"],
    },
    {
      title: "mysql instance naming a default group",
      resources: [deployedInstance({ engine: "mysql", engineVersion: "8.0.36", parameterGroupName: "default.mysql8.0" })],
      codes: ["default-group"],
    },
    {
      title: "instance whose group sets rds.force_ssl=0",
      resources: [group([{ name: "rds.force_ssl", value: "0" }]), instance()],
      codes: ["parameter-off"],
    },
    {
      title: "instance whose group does not set rds.force_ssl",
      resources: [group([{ name: "log_connections", value: "1" }]), instance()],
      codes: ["parameter-unset"],
    },
    {
      title: "aurora-mysql cluster whose group sets require_secure_transport=OFF",
      resources: [clusterGroup([{ name: "require_secure_transport", value: "OFF" }]), cluster()],
      codes: ["parameter-off"],
    },
    {
      title: "deployed aurora-mysql cluster joined by name to a cluster group with require_secure_transport=OFF",
      resources: [deployedClusterGroup([{ name: "require_secure_transport", value: "OFF" }]), deployedCluster()],
      codes: ["parameter-off"],
    },
    {
      title: "deployed instance joined by name to a group without the parameter",
      resources: [deployedGroup([]), deployedInstance()],
      codes: ["parameter-unset"],
    },
    {
      title: "deployed cluster on the default cluster group",
      resources: [resource(AWS.rdsCluster, "ledger", { engine: "aurora-postgresql" }, { id: "ledger" })],
      codes: ["default-group"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "instance whose group name is computed and not traced to a group",
      resources: [group(FORCE_SSL), instance({}, { propertyDependencies: {} })],
      undecided: ["orders"],
    },
    { title: "group whose parameters are computed", resources: [group(UNKNOWN.array), instance()], undecided: ["orders"] },
    {
      title: "instance whose engine is computed",
      resources: [group(FORCE_SSL), instance({ engine: UNKNOWN.string })],
      undecided: ["orders"],
    },
  ],
});

it("describes a parameter value that is no setting without quoting it", () => {
  const [finding] = run(rule, [group([{ name: "rds.force_ssl", value: canary("1") }]), instance()]);
  expect(finding?.problem).toBe(
    "The instance accepts connections without TLS: its parameter group sets `rds.force_ssl` to a value that is not a recognised setting",
  );
});
