import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-entra-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";
import { deployedParameter, deployedServer, parameter, SERVER_ID, server } from "./fixtures";

const entra = { administratorType: "ActiveDirectory", login: "dba-group", sid: "00000000-0000-0000-0000-000000000001", tenantId: "tenant" };
const administrator = (props: Record<string, unknown> = {}) =>
  resource(
    AZURE.mysqlAzureADAdministrator,
    "my-admin",
    { resourceGroupName: "rg-app", serverName: "my-app", ...entra, ...props },
    { propertyDependencies: { serverName: [urnOf(AZURE.mysqlServer, "my")] } },
  );
const literalAdministrator = (serverName: unknown) =>
  resource(AZURE.mysqlAzureADAdministrator, "my-admin", { resourceGroupName: "rg-app", serverName, ...entra });
const deployedAdministrator = (serverId = SERVER_ID) =>
  resource(
    AZURE.mysqlAzureADAdministrator,
    "my-admin",
    { name: "ActiveDirectory", ...entra },
    { id: `${serverId}/administrators/ActiveDirectory` },
  );

const NO_ADMIN = "The server has no Entra ID administrator: no AzureADAdministrator refers to it";
const NO_ONLY = "The server accepts MySQL passwords: no `aad_auth_only` Configuration is set, and the default is OFF";

describeRule(rule, {
  compliant: [
    {
      title: "server with an Entra administrator and aad_auth_only=ON",
      resources: [server(), administrator(), parameter("aad_auth_only", "ON")],
    },
    {
      title: "administrator written with literal names in another case",
      resources: [server(), literalAdministrator("MY-APP"), parameter("aad_auth_only", "on")],
    },
    {
      title: "deployed server with administrator and aad_auth_only",
      resources: [deployedServer(), deployedAdministrator(), deployedParameter("aad_auth_only", "ON")],
    },
  ],
  violating: [
    {
      title: "server with administrator and aad_auth_only set to a secret that is neither ON nor OFF",
      resources: [server(), administrator(), parameter("aad_auth_only", canary("ON"))],
      problems: ["The server accepts MySQL passwords: its `aad_auth_only` Configuration has a `value` that is neither ON nor OFF"],
    },
    { title: "server without administrator or parameter", resources: [server()], problems: [NO_ADMIN, NO_ONLY] },
    {
      title: "server with administrator and aad_auth_only=OFF",
      resources: [server(), administrator(), parameter("aad_auth_only", "OFF")],
      problems: ['The server accepts MySQL passwords: its `aad_auth_only` Configuration has `value` "OFF"'],
    },
    {
      title: "administrator of another server",
      resources: [server(), literalAdministrator("my-other"), parameter("aad_auth_only", "ON")],
      problems: [NO_ADMIN],
    },
    {
      title: "deployed administrator of another server",
      resources: [
        deployedServer(),
        deployedAdministrator(SERVER_ID.replace("my-app", "my-other")),
        deployedParameter("aad_auth_only", "ON"),
      ],
      problems: [NO_ADMIN],
    },
  ],
  notApplicable: [{ title: "stack without MySQL servers", resources: [administrator()], reason: "The stack has no MySQL flexible server" }],
  unknown: [
    { title: "aad_auth_only value computed", resources: [server(), administrator(), parameter("aad_auth_only", UNKNOWN.string)] },
    { title: "administrator serverName computed, no dependency recorded", resources: [server(), literalAdministrator(UNKNOWN.string)] },
  ],
});
