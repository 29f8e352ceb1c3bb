import rule from "../../../../policies/aws/elasticache/aws-elasticache-replicationgroup-enable-backups";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const group = (props: Record<string, unknown>) =>
  resource(AWS.elasticacheReplicationGroup, "cache", { description: "cache", snapshotRetentionLimit: 5, ...props });

describeRule(rule, {
  compliant: [
    { title: "group keeping snapshots 5 days", resources: [group({})] },
    {
      title: "group keeping snapshots 7 days with a 7-day minimum",
      resources: [group({ snapshotRetentionLimit: 7 })],
      config: { minimumRetentionDays: 7 },
    },
  ],
  violating: [
    {
      title: "group with a secret snapshotRetentionLimit that is no number",
      resources: [group({ snapshotRetentionLimit: canary("5") })],
      problems: ["The replication group keeps automatic backups too briefly: `snapshotRetentionLimit` is not a number"],
    },
    {
      title: "group with snapshotRetentionLimit unset",
      resources: [group({ snapshotRetentionLimit: undefined })],
      problems: ["The replication group takes no automatic backups: `snapshotRetentionLimit` is not set (it defaults to 0)"],
    },
    {
      title: "group with snapshotRetentionLimit=0",
      resources: [group({ snapshotRetentionLimit: 0 })],
      problems: ["The replication group keeps automatic backups too briefly: `snapshotRetentionLimit` is 0, below the required 1"],
    },
  ],
  notApplicable: [
    {
      title: "group where the map puts ElastiCache backups on the provider's side",
      resources: [group({ snapshotRetentionLimit: 0 })],
      map: mapWithScope("backup", {
        provider: "aws",
        resourceTypes: ["aws:elasticache/*"],
        side: "provider",
        note: "Cache is rebuilt from the database.",
      }),
      reason:
        "The responsibility map puts backup and recovery for aws:elasticache/replicationGroup:ReplicationGroup on the provider's side: Cache is rebuilt from the database.",
    },
  ],
  unknown: [{ title: "group whose retention is computed", resources: [group({ snapshotRetentionLimit: UNKNOWN.number })] }],
});
