import type { ClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import { belowRequired, requirement } from "../../core/classification";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type Instance = Pick<InstanceArgs, "backupRetentionPeriod" | "replicateSourceDb">;
type Cluster = Pick<ClusterArgs, "backupRetentionPeriod">;

interface Config {
  readonly minimumRetentionDays: number;
  readonly skipReadReplicas: boolean;
}

function days(n: number): string {
  return n === 1 ? `${quoted(n)} day` : `${quoted(n)} days`;
}

export default defineRule<Config>({
  name: "aws-rds-instance-require-backup-retention",
  displayName: "RDS instances and clusters keep automated backups long enough",
  description: "Every RDS instance and cluster sets `backupRetentionPeriod` to at least the required number of days (7 by default).",
  duty: "backup",
  severity: "high",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster],
  remediation: "Set `backupRetentionPeriod` on the database to at least the required number of days (7 by default).",
  why: "a deleted, corrupted or encrypted-by-ransomware database cannot be restored to a point before the damage",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], securityHub: ["RDS.11"] },
  problems: {
    "no-backups": "the database keeps no automated backups (`backupRetentionPeriod` 0, or unset on an instance)",
    "retention-short": "`backupRetentionPeriod` keeps backups for fewer days than required",
    "retention-unreadable": "`backupRetentionPeriod` is not a number",
  },
  options: {
    minimumRetentionDays: {
      type: "integer",
      description: "The fewest days of automated backups a database must keep.",
      default: 7,
      minimum: 1,
    },
    skipReadReplicas: {
      type: "boolean",
      description: "Do not require backups on instance read replicas (`replicateSourceDb` set); their source keeps the backups.",
      default: true,
    },
  },
  check(database, ctx) {
    const required = requirement(database, ctx, "minBackupRetentionDays", ctx.config.minimumRetentionDays);
    const minimum = required.value;
    const kind = database.type === AWS.rdsCluster ? "cluster" : "instance";
    if (database.type === AWS.rdsInstance && ctx.config.skipReadReplicas) {
      const { replicateSourceDb } = database.props as Instance;
      if (typeof replicateSourceDb === "string" && replicateSourceDb !== "") {
        return notApplicable("The instance is a read replica (`replicateSourceDb` is set); its source database keeps the backups");
      }
    }
    const { backupRetentionPeriod } = database.props as Cluster;
    const fix = `Set \`backupRetentionPeriod: ${minimum}\` (or more) on the ${kind}.`;
    if (backupRetentionPeriod === undefined || backupRetentionPeriod === null) {
      // The provider documents the default: 0 (no backups) for instances, 1 day for clusters.
      if ((kind === "cluster" ? 1 : 0) >= minimum) return pass;
      return fail(
        kind === "cluster"
          ? `The cluster keeps backups for 1 day: \`backupRetentionPeriod\` is not set, and RDS then keeps 1 day, ${belowRequired(required)}`
          : `The instance keeps no automated backups: \`backupRetentionPeriod\` is not set, and RDS then keeps 0 days, ${belowRequired(required)}`,
        { code: kind === "cluster" ? "retention-short" : "no-backups", fix },
      );
    }
    const period = Number(backupRetentionPeriod);
    if (period >= minimum) return pass;
    if (!Number.isFinite(period)) {
      return fail(`The ${kind}'s backup retention cannot be read: \`backupRetentionPeriod\` is not a number`, {
        code: "retention-unreadable",
        fix,
      });
    }
    return fail(
      period === 0
        ? `The ${kind} keeps no automated backups: \`backupRetentionPeriod\` is 0, ${belowRequired(required)}`
        : required.source === "level"
          ? `The ${kind} keeps backups for ${days(period)}, but ${required.level} data requires ${minimum}: \`backupRetentionPeriod\` is ${quoted(period)}`
          : `The ${kind} keeps backups for ${days(period)}: \`backupRetentionPeriod\` is ${quoted(period)}, below the required ${minimum}`,
      { code: period === 0 ? "no-backups" : "retention-short", fix },
    );
  },
});
