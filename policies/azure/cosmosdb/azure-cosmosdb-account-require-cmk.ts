import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { cmkFail, cmkNotRequired, customerManagedKeyRequired } from "../../core/classification";
import { defineRule, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Account = Pick<DatabaseAccountArgs, "keyVaultKeyUri">;

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineRule<Options>({
  name: "azure-cosmosdb-account-require-cmk",
  displayName: "Cosmos DB accounts encrypt with a customer-managed key",
  description: "Every Cosmos DB account sets `keyVaultKeyUri` to a customer-managed Key Vault key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.cosmosDbAccount],
  remediation:
    "Set `keyVaultKeyUri` on the account to a Key Vault key URI (with `defaultIdentity` allowed to use the key; only possible when the account is created).",
  why: "the keys that protect the data stay under Microsoft's control and cannot be revoked or audited by you",
  controls: { nist: ["SC-12", "SC-28"], mcsb: ["DP-5"], azurePolicy: ["1f905d99-2ab7-462c-a6b0-f709acca6c8f"] },
  problems: { "microsoft-managed-key": "the account uses Microsoft-managed keys" },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
  },
  check(account, ctx) {
    const required = customerManagedKeyRequired(account, ctx);
    if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's options do not require a customer-managed key"));
    const { keyVaultKeyUri } = account.props as Account;
    if (typeof keyVaultKeyUri === "string" && keyVaultKeyUri !== "") return pass;
    return cmkFail(required, "The account uses Microsoft-managed keys: `keyVaultKeyUri` is not set", {
      code: "microsoft-managed-key",
    });
  },
});
