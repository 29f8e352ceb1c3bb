import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-require-continuous-backup";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const account = (backupPolicy: unknown) =>
  resource(AZURE.cosmosDbAccount, "cosmos", {
    resourceGroupName: "rg-app",
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope" }],
    backupPolicy,
  });

describeRule(rule, {
  compliant: [
    {
      title: "account with continuous backup",
      resources: [account({ type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } })],
    },
  ],
  violating: [
    {
      title: "account with a secret backup policy type that is no policy type",
      resources: [account({ type: canary("Continuous") })],
      problems: ["The account has only periodic backups: `backupPolicy.type` is not a recognised backup policy type"],
    },
    {
      title: "account with periodic backup",
      resources: [account({ type: "Periodic" })],
      problems: ['The account has only periodic backups: `backupPolicy.type` is "Periodic"'],
    },
    {
      title: "account without backup policy",
      resources: [account(undefined)],
      problems: ["The account has only periodic backups: `backupPolicy` is not set, and Azure then uses Periodic"],
    },
  ],
  notApplicable: [
    {
      title: "account where the map puts backup on the provider's side",
      resources: [account(undefined)],
      map: mapWithScope("backup", {
        provider: "azure",
        resourceTypes: ["azure-native:cosmosdb:*"],
        side: "provider",
        note: "Periodic backups suffice for caches.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "backup type computed", resources: [account({ type: UNKNOWN.string })] }],
});
