import type { BackupPolicyArgs } from "@pulumi/aws/efs";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";
import { backupSelections } from "../support/backup-selection";

type BackupPolicy = Pick<BackupPolicyArgs, "backupPolicy">;

const BACKUP_STATUSES = ["ENABLED", "ENABLING", "DISABLED", "DISABLING"];

export default defineStackRule({
  name: "aws-efs-filesystem-enable-backup",
  displayName: "EFS file systems have automatic backups",
  description:
    'Every EFS file system has automatic backups: a sibling `aws.efs.BackupPolicy` with `backupPolicy.status` "ENABLED", or an AWS Backup selection that picks it by ARN or tag.',
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.efsFileSystem, AWS.efsBackupPolicy, AWS.backupSelection],
  remediation:
    'Add an `aws.efs.BackupPolicy` with `fileSystemId` set to the file system and `backupPolicy: { status: "ENABLED" }`, or add the file system to an `aws.backup.Selection` (its ARN in `resources`, or a tag its `selectionTags` match).',
  why: "deleted or corrupted files cannot be restored from any earlier copy",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], securityHub: ["EFS.2"] },
  problems: {
    "no-backup": "no BackupPolicy refers to the file system and no AWS Backup selection picks it",
    "policy-not-enabled": 'the file system\'s BackupPolicy does not set `backupPolicy.status` to "ENABLED"',
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Each BackupPolicy's status, and the selections that pick each file system; an unknown at
    // preview in one leaves only the file systems it may cover undecided.
    const policies = new Siblings(
      index.ofType([AWS.efsBackupPolicy]),
      (policy) => index.referenced(policy, "fileSystemId", [AWS.efsFileSystem], ["arn"]),
      (policy): unknown => {
        const { backupPolicy } = policy.props as BackupPolicy;
        return isRecord(backupPolicy) ? backupPolicy["status"] : null;
      },
    );
    // An AWS Backup plan backs the file system up as well as its own policy does (the EFS policy
    // is itself a plan in AWS Backup); retention is aws-backup-resource-require-selection's to judge.
    const selections = backupSelections(index, [AWS.efsFileSystem], () => true);
    return judgeEach(index.ofType([AWS.efsFileSystem]), (fileSystem): StackViolation[] | undefined => {
      if (selections.of(fileSystem).length > 0) return undefined;
      const statuses = policies.of(fileSystem);
      if (statuses.includes("ENABLED")) return undefined;
      selections.settle(fileSystem);
      policies.settle(fileSystem);
      // EFS API (CreateFileSystem `Backup`): automatic backups are off unless asked for; only the
      // console turns them on by default, so a file system without a policy or selection has none.
      if (statuses.length === 0) {
        return [
          {
            code: "no-backup",
            resource: fileSystem,
            actual: "The file system has no automatic backups: no BackupPolicy refers to it and no AWS Backup selection picks it",
          },
        ];
      }
      const status = statuses[statuses.length - 1];
      return [
        {
          code: "policy-not-enabled",
          resource: fileSystem,
          actual:
            status === undefined || status === null
              ? "The file system has no automatic backups: its BackupPolicy does not set `backupPolicy.status`"
              : `The file system has no automatic backups: its BackupPolicy sets \`backupPolicy.status\` to ${shownValue(status, BACKUP_STATUSES) ?? "a value that is not a recognised backup status"}`,
        },
      ];
    });
  },
});
