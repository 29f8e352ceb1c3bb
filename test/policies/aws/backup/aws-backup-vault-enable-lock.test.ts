import rule from "../../../../policies/aws/backup/aws-backup-vault-enable-lock";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

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

const NOT_LOCKED = "The vault is not locked: no VaultLockConfiguration's `backupVaultName` refers to it";

describeRule(rule, {
  compliant: [
    { title: "vault with a lock depending on it", resources: [vault(), lock()] },
    { title: "vault with a lock whose vault name is unknown in preview", resources: [vault(), lock(UNKNOWN.string)] },
    { title: "deployed vault with a lock naming it", resources: [vault({ id: "main" }), deployedLock("main")] },
  ],
  violating: [
    { title: "vault without a lock", resources: [vault()], problems: [NOT_LOCKED] },
    {
      title: "deployed vault whose lock names another vault",
      resources: [vault({ id: "main" }), deployedLock("archive")],
      problems: [NOT_LOCKED],
    },
  ],
  notApplicable: [
    {
      title: "vault where the map puts backup on the provider's side",
      resources: [vault()],
      map: mapWithScope("backup", {
        provider: "aws",
        resourceTypes: ["aws:backup/*"],
        side: "provider",
        note: "The central backup account owns vaults.",
      }),
      reason:
        "The responsibility map puts backup and recovery for aws:backup/vault:Vault on the provider's side: The central backup account owns vaults.",
    },
  ],
  unknown: [
    {
      title: "lock whose vault name is computed without a dependency",
      resources: [vault(), resource(AWS.backupVaultLockConfiguration, "lock", { backupVaultName: UNKNOWN.string })],
    },
  ],
});
