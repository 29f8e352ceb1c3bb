import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const account = (keyVaultKeyUri: unknown) =>
  resource(AZURE.cosmosDbAccount, "cosmos", {
    resourceGroupName: "rg-app",
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope" }],
    keyVaultKeyUri,
  });

const cases: RuleCases = {
  compliant: [{ title: "account with keyVaultKeyUri", resources: [account("https://kv-app.vault.azure.net/keys/cosmos")] }],
  violating: [
    { title: "account without keyVaultKeyUri", resources: [account(undefined)], codes: ["microsoft-managed-key"] },
    { title: "account with an empty keyVaultKeyUri", resources: [account("")], codes: ["microsoft-managed-key"] },
  ],
  notApplicable: [
    {
      title: "account when customer-managed keys are not required",
      resources: [account(undefined)],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's options do not require a customer-managed key",
    },
  ],
  unknown: [{ title: "keyVaultKeyUri computed", resources: [account(UNKNOWN.string)] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "account with no keyVaultKeyUri",
  resources: (tags) => [resource(AZURE.cosmosDbAccount, "cosmos", { tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: ["microsoft-managed-key"],
    restricted: ["microsoft-managed-key"],
  },
});
