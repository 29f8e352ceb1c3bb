import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

export default defineStackRule({
  name: "aws-backup-vault-enable-lock",
  displayName: "Backup vaults are locked",
  description: "Every AWS Backup vault has an `aws.backup.VaultLockConfiguration` whose `backupVaultName` refers to it.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.backupVault, AWS.backupVaultLockConfiguration],
  remediation:
    "Add an `aws.backup.VaultLockConfiguration` with `backupVaultName` set to the vault's `name`, `minRetentionDays: 7` and `changeableForDays: 3` (compliance mode once the grace period ends).",
  why: "anyone with enough permissions, including ransomware using stolen credentials, can delete the recovery points",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"] },
  problems: { "not-locked": "no VaultLockConfiguration refers to the vault" },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Each vault on its own: a lock whose vault is unknown at preview leaves the unlocked vaults undecided.
    const locks = new Siblings(
      index.ofType([AWS.backupVaultLockConfiguration]),
      (lock) => index.referenced(lock, "backupVaultName", [AWS.backupVault], ["name"]),
      () => true,
    );
    return judgeEach(index.ofType([AWS.backupVault]), (vault) => {
      if (locks.of(vault).length > 0) return undefined;
      locks.settle(vault);
      return [
        {
          code: "not-locked",
          resource: vault,
          actual: "The vault is not locked: no VaultLockConfiguration's `backupVaultName` refers to it",
        },
      ];
    });
  },
});
