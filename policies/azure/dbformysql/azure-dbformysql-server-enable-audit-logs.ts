import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { parameterValue } from "../support/child-index";
import { judgeFlexibleServers, MYSQL_FLEXIBLE, onOffClause } from "../support/flexible-server";

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
  problems: { "audit-log-off": '`audit_log_enabled` is not "ON" (unset, it is OFF)' },
  checkStack(resources) {
    return judgeFlexibleServers(StackIndex.of(resources), MYSQL_FLEXIBLE, (_server, own) => {
      const enabled = parameterValue(own, "audit_log_enabled");
      if (enabled?.toLowerCase() === "on") return [];
      return [
        {
          code: "audit-log-off",
          actual:
            enabled === undefined
              ? "The server writes no audit log: no `audit_log_enabled` Configuration is set, and the default is OFF"
              : `The server writes no audit log: its \`audit_log_enabled\` Configuration has ${onOffClause(enabled)}`,
        },
      ];
    });
  },
});
