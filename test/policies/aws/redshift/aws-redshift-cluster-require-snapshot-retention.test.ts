import rule from "../../../../policies/aws/redshift/aws-redshift-cluster-require-snapshot-retention";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, mapWithScope, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["The cluster keeps automated snapshots too briefly: `automatedSnapshotRetentionPeriod` is not a number"],
    },
    {
      title: "cluster with automatedSnapshotRetentionPeriod=0",
      resources: [cluster({ automatedSnapshotRetentionPeriod: 0 })],
      problems: ["The cluster keeps automated snapshots too briefly: `automatedSnapshotRetentionPeriod` is 0, below the required 7"],
    },
    {
      title: "cluster with automatedSnapshotRetentionPeriod unset",
      resources: [cluster({ automatedSnapshotRetentionPeriod: undefined })],
      problems: [
        "The cluster keeps automated snapshots for 1 day: `automatedSnapshotRetentionPeriod` is not set (it defaults to 1), below the required 7",
      ],
    },
    {
      title: "cluster with 7 days and a 14-day minimum",
      resources: [cluster({})],
      config: { minimumRetentionDays: 14 },
      problems: ["The cluster keeps automated snapshots too briefly: `automatedSnapshotRetentionPeriod` is 7, below the required 14"],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts Redshift backups on the provider's side",
      resources: [cluster({ automatedSnapshotRetentionPeriod: 0 })],
      map: mapWithScope("backup", {
        provider: "aws",
        resourceTypes: ["aws:redshift/*"],
        side: "provider",
        note: "Rebuilt from the lake nightly.",
      }),
      reason:
        "The responsibility map puts backup and recovery for aws:redshift/cluster:Cluster on the provider's side: Rebuilt from the lake nightly.",
    },
  ],
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
    confidential: [
      "The cluster keeps automated snapshots too briefly: `automatedSnapshotRetentionPeriod` is 7, below the 14 days confidential data requires",
    ],
    restricted: [
      "The cluster keeps automated snapshots too briefly: `automatedSnapshotRetentionPeriod` is 7, below the 35 days restricted data requires",
    ],
  },
});
