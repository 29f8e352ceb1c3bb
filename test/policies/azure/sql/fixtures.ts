import { AZURE } from "../../../../policies/core/tokens";
import { resource, urnOf } from "../../../support/rules";

export const SERVER_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app";
export const DATABASE_ID = `${SERVER_ID}/databases/orders`;

export const server = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(AZURE.sqlServer, "sql", { resourceGroupName: "rg-app", serverName: "sql-app", minimalTlsVersion: "1.2", ...props }, extra);
/**
 * The server as deployed state holds it: azure-native outputs carry no path parameters
 * (`resourceGroupName`, `serverName`); the names live only in the ARM id.
 */
export const deployedServer = (props: Record<string, unknown> = {}, id: string = SERVER_ID) =>
  server({ resourceGroupName: undefined, serverName: undefined, name: id.split("/").pop(), ...props }, { id });

/** A server child in preview form: `serverName` comes from the server's output. */
export const serverChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-app", ...props },
    { propertyDependencies: { serverName: [urnOf(AZURE.sqlServer, "sql")] } },
  );
/** The same child in deployed form: no path parameters, no dependencies; the parent is in the id. */
export const deployedServerChild = (type: string, name: string, props: Record<string, unknown>, serverId: string = SERVER_ID) =>
  resource(type, name, { name: name.split("/").pop(), ...props }, { id: `${serverId}/${name}` });

export const database = (props: Record<string, unknown> = {}) =>
  resource(AZURE.sqlDatabase, "orders", { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "orders", ...props });
export const deployedDatabase = (props: Record<string, unknown> = {}) =>
  resource(AZURE.sqlDatabase, "orders", { name: "orders", ...props }, { id: DATABASE_ID });

export const databaseChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "orders", ...props },
    { propertyDependencies: { databaseName: [urnOf(AZURE.sqlDatabase, "orders")] } },
  );
export const deployedDatabaseChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(type, name, { name: name.split("/").pop(), ...props }, { id: `${DATABASE_ID}/${name}` });

/** A second server in the same resource group, for a case where one server is undecided and another fails. */
export const otherServer = (props: Record<string, unknown> = {}) =>
  resource(AZURE.sqlServer, "sql2", { resourceGroupName: "rg-app", serverName: "sql-two", minimalTlsVersion: "1.2", ...props });
export const otherServerChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-two", ...props },
    { propertyDependencies: { serverName: [urnOf(AZURE.sqlServer, "sql2")] } },
  );
/** A second database of the server, likewise. */
export const otherDatabase = (props: Record<string, unknown> = {}) =>
  resource(AZURE.sqlDatabase, "users", { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "users", ...props });
export const otherDatabaseChild = (type: string, name: string, props: Record<string, unknown>) =>
  resource(
    type,
    name,
    { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "users", ...props },
    { propertyDependencies: { databaseName: [urnOf(AZURE.sqlDatabase, "users")] } },
  );
