import { StackIndex } from "../../core/joins";
import { defineStackRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { ChildIndex, parameterValue } from "../support/child-index";
import { judgeFlexibleServers, MYSQL_FLEXIBLE, onOffClause } from "../support/flexible-server";

// MySQL flexible servers take Entra ID sign-in from an AzureADAdministrator child and refuse
// passwords only under the `aad_auth_only` server parameter (PostgreSQL says both in `authConfig`,
// so its rule is a resource rule of its own).
export default defineStackRule({
  name: "azure-dbformysql-server-require-entra-auth",
  displayName: "MySQL flexible servers accept only Entra ID authentication",
  description: 'Every MySQL flexible server has an AzureADAdministrator and an `aad_auth_only` Configuration with `value` "ON".',
  duty: "mfa",
  severity: "high",
  resourceTypes: [AZURE.mysqlServer, AZURE.mysqlAzureADAdministrator, AZURE.mysqlConfiguration],
  remediation:
    'Add an `azure-native.dbformysql.AzureADAdministrator` for the server (`administratorType: "ActiveDirectory"`, `login`, `sid`, `tenantId`, `identityResourceId`) and a Configuration with `configurationName: "aad_auth_only"` and `value: "ON"`.',
  why: "database passwords bypass Entra ID, so neither MFA nor conditional access applies to them",
  controls: { nist: ["IA-2"], mcsb: ["IM-1"], azurePolicy: ["40e85574-ef33-47e8-a854-7a65c7500560"] },
  problems: {
    "no-entra-admin": "no AzureADAdministrator refers to the server",
    "password-auth-allowed": '`aad_auth_only` is not "ON" (unset, it is OFF), so the server accepts passwords',
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // An administrator names its server by `serverName` (a child of the server's id when deployed).
    const servedBy = new ChildIndex(index, [AZURE.mysqlServer], [{ property: "serverName", attribute: "serverName" }]);
    const administrators = servedBy.group(index, [AZURE.mysqlAzureADAdministrator]);
    return judgeFlexibleServers(index, MYSQL_FLEXIBLE, (server, own) => {
      const violations: Violation[] = [];
      if (!administrators.has(server.urn)) {
        violations.push({
          code: "no-entra-admin",
          subject: "administrator",
          actual: "The server has no Entra ID administrator: no AzureADAdministrator refers to it",
          fix: "Add an `azure-native.dbformysql.AzureADAdministrator` with `serverName` set to this server.",
        });
      }
      const only = parameterValue(own, "aad_auth_only");
      if (only?.toLowerCase() !== "on") {
        violations.push({
          code: "password-auth-allowed",
          subject: "aad_auth_only",
          actual:
            only === undefined
              ? "The server accepts MySQL passwords: no `aad_auth_only` Configuration is set, and the default is OFF"
              : `The server accepts MySQL passwords: its \`aad_auth_only\` Configuration has ${onOffClause(only)}`,
          fix: 'Add a Configuration with `configurationName: "aad_auth_only"` and `value: "ON"` for the server.',
        });
      }
      return violations;
    });
  },
});
