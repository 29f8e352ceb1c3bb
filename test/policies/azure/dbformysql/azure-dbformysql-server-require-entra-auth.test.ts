import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-entra-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";
import { deployedParameter, deployedServer, OTHER_MYSQL, parameter, SERVER_ID, server } from "./fixtures";

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
      codes: ["password-auth-allowed"],
    },
    { title: "server without administrator or parameter", resources: [server()], codes: ["no-entra-admin", "password-auth-allowed"] },
    {
      title: "server with administrator and aad_auth_only=OFF",
      resources: [server(), administrator(), parameter("aad_auth_only", "OFF")],
      codes: ["password-auth-allowed"],
    },
    {
      title: "server without administrator next to a server whose aad_auth_only is computed",
      resources: [server(), parameter("aad_auth_only", "ON"), OTHER_MYSQL.server(), OTHER_MYSQL.parameter("aad_auth_only", UNKNOWN.string)],
      codes: ["no-entra-admin"],
      undecided: ["my-other"],
    },
    {
      title: "administrator of another server",
      resources: [server(), literalAdministrator("my-other"), parameter("aad_auth_only", "ON")],
      codes: ["no-entra-admin"],
    },
    {
      title: "deployed administrator of another server",
      resources: [
        deployedServer(),
        deployedAdministrator(SERVER_ID.replace("my-app", "my-other")),
        deployedParameter("aad_auth_only", "ON"),
      ],
      codes: ["no-entra-admin"],
    },
  ],
  notApplicable: [{ title: "stack without MySQL servers", resources: [administrator()], reason: "The stack has no MySQL flexible server" }],
  unknown: [
    {
      title: "aad_auth_only value computed",
      resources: [server(), administrator(), parameter("aad_auth_only", UNKNOWN.string)],
      undecided: ["my"],
    },
    { title: "administrator serverName computed, no dependency recorded", resources: [server(), literalAdministrator(UNKNOWN.string)] },
  ],
});
