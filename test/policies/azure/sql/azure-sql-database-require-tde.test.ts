import rule from "../../../../policies/azure/sql/azure-sql-database-require-tde";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, UNKNOWN } from "../../../support/rules";
import { database, databaseChild, deployedDatabase, deployedDatabaseChild } from "./fixtures";

const tde = (state: unknown) => databaseChild(AZURE.sqlTransparentDataEncryption, "orders-tde", { state });
const deployedTde = (state: unknown, props: Record<string, unknown> = {}) =>
  deployedDatabaseChild(AZURE.sqlTransparentDataEncryption, "transparentDataEncryption/current", { state, ...props });

describeRule(rule, {
  compliant: [
    { title: "database without a TDE resource (on by default)", resources: [database()] },
    { title: "database with TDE state=Enabled (preview)", resources: [database(), tde("Enabled")] },
    { title: "deployed database with TDE state=Enabled", resources: [deployedDatabase(), deployedTde("Enabled")] },
  ],
  violating: [
    { title: "database with TDE state=Disabled (preview)", resources: [database(), tde("Disabled")], codes: ["tde-disabled"] },
    {
      title: "deployed database with TDE state=Disabled",
      resources: [deployedDatabase(), deployedTde("Disabled")],
      codes: ["tde-disabled"],
    },
  ],
  notApplicable: [
    { title: "stack without SQL databases", resources: [], reason: "The stack has no SQL database" },
    {
      title: "database where the map puts encryption at rest on the provider's side",
      resources: [deployedDatabase(), deployedTde("Disabled")],
      map: mapWithScope("encryption-at-rest", {
        provider: "azure",
        resourceTypes: ["azure-native:sql:*"],
        side: "provider",
        note: "Test data only.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "TDE state computed", resources: [database(), tde(UNKNOWN.string)] }],
});
