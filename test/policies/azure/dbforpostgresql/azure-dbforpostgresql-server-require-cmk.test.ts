import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, mapWithScope, type RuleCases, resource, UNKNOWN } from "../../../support/rules";
import { server } from "./fixtures";

const cmk = {
  type: "AzureKeyVault",
  primaryKeyURI: "https://kv-app.vault.azure.net/keys/pg/0123",
  primaryUserAssignedIdentityId: "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pg",
};

const cases: RuleCases = {
  compliant: [{ title: "server with dataEncryption.type=AzureKeyVault", resources: [server({ dataEncryption: cmk })] }],
  violating: [
    {
      title: "server with a secret dataEncryption.type that is no encryption type",
      resources: [server({ dataEncryption: { ...cmk, type: canary("AzureKeyVault") } })],
      problems: ["The server uses Microsoft-managed keys: `dataEncryption.type` is not a recognised data encryption type"],
    },
    {
      title: "server without dataEncryption",
      resources: [server()],
      problems: ["The server uses Microsoft-managed keys: `dataEncryption.type` is not set, and Azure then uses SystemAssigned"],
    },
    {
      title: "server with dataEncryption.type=SystemAssigned",
      resources: [server({ dataEncryption: { type: "SystemAssigned" } })],
      problems: ['The server uses Microsoft-managed keys: `dataEncryption.type` is "SystemAssigned"'],
    },
  ],
  notApplicable: [
    {
      title: "server when customer-managed keys are not required",
      resources: [server()],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's options do not require a customer-managed key",
    },
    {
      title: "server where the map puts key management on the provider's side",
      resources: [server()],
      map: mapWithScope("key-management", { provider: "azure", side: "provider", note: "Microsoft-managed keys are accepted." }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "dataEncryption.type computed", resources: [server({ dataEncryption: { ...cmk, type: UNKNOWN.string } })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "server with no dataEncryption",
  resources: (tags) => [resource(AZURE.postgresServer, "pg", { tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: [
      "The server uses Microsoft-managed keys: `dataEncryption.type` is not set, and Azure then uses SystemAssigned; confidential data requires a customer-managed key",
    ],
    restricted: [
      "The server uses Microsoft-managed keys: `dataEncryption.type` is not set, and Azure then uses SystemAssigned; restricted data requires a customer-managed key",
    ],
  },
});
