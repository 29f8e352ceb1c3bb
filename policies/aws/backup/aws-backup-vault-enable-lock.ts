import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

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
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const locked = new Set<string>();
    for (const lock of index.ofType([AWS.backupVaultLockConfiguration])) {
      const vault = index.referenced(lock, "backupVaultName", [AWS.backupVault], ["name"]);
      if (vault) locked.add(vault.urn);
    }
    const violations: StackViolation[] = [];
    for (const vault of index.ofType([AWS.backupVault])) {
      if (!locked.has(vault.urn)) {
        violations.push({ resource: vault, actual: "The vault is not locked: no VaultLockConfiguration's `backupVaultName` refers to it" });
      }
    }
    return violations;
  },
});
