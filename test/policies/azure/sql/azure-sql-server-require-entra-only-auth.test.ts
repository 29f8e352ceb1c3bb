import rule from "../../../../policies/azure/sql/azure-sql-server-require-entra-only-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, UNKNOWN } from "../../../support/rules";
import { deployedServer, deployedServerChild, otherServer, SERVER_ID, server, serverChild } from "./fixtures";

const entraAdmin = {
  administratorType: "ActiveDirectory",
  login: "sql-admins",
  sid: "00000000-0000-0000-0000-000000000001",
  azureADOnlyAuthentication: true,
};
const onlyAuth = (value: unknown) =>
  serverChild(AZURE.sqlServerAzureADOnlyAuthentication, "sql-entra-only", { azureADOnlyAuthentication: value });
const admin = serverChild(AZURE.sqlServerAzureADAdministrator, "sql-admin", {
  login: "sql-admins",
  sid: "00000000-0000-0000-0000-000000000001",
});

describeRule(rule, {
  compliant: [
    { title: "server with an inline Entra admin and azureADOnlyAuthentication=true", resources: [server({ administrators: entraAdmin })] },
    { title: "server with admin and Entra-only siblings (preview)", resources: [server(), admin, onlyAuth(true)] },
    {
      title: "deployed server with siblings joined by their ids (outputs carry no names)",
      resources: [
        deployedServer(),
        deployedServerChild(AZURE.sqlServerAzureADAdministrator, "administrators/ActiveDirectory", {
          login: "sql-admins",
          sid: "00000000-0000-0000-0000-000000000001",
        }),
        deployedServerChild(AZURE.sqlServerAzureADOnlyAuthentication, "azureADOnlyAuthentications/Default", {
          azureADOnlyAuthentication: true,
        }),
      ],
    },
  ],
  violating: [
    {
      title: "server with SQL login only, an explicit failure next to a server whose administrators are computed",
      resources: [server({ administratorLogin: "sqladmin" }), otherServer({ administrators: UNKNOWN.object })],
      codes: ["no-entra-admin", "sql-logins-accepted"],
      undecided: ["sql2"],
    },
    {
      title: "server with SQL login only",
      resources: [server({ administratorLogin: "sqladmin" })],
      codes: ["no-entra-admin", "sql-logins-accepted"],
    },
    {
      title: "server with an Entra admin but azureADOnlyAuthentication=false",
      resources: [server({ administrators: { ...entraAdmin, azureADOnlyAuthentication: false } })],
      codes: ["sql-logins-accepted"],
    },
    {
      title: "Entra-only sibling set to false overrides the inline flag",
      resources: [server({ administrators: entraAdmin }), onlyAuth(false)],
      codes: ["sql-logins-accepted"],
    },
    {
      title: "deployed siblings in another resource group do not count",
      resources: [
        deployedServer({ administrators: undefined }),
        deployedServerChild(
          AZURE.sqlServerAzureADOnlyAuthentication,
          "azureADOnlyAuthentications/Default",
          { azureADOnlyAuthentication: true },
          SERVER_ID.replace("rg-app", "rg-other"),
        ),
      ],
      codes: ["no-entra-admin", "sql-logins-accepted"],
    },
  ],
  notApplicable: [{ title: "stack without SQL servers", resources: [], reason: "The stack has no SQL server" }],
  unknown: [
    { title: "Entra-only flag computed", resources: [server(), admin, onlyAuth(UNKNOWN.boolean)], undecided: ["sql"] },
    { title: "inline administrators computed", resources: [server({ administrators: UNKNOWN.object })], undecided: ["sql"] },
  ],
});
