import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const account = (keyVaultKeyUri: unknown) =>
  resource(AZURE.cosmosDbAccount, "cosmos", {
    resourceGroupName: "rg-app",
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope" }],
    keyVaultKeyUri,
  });
const UNSET = "The account uses Microsoft-managed keys: `keyVaultKeyUri` is not set";

describeRule(rule, {
  compliant: [{ title: "account with keyVaultKeyUri", resources: [account("https://kv-app.vault.azure.net/keys/cosmos")] }],
  violating: [
    { title: "account without keyVaultKeyUri", resources: [account(undefined)], problems: [UNSET] },
    { title: "account with an empty keyVaultKeyUri", resources: [account("")], problems: [UNSET] },
  ],
  notApplicable: [
    {
      title: "account when customer-managed keys are not required",
      resources: [account(undefined)],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's options do not require a customer-managed key",
    },
    {
      title: "account where the map puts key management on the provider's side",
      resources: [account(undefined)],
      map: mapWithScope("key-management", { provider: "azure", side: "provider", note: "Microsoft-managed keys are accepted." }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "keyVaultKeyUri computed", resources: [account(UNKNOWN.string)] }],
});
