import { expect, it } from "vitest";
import rule from "../../../../policies/aws/efs/aws-efs-filesystem-enable-backup";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN, urnOf } from "../../../support/rules";

const fileSystem = (extra = {}) => resource(AWS.efsFileSystem, "shared", { encrypted: true }, extra);
const backup = (status: unknown) =>
  resource(
    AWS.efsBackupPolicy,
    "shared-backup",
    { fileSystemId: UNKNOWN.string, backupPolicy: { status } },
    { propertyDependencies: { fileSystemId: [urnOf(AWS.efsFileSystem, "shared")] } },
  );
const deployedBackup = (status: string, fileSystemId = "fs-0123") =>
  resource(AWS.efsBackupPolicy, "shared-backup", { fileSystemId, backupPolicy: { status } }, { id: fileSystemId });

const ARN = "arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/fs-0123";
const selection = (props: Record<string, unknown>, extra = {}) =>
  resource(
    AWS.backupSelection,
    "daily",
    { iamRoleArn: "arn:aws:iam::111122223333:role/backup", name: "daily", planId: "plan-1", ...props },
    extra,
  );

describeRule(rule, {
  compliant: [
    { title: "file system with a BackupPolicy status=ENABLED", resources: [fileSystem(), backup("ENABLED")] },
    { title: "deployed file system joined by id", resources: [fileSystem({ id: "fs-0123" }), deployedBackup("ENABLED")] },
    {
      title: "preview: file system listed in a Backup selection's resources (ARN unknown, joined through dependencies)",
      resources: [
        fileSystem(),
        selection({ resources: [UNKNOWN.string] }, { propertyDependencies: { resources: [urnOf(AWS.efsFileSystem, "shared")] } }),
      ],
    },
    {
      title: "deployed: file system whose ARN a Backup selection lists",
      resources: [resource(AWS.efsFileSystem, "shared", { encrypted: true, arn: ARN }, { id: "fs-0123" }), selection({ resources: [ARN] })],
    },
    {
      title: "deployed: file system matched by a wildcard ARN in a Backup selection",
      resources: [
        resource(AWS.efsFileSystem, "shared", { encrypted: true, arn: ARN }, { id: "fs-0123" }),
        selection({ resources: ["arn:aws:elasticfilesystem:*:*:file-system/*"] }),
      ],
    },
    {
      title: "file system tagged for a Backup selection's selectionTags, its own BackupPolicy disabled",
      resources: [
        resource(AWS.efsFileSystem, "shared", { encrypted: true, tags: { owner: "diego.alvarez", backup: "daily" } }),
        backup("DISABLED"),
        selection({ resources: ["*"], selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "daily" }] }),
      ],
    },
  ],
  violating: [
    {
      title: "file system without a BackupPolicy next to one whose BackupPolicy status is computed",
      resources: [fileSystem(), backup(UNKNOWN.string), resource(AWS.efsFileSystem, "scratch", { encrypted: true })],
      codes: ["no-backup"],
      undecided: ["shared"],
    },
    {
      title: "file system whose BackupPolicy has a secret status that is no backup status",
      resources: [fileSystem(), backup(canary("ENABLED"))],
      codes: ["policy-not-enabled"],
    },
    {
      title: "file system without a BackupPolicy",
      resources: [fileSystem()],
      codes: ["no-backup"],
    },
    {
      title: "file system whose tag does not match the Backup selection's selectionTags",
      resources: [
        resource(AWS.efsFileSystem, "shared", { encrypted: true, tags: { owner: "diego.alvarez", backup: "weekly" } }),
        selection({ resources: ["*"], selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "daily" }] }),
      ],
      codes: ["no-backup"],
    },
    {
      title: "deployed: file system a wildcard selection picks but its notResources excludes",
      resources: [
        resource(AWS.efsFileSystem, "shared", { encrypted: true, arn: ARN }, { id: "fs-0123" }),
        selection({ resources: ["arn:aws:elasticfilesystem:*:*:file-system/*"], notResources: [ARN] }),
      ],
      codes: ["no-backup"],
    },
    {
      title: "BackupPolicy with status=DISABLED",
      resources: [fileSystem(), backup("DISABLED")],
      codes: ["policy-not-enabled"],
    },
    {
      title: "deployed BackupPolicy for another file system",
      resources: [fileSystem({ id: "fs-0123" }), deployedBackup("ENABLED", "fs-9999")],
      codes: ["no-backup"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "BackupPolicy whose status is computed", resources: [fileSystem(), backup(UNKNOWN.string)], undecided: ["shared"] },
    {
      title: "BackupPolicy whose fileSystemId is computed and not traced",
      resources: [fileSystem(), resource(AWS.efsBackupPolicy, "b", { fileSystemId: UNKNOWN.string, backupPolicy: { status: "ENABLED" } })],
      undecided: ["shared"],
    },
    {
      title: "Backup selection whose tags are computed",
      resources: [fileSystem(), selection({ resources: ["*"], selectionTags: UNKNOWN.array })],
      undecided: ["shared"],
    },
  ],
});

it("describes a status that is no backup status without quoting it", () => {
  const [finding] = run(rule, [fileSystem(), backup(canary("ENABLED"))]);
  expect(finding?.problem).toBe(
    "The file system has no automatic backups: its BackupPolicy sets `backupPolicy.status` to a value that is not a recognised backup status",
  );
});
