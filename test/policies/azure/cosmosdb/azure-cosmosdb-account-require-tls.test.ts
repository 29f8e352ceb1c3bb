import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-require-tls";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const account = (minimalTlsVersion: unknown) =>
  resource(AZURE.cosmosDbAccount, "cosmos", {
    resourceGroupName: "rg-app",
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope" }],
    minimalTlsVersion,
  });

describeRule(rule, {
  compliant: [
    { title: "account with minimalTlsVersion=Tls12", resources: [account("Tls12")] },
    { title: "account with minimalTlsVersion unset (defaults to TLS 1.2)", resources: [account(undefined)] },
  ],
  violating: [
    {
      title: "account with a secret minimalTlsVersion that is no TLS version",
      resources: [account(canary("Tls12"))],
      codes: ["tls-below-1-2"],
    },
    {
      title: "account with minimalTlsVersion=Tls",
      resources: [account("Tls")],
      codes: ["tls-below-1-2"],
    },
    {
      title: "account with minimalTlsVersion=Tls11",
      resources: [account("Tls11")],
      codes: ["tls-below-1-2"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "TLS version computed", resources: [account(UNKNOWN.string)] }],
});
