import type { VaultArgs } from "@pulumi/azure-native/recoveryservices";
import { cmkFail, cmkNotRequired, customerManagedKeyRequired } from "../../core/classification";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vault = Pick<VaultArgs, "properties">;

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineRule<Options>({
  name: "azure-recoveryservices-vault-require-cmk",
  displayName: "Recovery Services vaults encrypt backups with a customer-managed key",
  description: "Every Recovery Services vault sets `properties.encryption.keyVaultProperties.keyUri` to a customer-managed Key Vault key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.recoveryServicesVault],
  remediation:
    "Set `properties.encryption: { keyVaultProperties: { keyUri }, kekIdentity: { userAssignedIdentity } }` on the vault (with an identity allowed to use the key).",
  why: "the keys that protect the backup data stay under Microsoft's control and cannot be revoked or audited by you",
  controls: { nist: ["SC-12", "SC-28"], mcsb: ["DP-5"], azurePolicy: ["2e94d99a-8a36-4563-bc77-810d8893b671"] },
  problems: { "microsoft-managed-key": "the vault encrypts backups with Microsoft-managed keys" },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
  },
  check(vault, ctx) {
    const required = customerManagedKeyRequired(vault, ctx);
    if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's options do not require a customer-managed key"));
    const { properties } = vault.props as Vault;
    const encryption = isRecord(properties) ? properties["encryption"] : undefined;
    const keyVault = isRecord(encryption) ? encryption["keyVaultProperties"] : undefined;
    const keyUri = isRecord(keyVault) ? keyVault["keyUri"] : undefined;
    if (typeof keyUri === "string" && keyUri !== "") return pass;
    return cmkFail(
      required,
      "The vault encrypts backups with Microsoft-managed keys: `properties.encryption.keyVaultProperties.keyUri` is not set",
      { code: "microsoft-managed-key" },
    );
  },
});
