import { AZURE } from "../../../../policies/core/tokens";
import { resource, urnOf } from "../../../support/rules";

export const SERVER_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.DBforMySQL/flexibleServers/my-app";

export const server = (props: Record<string, unknown> = {}) =>
  resource(AZURE.mysqlServer, "my", { resourceGroupName: "rg-app", serverName: "my-app", version: "8.0.21", ...props });
/** Deployed outputs carry the server's `name`, not the `serverName` input. */
export const deployedServer = (props: Record<string, unknown> = {}) =>
  resource(AZURE.mysqlServer, "my", { name: "my-app", version: "8.0.21", ...props }, { id: SERVER_ID });

/** A server parameter in preview form: `serverName` comes from the server's output. */
export const parameter = (configurationName: string, value: unknown) =>
  resource(
    AZURE.mysqlConfiguration,
    `my-${configurationName}`,
    { resourceGroupName: "rg-app", serverName: "my-app", configurationName, value, source: "user-override" },
    { propertyDependencies: { serverName: [urnOf(AZURE.mysqlServer, "my")] } },
  );
/** The same parameter written with literal names, no dependencies. */
export const literalParameter = (configurationName: string, value: unknown, serverName = "my-app") =>
  resource(AZURE.mysqlConfiguration, `my-${configurationName}`, { resourceGroupName: "rg-app", serverName, configurationName, value });
/** Deployed form: outputs carry the parameter's `name` and `value`; the id nests under the server's. */
export const deployedParameter = (name: string, value: unknown, serverId = SERVER_ID) =>
  resource(AZURE.mysqlConfiguration, `my-${name}`, { name, value, source: "user-override" }, { id: `${serverId}/configurations/${name}` });
