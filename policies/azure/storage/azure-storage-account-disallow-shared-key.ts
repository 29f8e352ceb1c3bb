import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type StorageAccount = Pick<StorageAccountArgs, "allowSharedKeyAccess" | "defaultToOAuthAuthentication">;

export default defineRule({
  name: "azure-storage-account-disallow-shared-key",
  displayName: "Storage accounts accept only Entra ID authorization",
  description:
    "Every storage account sets `allowSharedKeyAccess` to false and `defaultToOAuthAuthentication` to true, so requests go through Entra ID.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AZURE.storageAccount],
  remediation: "Set `allowSharedKeyAccess: false` and `defaultToOAuthAuthentication: true` on the storage account.",
  why: "anyone holding an account key or SAS token gets in without Entra ID sign-in or MFA",
  controls: {
    nist: ["IA-2"],
    pciDss: ["8.3.1"],
    mcsb: ["IM-1"],
    azurePolicy: ["8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54"],
  },
  problems: {
    "shared-key-allowed": "the account accepts shared keys",
    "oauth-not-default": "the portal defaults to key access",
  },
  check(account) {
    const { allowSharedKeyAccess, defaultToOAuthAuthentication } = account.props as StorageAccount;
    const violations: Violation[] = [];
    // SDK: "The default value is null, which is equivalent to true."
    if (allowSharedKeyAccess !== false) {
      violations.push({
        code: "shared-key-allowed",
        subject: "allowSharedKeyAccess",
        actual:
          allowSharedKeyAccess === undefined
            ? "The storage account accepts shared keys: `allowSharedKeyAccess` is not set, and Azure then allows them"
            : "The storage account accepts shared keys: `allowSharedKeyAccess` is true",
        fix: "Set `allowSharedKeyAccess: false`.",
      });
    }
    // SDK: "The default interpretation is false for this property."
    if (defaultToOAuthAuthentication !== true) {
      violations.push({
        code: "oauth-not-default",
        subject: "defaultToOAuthAuthentication",
        actual:
          defaultToOAuthAuthentication === undefined
            ? "The portal defaults to key access: `defaultToOAuthAuthentication` is not set, and Azure then treats it as false"
            : "The portal defaults to key access: `defaultToOAuthAuthentication` is false",
        fix: "Set `defaultToOAuthAuthentication: true`.",
      });
    }
    return violations;
  },
});
