import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-snapshot-retention";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const cluster = (props: Record<string, unknown>) =>
  resource(AWS.redshiftCluster, "warehouse", {
    clusterIdentifier: "warehouse",
    nodeType: "ra3.xlplus",
    automatedSnapshotRetentionPeriod: 7,
    ...props,
  });

const cases: RuleCases = {
  compliant: [
    { title: "cluster keeping snapshots 7 days", resources: [cluster({})] },
    {
      title: "cluster with retention unset (1 day) and a 1-day minimum",
      resources: [cluster({ automatedSnapshotRetentionPeriod: undefined })],
      config: { minimumRetentionDays: 1 },
    },
  ],
  violating: [
    {
      title: "cluster with a secret automatedSnapshotRetentionPeriod that is no number",
      resources: [cluster({ automatedSnapshotRetentionPeriod: canary("7") })],
      codes: ["retention-unreadable"],
    },
    {
      title: "cluster with automatedSnapshotRetentionPeriod=0",
      resources: [cluster({ automatedSnapshotRetentionPeriod: 0 })],
      codes: ["retention-short"],
    },
    {
      title: "cluster with automatedSnapshotRetentionPeriod unset",
      resources: [cluster({ automatedSnapshotRetentionPeriod: undefined })],
      codes: ["retention-short"],
    },
    {
      title: "cluster with 7 days and a 14-day minimum",
      resources: [cluster({})],
      config: { minimumRetentionDays: 14 },
      codes: ["retention-short"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "cluster whose retention is computed", resources: [cluster({ automatedSnapshotRetentionPeriod: UNKNOWN.number })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "cluster with automatedSnapshotRetentionPeriod=7",
  resources: (tags) => [resource(AWS.redshiftCluster, "warehouse", { automatedSnapshotRetentionPeriod: 7, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["retention-short"],
    restricted: ["retention-short"],
  },
});
