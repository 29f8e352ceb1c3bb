import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { cmkNotRequired, cmkReason, customerManagedKeyRequired } from "../../core/classification";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type StorageAccount = Pick<StorageAccountArgs, "encryption">;

interface Options {
  requireCustomerManagedKey: boolean;
  requireInfrastructureEncryption: boolean;
}

export default defineRule<Options>({
  name: "azure-storage-account-require-cmk",
  displayName: "Storage accounts encrypt with a customer-managed key",
  description:
    "Every storage account encrypts with a customer-managed key (`encryption.keySource` Microsoft.Keyvault with `keyVaultProperties`) and, where required, infrastructure encryption.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.storageAccount],
  remediation:
    'Set `encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyVaultUri, keyName }, requireInfrastructureEncryption: true }` on the storage account.',
  why: "the keys that protect the data stay under Microsoft's control and cannot be revoked or audited by you",
  controls: {
    nist: ["SC-12", "SC-28"],
    pciDss: ["3.5.1"],
    mcsb: ["DP-5"],
    cis: ["Azure 3.0 4.2"],
    azurePolicy: ["6fac406b-40ca-413b-bf8e-0bf964659c25", "4733ea7b-a883-42fe-8cac-97454c2a9e4a"],
  },
  problems: {
    "microsoft-managed-key": "the account uses Microsoft-managed keys",
    "no-key-vault-key": "the Key Vault key source names no key",
    "no-infrastructure-encryption": "infrastructure (double) encryption is off (where required)",
  },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
    requireInfrastructureEncryption: {
      type: "boolean",
      description: "Require infrastructure (double) encryption.",
      default: true,
    },
  },
  check(account, ctx) {
    const { config } = ctx;
    const required = customerManagedKeyRequired(account, ctx);
    if (!required.value && !config.requireInfrastructureEncryption) {
      return notApplicable(
        cmkNotRequired(required, "The rule's options require neither a customer-managed key nor infrastructure encryption").replace(
          "does not require a customer-managed key",
          "does not require a customer-managed key, and the rule's options do not require infrastructure encryption",
        ),
      );
    }
    const { encryption } = account.props as StorageAccount;
    const settings = isRecord(encryption) ? encryption : {};
    const violations: Violation[] = [];
    if (required.value) {
      const keySource = settings["keySource"];
      if (keySource !== "Microsoft.Keyvault") {
        violations.push({
          code: "microsoft-managed-key",
          subject: "keySource",
          actual:
            keySource === undefined
              ? `The storage account uses Microsoft-managed keys: \`encryption.keySource\` is not set, and Azure then uses Microsoft.Storage${cmkReason(required)}`
              : `The storage account uses Microsoft-managed keys: \`encryption.keySource\` ${valueClause(keySource, ["Microsoft.Storage", "Microsoft.Keyvault"], "key source")}${cmkReason(required)}`,
        });
      } else if (!isRecord(settings["keyVaultProperties"])) {
        violations.push({
          code: "no-key-vault-key",
          subject: "keyVaultProperties",
          actual: `The storage account names no customer-managed key: \`encryption.keyVaultProperties\` is not set${cmkReason(required)}`,
        });
      }
    }
    if (config.requireInfrastructureEncryption && settings["requireInfrastructureEncryption"] !== true) {
      violations.push({
        code: "no-infrastructure-encryption",
        subject: "requireInfrastructureEncryption",
        actual: "The storage account has no infrastructure encryption: `encryption.requireInfrastructureEncryption` is not true",
        why: "the data is encrypted only once, and a flaw in that one algorithm or key exposes it",
        fix: "Set `encryption.requireInfrastructureEncryption: true` (only possible when the account is created).",
      });
    }
    return violations;
  },
});
