import rule from "../../../../policies/azure/sql/azure-sql-server-disallow-leaver-admin";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const SAM = "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03";
const DIEGO = "c3e1a9b7-52d4-4f0a-8e6b-71d2c5f4a830";
const GROUP = "0b1d2c3e-4f50-4617-8293-a4b5c6d7e8f9";
const sqlServer = (administrators: Record<string, unknown> | undefined) =>
  resource(AZURE.sqlServer, "sql", { resourceGroupName: "rg-app", ...(administrators ? { administrators } : {}) });
const instance = (administrators: Record<string, unknown>) =>
  resource(AZURE.sqlManagedInstance, "mi", { resourceGroupName: "rg-app", administrators });
const sidLogin = (type: string, name: string, sid: unknown, login: string, extra: Record<string, unknown> = {}) =>
  resource(type, name, { resourceGroupName: "rg-app", administratorType: "ActiveDirectory", sid, login, ...extra });
const pg = (objectId: unknown, principalType: string, principalName: string) =>
  resource(AZURE.postgresAdministrator, "pg-admin", {
    resourceGroupName: "rg-app",
    serverName: "pg",
    objectId,
    principalType,
    principalName,
  });

describeRule(rule, {
  compliant: [
    { title: "SQL server whose admin is a group", resources: [sqlServer({ principalType: "Group", sid: GROUP, login: "dba-group" })] },
    {
      title: "managed instance administered by an active person",
      resources: [instance({ principalType: "User", sid: DIEGO, login: "diego.alvarez@northwind.example" })],
    },
    {
      title: "server AD administrator that is an active person",
      resources: [sidLogin(AZURE.sqlServerAzureADAdministrator, "ad", DIEGO, "diego", { serverName: "sql" })],
    },
    {
      title: "managed instance administrator that is a group",
      resources: [sidLogin(AZURE.sqlManagedInstanceAdministrator, "mia", GROUP, "dbas", { managedInstanceName: "mi" })],
    },
    {
      title: "Synapse admin that is a group",
      resources: [sidLogin(AZURE.synapseWorkspaceAadAdmin, "syn", GROUP, "dbas", { workspaceName: "ws" })],
    },
    { title: "PostgreSQL admin that is an active person", resources: [pg(DIEGO, "user", "diego.alvarez@northwind.example")] },
    {
      title: "MySQL admin that is a group",
      resources: [sidLogin(AZURE.mysqlAzureADAdministrator, "my", GROUP, "dbas", { serverName: "my" })],
    },
  ],
  violating: [
    {
      title: "SQL server administered by a departed person (sid and login, one finding)",
      resources: [sqlServer({ principalType: "User", sid: SAM, login: "sam.oconnor@northwind.example" })],
      codes: ["departed-identity"],
    },
    {
      title: "MySQL admin whose login is a departed person's UPN",
      resources: [
        sidLogin(AZURE.mysqlAzureADAdministrator, "my", "99999999-8888-4777-8666-555555555555", "sam.oconnor@northwind.example", {
          serverName: "my",
        }),
      ],
      codes: ["departed-identity"],
    },
    {
      title: "Synapse admin that is a departed person",
      resources: [sidLogin(AZURE.synapseWorkspaceAadAdmin, "syn", SAM, "sam", { workspaceName: "ws" })],
      codes: ["departed-identity"],
    },
    {
      title: "PostgreSQL admin that is a user nobody claims",
      resources: [pg("7e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b", "user", "temp.dba@contoso.example")],
      codes: ["unclaimed-identity"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [
    {
      title: "SQL server without an Entra administrator",
      resources: [sqlServer(undefined)],
      reason: "The resource names no Entra administrator",
    },
  ],
  unknown: [
    {
      title: "server AD administrator whose sid is a new user's",
      resources: [sidLogin(AZURE.sqlServerAzureADAdministrator, "ad", UNKNOWN.string, "x", { serverName: "sql" })],
    },
  ],
});
