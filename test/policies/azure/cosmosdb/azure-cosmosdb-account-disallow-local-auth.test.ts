import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-disallow-local-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const account = (props: Record<string, unknown>) =>
  resource(AZURE.cosmosDbAccount, "cosmos", {
    resourceGroupName: "rg-app",
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope" }],
    disableLocalAuth: true,
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "account with disableLocalAuth=true", resources: [account({})] }],
  violating: [
    {
      title: "account with disableLocalAuth=false",
      resources: [account({ disableLocalAuth: false })],
      problems: ["The account accepts account keys: `disableLocalAuth` is false"],
    },
    {
      title: "account with disableLocalAuth unset",
      resources: [account({ disableLocalAuth: undefined })],
      problems: ["The account accepts account keys: `disableLocalAuth` is not set, and Azure then allows them"],
    },
  ],
  notApplicable: [
    {
      title: "account where the map puts strong authentication on the provider's side",
      resources: [account({ disableLocalAuth: false })],
      map: mapWithScope("mfa", {
        provider: "azure",
        resourceTypes: ["azure-native:cosmosdb:*"],
        side: "provider",
        note: "Access goes through a broker.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "flag computed", resources: [account({ disableLocalAuth: UNKNOWN.boolean })] }],
});
