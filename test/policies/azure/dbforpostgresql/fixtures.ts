import { AZURE } from "../../../../policies/core/tokens";
import { resource, urnOf } from "../../../support/rules";

export const SERVER_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-app";

export const server = (props: Record<string, unknown> = {}) =>
  resource(AZURE.postgresServer, "pg", { resourceGroupName: "rg-app", serverName: "pg-app", version: "16", ...props });
/** Deployed outputs carry the server's `name`, not the `serverName` input. */
export const deployedServer = (props: Record<string, unknown> = {}) =>
  resource(AZURE.postgresServer, "pg", { name: "pg-app", version: "16", ...props }, { id: SERVER_ID });

/** A server parameter in preview form: `serverName` comes from the server's output. */
export const parameter = (configurationName: string, value: unknown) =>
  resource(
    AZURE.postgresConfiguration,
    `pg-${configurationName}`,
    { resourceGroupName: "rg-app", serverName: "pg-app", configurationName, value, source: "user-override" },
    { propertyDependencies: { serverName: [urnOf(AZURE.postgresServer, "pg")] } },
  );
/** The same parameter written with literal names, no dependencies. */
export const literalParameter = (configurationName: string, value: unknown, serverName = "pg-app") =>
  resource(AZURE.postgresConfiguration, `pg-${configurationName}`, { resourceGroupName: "rg-app", serverName, configurationName, value });
/** Deployed form: outputs carry the parameter's `name` and `value`; the id nests under the server's. */
export const deployedParameter = (name: string, value: unknown, serverId = SERVER_ID) =>
  resource(
    AZURE.postgresConfiguration,
    `pg-${name}`,
    { name, value, source: "user-override" },
    { id: `${serverId}/configurations/${name}` },
  );
