import { AZURE } from "../../../../policies/core/tokens";
import { resource, urnOf } from "../../../support/rules";

export const SERVER_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app";
export const DATABASE_ID = `${SERVER_ID}/databases/orders`;

export const server = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(AZURE.sqlServer, "sql", { resourceGroupName: "rg-app", serverName: "sql-app", minimalTlsVersion: "1.2", ...props }, extra);
export const deployedServer = (props: Record<string, unknown> = {}) =>
  server({ serverName: undefined, name: "sql-app", ...props }, { id: SERVER_ID });

/** A server child in preview form: `serverName` comes from the server's output. */
export const serverChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-app", ...props },
    { propertyDependencies: { serverName: [urnOf(AZURE.sqlServer, "sql")] } },
  );
/** The same child in deployed form: literal names, no dependencies. */
export const deployedServerChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(type, name, { resourceGroupName: "rg-app", serverName: "sql-app", ...props }, { id: `${SERVER_ID}/${name}` });

export const database = (props: Record<string, unknown> = {}) =>
  resource(AZURE.sqlDatabase, "orders", { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "orders", ...props });
export const deployedDatabase = (props: Record<string, unknown> = {}) =>
  resource(
    AZURE.sqlDatabase,
    "orders",
    { resourceGroupName: "rg-app", serverName: "sql-app", name: "orders", ...props },
    { id: DATABASE_ID },
  );

export const databaseChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "orders", ...props },
    { propertyDependencies: { databaseName: [urnOf(AZURE.sqlDatabase, "orders")] } },
  );
export const deployedDatabaseChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "orders", ...props },
    { id: `${DATABASE_ID}/${name}` },
  );
