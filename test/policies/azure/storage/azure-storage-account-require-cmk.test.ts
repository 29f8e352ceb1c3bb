import { describe, expect, it } from "vitest";
import rule from "../../../../policies/azure/storage/azure-storage-account-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, run, UNKNOWN } from "../../../support/rules";

const cmk = {
  keySource: "Microsoft.Keyvault",
  keyVaultProperties: { keyVaultUri: "https://kv-app.vault.azure.net", keyName: "storage" },
  requireInfrastructureEncryption: true,
};
const account = (encryption: Record<string, unknown> | undefined) =>
  resource(AZURE.storageAccount, "data", { resourceGroupName: "rg-app", kind: "StorageV2", sku: { name: "Standard_ZRS" }, encryption });

const cases: RuleCases = {
  compliant: [
    { title: "account with a Key Vault key and infrastructure encryption", resources: [account(cmk)] },
    {
      title: "account with Microsoft keys when CMKs are not required",
      resources: [account({ keySource: "Microsoft.Storage", requireInfrastructureEncryption: true })],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "account with a secret keySource that is no key source",
      resources: [account({ ...cmk, keySource: canary("Microsoft.Keyvault") })],
      codes: ["microsoft-managed-key"],
    },
    {
      title: "account with keySource=Microsoft.Storage",
      resources: [account({ ...cmk, keySource: "Microsoft.Storage" })],
      codes: ["microsoft-managed-key"],
    },
    {
      title: "account without encryption settings",
      resources: [account(undefined)],
      codes: ["microsoft-managed-key", "no-infrastructure-encryption"],
    },
    {
      title: "account with keySource=Microsoft.Keyvault but no keyVaultProperties",
      resources: [account({ ...cmk, keyVaultProperties: undefined })],
      codes: ["no-key-vault-key"],
    },
  ],
  notApplicable: [
    {
      title: "account when neither CMKs nor infrastructure encryption are required",
      resources: [account(undefined)],
      config: { requireCustomerManagedKey: false, requireInfrastructureEncryption: false },
      reason: "The rule's options require neither a customer-managed key nor infrastructure encryption",
    },
  ],
  unknown: [{ title: "account whose keySource is computed", resources: [account({ ...cmk, keySource: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "account with infrastructure encryption and Microsoft-managed keys",
  resources: (tags) => [
    resource(AZURE.storageAccount, "data", { kind: "StorageV2", encryption: { requireInfrastructureEncryption: true }, tags }),
  ],
  expected: {
    public: [],
    internal: [],
    confidential: ["microsoft-managed-key"],
    restricted: ["microsoft-managed-key"],
  },
});

describe("the message of missing infrastructure encryption", () => {
  it("says why double encryption matters, not why Microsoft-managed keys do", () => {
    const findings = run(rule, [account({ ...cmk, requireInfrastructureEncryption: false })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("so the data is encrypted only once");
    expect(findings[0]?.message).not.toContain(rule.why);
  });
});
