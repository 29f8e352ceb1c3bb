import rule from "../../../../policies/aws/elasticache/aws-elasticache-cluster-enable-auto-minor-upgrade";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cache = (props: Record<string, unknown>) =>
  resource(AWS.elasticacheCluster, "sessions", { engine: "redis", engineVersion: "7.1", ...props });
const group = (props: Record<string, unknown>) => resource(AWS.elasticacheReplicationGroup, "carts", { description: "carts", ...props });
const memorydb = (props: Record<string, unknown>) => resource(AWS.memorydbCluster, "profiles", { nodeType: "db.t4g.small", ...props });

describeRule(rule, {
  compliant: [
    { title: 'cache cluster with autoMinorVersionUpgrade "true"', resources: [cache({ autoMinorVersionUpgrade: "true" })] },
    { title: "cache cluster with the flag unset (defaults to true)", resources: [cache({})] },
    {
      title: 'Memcached cluster with the flag "false" (the flag is supported only for Redis)',
      resources: [cache({ engine: "memcached", autoMinorVersionUpgrade: "false" })],
    },
    { title: "replication group with the flag unset (AWS sets true)", resources: [group({})] },
    { title: "MemoryDB cluster with autoMinorVersionUpgrade true", resources: [memorydb({ autoMinorVersionUpgrade: true })] },
  ],
  violating: [
    {
      title: 'cache cluster with autoMinorVersionUpgrade "false" (a string)',
      resources: [cache({ autoMinorVersionUpgrade: "false" })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: 'cache cluster with autoMinorVersionUpgrade "False"',
      resources: [cache({ autoMinorVersionUpgrade: "False" })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "replication group with autoMinorVersionUpgrade false",
      resources: [group({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "MemoryDB cluster with autoMinorVersionUpgrade false",
      resources: [memorydb({ autoMinorVersionUpgrade: false })],
      codes: ["auto-upgrade-off"],
    },
    {
      title: "the fix names the string value",
      resources: [cache({ autoMinorVersionUpgrade: "false" })],
      problems: ["The cache cluster takes no engine upgrades in its maintenance window: `autoMinorVersionUpgrade` is false"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "cache cluster whose flag is computed", resources: [cache({ autoMinorVersionUpgrade: UNKNOWN.string })] },
    {
      title: 'cache cluster with the flag "false" whose engine is computed',
      resources: [cache({ autoMinorVersionUpgrade: "false", engine: UNKNOWN.string })],
    },
    { title: "MemoryDB cluster whose flag is computed", resources: [memorydb({ autoMinorVersionUpgrade: UNKNOWN.boolean })] },
  ],
});
