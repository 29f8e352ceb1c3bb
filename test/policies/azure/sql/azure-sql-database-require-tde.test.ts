import rule from "../../../../policies/azure/sql/azure-sql-database-require-tde";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";
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
    {
      title: "database with TDE state=Disabled, an explicit failure next to a database whose TDE state is computed",
      resources: [
        database(),
        tde("Disabled"),
        resource(AZURE.sqlDatabase, "users", { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "users" }),
        resource(
          AZURE.sqlTransparentDataEncryption,
          "users-tde",
          { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "users", state: UNKNOWN.string },
          { propertyDependencies: { databaseName: [urnOf(AZURE.sqlDatabase, "users")] } },
        ),
      ],
      codes: ["tde-disabled"],
      undecided: ["users"],
    },
    { title: "database with TDE state=Disabled (preview)", resources: [database(), tde("Disabled")], codes: ["tde-disabled"] },
    {
      title: "deployed database with TDE state=Disabled",
      resources: [deployedDatabase(), deployedTde("Disabled")],
      codes: ["tde-disabled"],
    },
  ],
  notApplicable: [{ title: "stack without SQL databases", resources: [], reason: "The stack has no SQL database" }],
  unknown: [
    { title: "TDE state computed", resources: [database(), tde(UNKNOWN.string)], undecided: ["orders"] },
    {
      title: "a TDE whose server name is computed and has no dependency: any database it could belong to is undecided",
      resources: [
        database(),
        resource(AZURE.sqlTransparentDataEncryption, "loose-tde", {
          resourceGroupName: "rg-app",
          serverName: UNKNOWN.string,
          databaseName: "orders",
          state: "Disabled",
        }),
      ],
      undecided: ["orders", "loose-tde"],
    },
  ],
});
