import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vault = Pick<VaultArgs, "properties">;

export default defineRule({
  name: "azure-keyvault-vault-enable-purge-protection",
  displayName: "Key vaults keep soft delete and purge protection on",
  description: "Every key vault keeps `properties.enableSoftDelete` on and sets `properties.enablePurgeProtection` to true.",
  duty: "key-management",
  severity: "high",
  resourceTypes: [AZURE.keyVault],
  remediation: "Set `properties.enablePurgeProtection: true` (and leave `properties.enableSoftDelete` unset or true) on the key vault.",
  why: "a deleted or purged vault takes its keys with it, and data encrypted with them becomes unrecoverable",
  controls: {
    nist: ["SC-12", "CP-9"],
    pciDss: ["3.6"],
    mcsb: ["DP-8"],
    cis: ["Azure 3.0 3.3.5"],
    azurePolicy: ["1e66c121-a66a-4b1f-9b83-0fd99bf0fc2d", "0b60c0b2-2dc2-4e1c-b5c9-abbed971de53"],
  },
  problems: {
    "soft-delete-off": "soft delete is off",
    "purge-protection-off": "purge protection is off",
  },
  check(vault) {
    const { properties } = vault.props as Vault;
    const settings: Record<string, unknown> = isRecord(properties) ? properties : {};
    const violations: Violation[] = [];
    // SDK: soft delete "will be set to true by default" when not set; only an explicit false is off.
    if (settings["enableSoftDelete"] === false) {
      violations.push({
        code: "soft-delete-off",
        subject: "enableSoftDelete",
        actual: "The vault deletes keys immediately: `properties.enableSoftDelete` is false",
        fix: "Remove `properties.enableSoftDelete: false` (soft delete is on by default).",
      });
    }
    // SDK: purge protection is on only when set true ("does not accept false as its value").
    if (settings["enablePurgeProtection"] !== true) {
      violations.push({
        code: "purge-protection-off",
        subject: "enablePurgeProtection",
        actual:
          settings["enablePurgeProtection"] === undefined
            ? "Deleted keys can be purged at once: `properties.enablePurgeProtection` is not set, and Azure then leaves purge protection off"
            : "Deleted keys can be purged at once: `properties.enablePurgeProtection` is false",
        fix: "Set `properties.enablePurgeProtection: true`.",
      });
    }
    return violations;
  },
});
