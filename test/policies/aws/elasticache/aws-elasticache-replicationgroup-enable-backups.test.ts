import rule from "../../../../policies/aws/elasticache/aws-elasticache-replicationgroup-enable-backups";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["retention-too-short"],
    },
    {
      title: "group with snapshotRetentionLimit unset",
      resources: [group({ snapshotRetentionLimit: undefined })],
      codes: ["backups-not-set"],
    },
    {
      title: "group with snapshotRetentionLimit=0",
      resources: [group({ snapshotRetentionLimit: 0 })],
      codes: ["retention-too-short"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "group whose retention is computed", resources: [group({ snapshotRetentionLimit: UNKNOWN.number })] }],
});
