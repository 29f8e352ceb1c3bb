import type { VaultArgs } from "@pulumi/azure-native/recoveryservices";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vault = Pick<VaultArgs, "properties">;

interface Options {
  requireImmutability: boolean;
}

export default defineRule<Options>({
  name: "azure-recoveryservices-vault-enable-soft-delete",
  displayName: "Recovery Services vaults keep deleted backups recoverable",
  description:
    "Every Recovery Services vault keeps soft delete on (`properties.securitySettings.softDeleteSettings.softDeleteState` not Disabled) and, where required, immutability.",
  duty: "backup",
  severity: "high",
  resourceTypes: [AZURE.recoveryServicesVault],
  remediation:
    'Set `properties.securitySettings: { softDeleteSettings: { softDeleteState: "AlwaysON" }, immutabilitySettings: { state: "Locked" } }` on the vault.',
  why: "an attacker or a mistake can delete every backup at once",
  controls: {
    nist: ["CP-9"],
    iso27001: ["A.8.13"],
    mcsb: ["BR-1", "BR-2"],
    azurePolicy: ["31b8092a-36b8-434b-9af7-5ec844364148", "d6f6f560-14b7-49a4-9fc8-d2c3a9807868", "2e94d99a-8a36-4563-bc77-810d8893b671"],
  },
  problems: {
    "soft-delete-off": "soft delete is disabled",
    "not-immutable": "the vault's backups are not immutable (where immutability is required)",
  },
  options: {
    requireImmutability: { type: "boolean", description: "Require vault immutability (Unlocked or Locked).", default: false },
  },
  check(vault, { config }) {
    const { properties } = vault.props as Vault;
    const security = isRecord(properties) ? properties["securitySettings"] : undefined;
    const softDelete = isRecord(security) ? security["softDeleteSettings"] : undefined;
    const violations: Violation[] = [];
    // Soft delete is on by default for new vaults; only an explicit Disabled turns it off
    // (learn.microsoft.com/azure/backup/backup-azure-security-feature-cloud).
    if (isRecord(softDelete) && softDelete["softDeleteState"] === "Disabled") {
      violations.push({
        code: "soft-delete-off",
        subject: "softDeleteState",
        actual: "The vault deletes backups immediately: `properties.securitySettings.softDeleteSettings.softDeleteState` is Disabled",
        fix: 'Set `softDeleteState: "Enabled"` (or "AlwaysON").',
      });
    }
    if (config.requireImmutability) {
      const immutability = isRecord(security) ? security["immutabilitySettings"] : undefined;
      const state = isRecord(immutability) ? immutability["state"] : undefined;
      if (state !== "Unlocked" && state !== "Locked") {
        violations.push({
          code: "not-immutable",
          subject: "immutabilitySettings",
          actual:
            state === undefined
              ? "The vault's backups are not immutable: `properties.securitySettings.immutabilitySettings.state` is not set"
              : `The vault's backups are not immutable: \`properties.securitySettings.immutabilitySettings.state\` ${valueClause(state, ["Disabled", "Enabled", "Unlocked", "Locked"], "immutability state")}`,
          fix: 'Set `properties.securitySettings.immutabilitySettings.state: "Locked"`.',
        });
      }
    }
    return violations;
  },
});
