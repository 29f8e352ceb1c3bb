import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-require-tls";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["The account accepts TLS older than 1.2: `minimalTlsVersion` is not a recognised TLS version"],
    },
    {
      title: "account with minimalTlsVersion=Tls",
      resources: [account("Tls")],
      problems: ['The account accepts TLS older than 1.2: `minimalTlsVersion` is "Tls"'],
    },
    {
      title: "account with minimalTlsVersion=Tls11",
      resources: [account("Tls11")],
      problems: ['The account accepts TLS older than 1.2: `minimalTlsVersion` is "Tls11"'],
    },
  ],
  notApplicable: [
    {
      title: "account where the map puts transit encryption on the provider's side",
      resources: [account("Tls")],
      map: mapWithScope("encryption-in-transit", { provider: "azure", side: "provider", note: "Private links only." }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "TLS version computed", resources: [account(UNKNOWN.string)] }],
});
