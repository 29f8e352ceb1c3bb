import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-require-continuous-backup";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["periodic-backup"],
    },
    {
      title: "account with periodic backup",
      resources: [account({ type: "Periodic" })],
      codes: ["periodic-backup"],
    },
    {
      title: "account without backup policy",
      resources: [account(undefined)],
      codes: ["periodic-backup"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "backup type computed", resources: [account({ type: UNKNOWN.string })] }],
});
