import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-enable-audit-logs";
import { canary, describeRule, UNKNOWN } from "../../../support/rules";
import { deployedParameter, deployedServer, literalParameter, OTHER_MYSQL, parameter, SERVER_ID, server } from "./fixtures";

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
      codes: ["audit-log-off"],
    },
    { title: "server without parameters", resources: [server()], codes: ["audit-log-off"] },
    {
      title: "server with audit_log_enabled=OFF",
      resources: [server(), parameter("audit_log_enabled", "OFF")],
      codes: ["audit-log-off"],
    },
    {
      title: "audit_log_enabled=OFF next to a server whose audit_log_enabled is computed",
      resources: [
        server(),
        parameter("audit_log_enabled", "OFF"),
        OTHER_MYSQL.server(),
        OTHER_MYSQL.parameter("audit_log_enabled", UNKNOWN.string),
      ],
      codes: ["audit-log-off"],
      undecided: ["my-other"],
    },
    {
      title: "deployed parameter of another server",
      resources: [deployedServer(), deployedParameter("audit_log_enabled", "ON", SERVER_ID.replace("my-app", "my-other"))],
      codes: ["audit-log-off"],
    },
  ],
  notApplicable: [
    {
      title: "stack without MySQL servers",
      resources: [parameter("audit_log_enabled", "ON")],
      reason: "The stack has no MySQL flexible server",
    },
  ],
  unknown: [
    { title: "audit_log_enabled value computed", resources: [server(), parameter("audit_log_enabled", UNKNOWN.string)], undecided: ["my"] },
  ],
});
