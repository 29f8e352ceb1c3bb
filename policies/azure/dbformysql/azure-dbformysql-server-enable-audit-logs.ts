import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { parameterValue, serverParameters } from "../support/child-index";

function onOff(value: string): string {
  const shown = shownValue(value, ["ON", "OFF"]);
  return shown === undefined ? "a `value` that is neither ON nor OFF" : `\`value\` ${shown}`;
}

export default defineStackRule({
  name: "azure-dbformysql-server-enable-audit-logs",
  displayName: "MySQL flexible servers write audit logs",
  description: 'Every MySQL flexible server has an `audit_log_enabled` Configuration with `value` "ON".',
  duty: "logging",
  severity: "medium",
  resourceTypes: [AZURE.mysqlServer, AZURE.mysqlConfiguration],
  remediation:
    'Add an `azure-native.dbformysql.Configuration` for the server with `configurationName: "audit_log_enabled"`, `value: "ON"` and `source: "user-override"`.',
  why: "sign-ins, privilege changes and data changes leave no trail to investigate",
  controls: { nist: ["AU-2", "AU-12"], mcsb: ["LT-3"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.mysqlServer]);
    if (servers.length === 0) return notApplicable("The stack has no MySQL flexible server");
    const parameters = serverParameters(index, [AZURE.mysqlServer], [AZURE.mysqlConfiguration]);
    const violations: StackViolation[] = [];
    for (const server of servers) {
      const enabled = parameterValue(parameters.get(server.urn), "audit_log_enabled");
      if (enabled?.toLowerCase() === "on") continue;
      violations.push({
        resource: server,
        actual:
          enabled === undefined
            ? "The server writes no audit log: no `audit_log_enabled` Configuration is set, and the default is OFF"
            : `The server writes no audit log: its \`audit_log_enabled\` Configuration has ${onOff(enabled)}`,
      });
    }
    return violations;
  },
});
