import type { ReplicationGroupArgs } from "@pulumi/aws/elasticache";
import { numberClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type ReplicationGroup = Pick<ReplicationGroupArgs, "snapshotRetentionLimit">;

interface Config {
  readonly minimumRetentionDays: number;
}

export default defineRule<Config>({
  name: "aws-elasticache-replicationgroup-enable-backups",
  displayName: "ElastiCache replication groups take automatic backups",
  description: "Every ElastiCache replication group keeps automatic snapshots for at least the configured number of days.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.elasticacheReplicationGroup],
  remediation: "Set `snapshotRetentionLimit` on the replication group to 1 or more (and a `snapshotWindow`).",
  why: "the cache's data cannot be restored after a failure or a bad write",
  controls: { nist: ["CP-9"], securityHub: ["ElastiCache.1"] },
  problems: {
    "backups-not-set": "`snapshotRetentionLimit` is not set, so automatic backups are off",
    "retention-too-short": "`snapshotRetentionLimit` is below the required number of days (0 turns backups off)",
  },
  options: {
    minimumRetentionDays: { type: "integer", description: "The fewest days automatic snapshots must be kept.", default: 1, minimum: 1 },
  },
  check(group, ctx) {
    // SDK: "If the value of `snapshotRetentionLimit` is set to zero (0), backups are turned off";
    // CreateReplicationGroup API `SnapshotRetentionLimit` "Default: 0 (i.e., automatic backups are disabled)".
    const { snapshotRetentionLimit: limit } = group.props as ReplicationGroup;
    const minimum = ctx.config.minimumRetentionDays;
    if (typeof limit === "number" && limit >= minimum) return pass;
    return fail(
      limit === undefined || limit === null
        ? "The replication group takes no automatic backups: `snapshotRetentionLimit` is not set (it defaults to 0)"
        : `The replication group keeps automatic backups too briefly: \`snapshotRetentionLimit\` ${numberClause(limit, `below the required ${minimum}`)}`,
      {
        code: limit === undefined || limit === null ? "backups-not-set" : "retention-too-short",
        fix: `Set \`snapshotRetentionLimit\` to ${minimum} or more.`,
      },
    );
  },
});
