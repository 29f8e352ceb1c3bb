import type { ClusterArgs, InstanceArgs } from "@pulumi/aws/rds";
import { levelRequires, requirement } from "../../core/classification";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Database = Pick<InstanceArgs & ClusterArgs, "deletionProtection" | "skipFinalSnapshot" | "copyTagsToSnapshot">;

interface Config {
  readonly requireCopyTagsToSnapshot: boolean;
}

export default defineRule<Config>({
  name: "aws-rds-instance-require-deletion-protection",
  displayName: "RDS instances and clusters are protected against deletion",
  description:
    "Every RDS instance and cluster sets `deletionProtection` to true, keeps a final snapshot (`skipFinalSnapshot` not true) and copies tags to snapshots.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster],
  remediation: "Set `deletionProtection: true` and `copyTagsToSnapshot: true`, and leave `skipFinalSnapshot` false, on the database.",
  why: "one mistaken `pulumi destroy` or replacement deletes the database and its automated backups with no way back",
  controls: { nist: ["CP-10"], securityHub: ["RDS.7", "RDS.8", "RDS.16", "RDS.17"] },
  problems: {
    "deletion-protection-off": "the database can be deleted (`deletionProtection` not true)",
    "final-snapshot-skipped": "the database is deleted without a final snapshot (`skipFinalSnapshot` true)",
    "tags-not-copied": "the database's snapshots lose its tags (`copyTagsToSnapshot` not true)",
  },
  options: {
    requireCopyTagsToSnapshot: {
      type: "boolean",
      description: "Also require `copyTagsToSnapshot: true`, so snapshots keep the owner and classification tags.",
      default: true,
    },
  },
  check(database, ctx) {
    const kind = database.type === AWS.rdsCluster ? "cluster" : "instance";
    const { deletionProtection, skipFinalSnapshot } = database.props as Database;
    const violations: Violation[] = [];
    // Without classification levels in the map, every database needs deletion protection.
    const required = requirement(database, ctx, "deletionProtection", true);
    if (required.value && deletionProtection !== true) {
      const reason = levelRequires(required, "deletion protection");
      violations.push({
        code: "deletion-protection-off",
        subject: "deletionProtection",
        actual:
          deletionProtection === false
            ? `The ${kind} can be deleted: \`deletionProtection\` is false${reason}`
            : `The ${kind} can be deleted: \`deletionProtection\` is not set, and RDS then leaves it off${reason}`,
        fix: "Set `deletionProtection: true`.",
      });
    }
    if (skipFinalSnapshot === true) {
      violations.push({
        code: "final-snapshot-skipped",
        subject: "skipFinalSnapshot",
        actual: `The ${kind} is deleted without a final snapshot: \`skipFinalSnapshot\` is true`,
        // SDK (skipFinalSnapshot): "If true is specified, no DBSnapshot is created"; default false.
        why: "when it is deleted or replaced, its automated backups go with it and nothing is left to restore from",
        fix: "Set `skipFinalSnapshot: false` and a `finalSnapshotIdentifier`.",
      });
    }
    if (ctx.config.requireCopyTagsToSnapshot) {
      const { copyTagsToSnapshot } = database.props as Database;
      if (copyTagsToSnapshot !== true) {
        violations.push({
          code: "tags-not-copied",
          subject: "copyTagsToSnapshot",
          actual: `The ${kind}'s snapshots lose its tags: \`copyTagsToSnapshot\` is ${copyTagsToSnapshot === false ? "false" : "not set, and RDS then leaves it off"}`,
          why: "a snapshot no longer names its owner or classification, and nobody answers for it or holds it to its data's level",
          fix: "Set `copyTagsToSnapshot: true`.",
        });
      }
    }
    return violations;
  },
});
