import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { ChildIndex, parameterValue, serverParameters } from "../support/child-index";

function onOff(value: string): string {
  const shown = shownValue(value, ["ON", "OFF"]);
  return shown === undefined ? "a `value` that is neither ON nor OFF" : `\`value\` ${shown}`;
}

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
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.mysqlServer]);
    if (servers.length === 0) return notApplicable("The stack has no MySQL flexible server");
    // An administrator names its server by `serverName` (a child of the server's id when deployed).
    const servedBy = new ChildIndex(index, [AZURE.mysqlServer], [{ property: "serverName", attribute: "serverName" }]);
    const administrators = servedBy.group(index, [AZURE.mysqlAzureADAdministrator]);
    const parameters = serverParameters(index, [AZURE.mysqlServer], [AZURE.mysqlConfiguration]);
    const violations: StackViolation[] = [];
    for (const server of servers) {
      if (!administrators.has(server.urn)) {
        violations.push({
          resource: server,
          subject: "administrator",
          actual: "The server has no Entra ID administrator: no AzureADAdministrator refers to it",
          fix: "Add an `azure-native.dbformysql.AzureADAdministrator` with `serverName` set to this server.",
        });
      }
      const only = parameterValue(parameters.get(server.urn), "aad_auth_only");
      if (only?.toLowerCase() !== "on") {
        violations.push({
          resource: server,
          subject: "aad_auth_only",
          actual:
            only === undefined
              ? "The server accepts MySQL passwords: no `aad_auth_only` Configuration is set, and the default is OFF"
              : `The server accepts MySQL passwords: its \`aad_auth_only\` Configuration has ${onOff(only)}`,
          fix: 'Add a Configuration with `configurationName: "aad_auth_only"` and `value: "ON"` for the server.',
        });
      }
    }
    return violations;
  },
});
