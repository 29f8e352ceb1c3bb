import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-enable-audit-logs";
import { canary, describeRule, UNKNOWN } from "../../../support/rules";
import { deployedParameter, deployedServer, literalParameter, parameter, SERVER_ID, server } from "./fixtures";

const NOT_SET = "The server writes no audit log: no `audit_log_enabled` Configuration is set, and the default is OFF";

describeRule(rule, {
  compliant: [
    { title: "server with audit_log_enabled=ON", resources: [server(), parameter("audit_log_enabled", "ON")] },
    {
      title: "audit_log_enabled=on written with literal names",
      resources: [server(), literalParameter("audit_log_enabled", "on", "My-App")],
    },
    { title: "deployed server with audit_log_enabled=ON", resources: [deployedServer(), deployedParameter("audit_log_enabled", "ON")] },
  ],
  violating: [
    {
      title: "server with audit_log_enabled set to a secret that is neither ON nor OFF",
      resources: [server(), parameter("audit_log_enabled", canary("ON"))],
      problems: ["The server writes no audit log: its `audit_log_enabled` Configuration has a `value` that is neither ON nor OFF"],
    },
    { title: "server without parameters", resources: [server()], problems: [NOT_SET] },
    {
      title: "server with audit_log_enabled=OFF",
      resources: [server(), parameter("audit_log_enabled", "OFF")],
      problems: ['The server writes no audit log: its `audit_log_enabled` Configuration has `value` "OFF"'],
    },
    {
      title: "deployed parameter of another server",
      resources: [deployedServer(), deployedParameter("audit_log_enabled", "ON", SERVER_ID.replace("my-app", "my-other"))],
      problems: [NOT_SET],
    },
  ],
  notApplicable: [
    {
      title: "stack without MySQL servers",
      resources: [parameter("audit_log_enabled", "ON")],
      reason: "The stack has no MySQL flexible server",
    },
  ],
  unknown: [{ title: "audit_log_enabled value computed", resources: [server(), parameter("audit_log_enabled", UNKNOWN.string)] }],
});
