import rule from "../../../../policies/aws/efs/aws-efs-filesystem-enable-backup";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

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

describeRule(rule, {
  compliant: [
    { title: "file system with a BackupPolicy status=ENABLED", resources: [fileSystem(), backup("ENABLED")] },
    { title: "deployed file system joined by id", resources: [fileSystem({ id: "fs-0123" }), deployedBackup("ENABLED")] },
  ],
  violating: [
    {
      title: "file system whose BackupPolicy has a secret status that is no backup status",
      resources: [fileSystem(), backup(canary("ENABLED"))],
      problems: [
        "The file system has no automatic backups: its BackupPolicy sets `backupPolicy.status` to a value that is not a recognised backup status",
      ],
    },
    {
      title: "file system without a BackupPolicy",
      resources: [fileSystem()],
      problems: ["The file system has no automatic backups: no BackupPolicy refers to it"],
    },
    {
      title: "BackupPolicy with status=DISABLED",
      resources: [fileSystem(), backup("DISABLED")],
      problems: ['The file system has no automatic backups: its BackupPolicy sets `backupPolicy.status` to "DISABLED"'],
    },
    {
      title: "deployed BackupPolicy for another file system",
      resources: [fileSystem({ id: "fs-0123" }), deployedBackup("ENABLED", "fs-9999")],
      problems: ["The file system has no automatic backups: no BackupPolicy refers to it"],
    },
  ],
  notApplicable: [
    {
      title: "file system where the map puts EFS backup on the provider's side",
      resources: [fileSystem()],
      map: mapWithScope("backup", { provider: "aws", resourceTypes: ["aws:efs/*"], side: "provider", note: "Scratch space." }),
      reason: /on the provider's side: Scratch space\.$/,
    },
  ],
  unknown: [
    { title: "BackupPolicy whose status is computed", resources: [fileSystem(), backup(UNKNOWN.string)] },
    {
      title: "BackupPolicy whose fileSystemId is computed and not traced",
      resources: [fileSystem(), resource(AWS.efsBackupPolicy, "b", { fileSystemId: UNKNOWN.string, backupPolicy: { status: "ENABLED" } })],
    },
  ],
});
