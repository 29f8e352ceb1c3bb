import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-disallow-local-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["local-auth-enabled"],
    },
    {
      title: "account with disableLocalAuth unset",
      resources: [account({ disableLocalAuth: undefined })],
      codes: ["local-auth-enabled"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "flag computed", resources: [account({ disableLocalAuth: UNKNOWN.boolean })] }],
});
