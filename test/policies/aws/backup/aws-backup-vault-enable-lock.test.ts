import rule from "../../../../policies/aws/backup/aws-backup-vault-enable-lock";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const vault = (extra = {}) => resource(AWS.backupVault, "main", { name: "main" }, extra);
const lock = (backupVaultName: unknown = "main") =>
  resource(
    AWS.backupVaultLockConfiguration,
    "main-lock",
    { backupVaultName, minRetentionDays: 7, changeableForDays: 3 },
    { propertyDependencies: { backupVaultName: [urnOf(AWS.backupVault, "main")] } },
  );
const deployedLock = (backupVaultName: string) =>
  resource(AWS.backupVaultLockConfiguration, "lock", { backupVaultName, minRetentionDays: 7 }, { id: backupVaultName });

describeRule(rule, {
  compliant: [
    { title: "vault with a lock depending on it", resources: [vault(), lock()] },
    { title: "vault with a lock whose vault name is unknown in preview", resources: [vault(), lock(UNKNOWN.string)] },
    { title: "deployed vault with a lock naming it", resources: [vault({ id: "main" }), deployedLock("main")] },
  ],
  violating: [
    { title: "vault without a lock", resources: [vault()], codes: ["not-locked"] },
    {
      title: "deployed vault whose lock names another vault",
      resources: [vault({ id: "main" }), deployedLock("archive")],
      codes: ["not-locked"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "lock whose vault name is computed without a dependency",
      resources: [vault(), resource(AWS.backupVaultLockConfiguration, "lock", { backupVaultName: UNKNOWN.string })],
      undecided: ["main"],
    },
    {
      title: "lock with a computed vault name next to a locked vault: only the unlocked one waits",
      resources: [
        vault(),
        lock(),
        resource(AWS.backupVault, "archive", { name: "archive" }),
        resource(AWS.backupVaultLockConfiguration, "lock", { backupVaultName: UNKNOWN.string }),
      ],
      undecided: ["archive"],
    },
  ],
});
