import type { ClusterArgs } from "@pulumi/aws/redshift";
import { belowRequired, requirement } from "../../core/classification";
import { numberClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Cluster = Pick<ClusterArgs, "automatedSnapshotRetentionPeriod">;

interface Config {
  readonly minimumRetentionDays: number;
}

export default defineRule<Config>({
  name: "aws-redshift-cluster-require-snapshot-retention",
  displayName: "Redshift clusters keep automated snapshots",
  description: "Every Redshift cluster keeps automated snapshots for at least the configured number of days.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.redshiftCluster],
  remediation: "Set `automatedSnapshotRetentionPeriod` on the cluster to 7 or more.",
  why: "the warehouse cannot be restored to a point before an error or deletion older than a day",
  controls: { nist: ["CP-9"], securityHub: ["Redshift.3"] },
  problems: {
    "retention-short": "`automatedSnapshotRetentionPeriod` keeps snapshots for fewer days than required",
    "retention-unreadable": "`automatedSnapshotRetentionPeriod` is not a number",
  },
  options: {
    minimumRetentionDays: { type: "integer", description: "The fewest days automated snapshots must be kept.", default: 7, minimum: 1 },
  },
  check(cluster, ctx) {
    const { automatedSnapshotRetentionPeriod: period } = cluster.props as Cluster;
    const required = requirement(cluster, ctx, "minBackupRetentionDays", ctx.config.minimumRetentionDays);
    const minimum = required.value;
    const fix = `Set \`automatedSnapshotRetentionPeriod\` to ${minimum} or more.`;
    if (period === undefined || period === null) {
      return 1 >= minimum
        ? pass
        : fail(
            `The cluster keeps automated snapshots for 1 day: \`automatedSnapshotRetentionPeriod\` is not set (it defaults to 1), ${belowRequired(required)}`,
            { code: "retention-short", fix },
          );
    }
    if (typeof period === "number" && period >= minimum) return pass;
    return fail(
      `The cluster keeps automated snapshots too briefly: \`automatedSnapshotRetentionPeriod\` ${numberClause(period, belowRequired(required))}`,
      { code: typeof period === "number" && Number.isFinite(period) ? "retention-short" : "retention-unreadable", fix },
    );
  },
});
