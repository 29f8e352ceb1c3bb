import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-enable-audit-logs";
import { describeRule, UNKNOWN } from "../../../support/rules";
import { deployedParameter, deployedServer, literalParameter, parameter, server } from "./fixtures";

const pgaudit = [parameter("shared_preload_libraries", "pg_cron, pgaudit,pg_stat_statements"), parameter("pgaudit.log", "ddl,role,write")];
const deployedPgaudit = [deployedParameter("shared_preload_libraries", "pgaudit"), deployedParameter("pgaudit.log", "all")];

const NO_LIBRARY = "The server does not load pgaudit: no `shared_preload_libraries` Configuration is set, and the default list omits it";
const NO_CLASSES = 'The server audits no statement classes: no `pgaudit.log` Configuration is set, and the default is "none"';

describeRule(rule, {
  compliant: [
    { title: "server loading pgaudit with default connection and checkpoint logging", resources: [server(), ...pgaudit] },
    {
      title: "server with log_connections=on written with literal names",
      resources: [
        server(),
        literalParameter("log_connections", "on"),
        literalParameter("shared_preload_libraries", "PGAUDIT"),
        literalParameter("pgaudit.log", "write"),
      ],
    },
    { title: "server without pgaudit when pgaudit is not required", resources: [server()], config: { requirePgaudit: false } },
    {
      title: "deployed server loading pgaudit",
      resources: [deployedServer(), ...deployedPgaudit, deployedParameter("log_checkpoints", "on")],
    },
  ],
  violating: [
    { title: "server without parameters", resources: [server()], problems: [NO_LIBRARY, NO_CLASSES] },
    {
      title: "server with log_connections=off",
      resources: [server(), ...pgaudit, parameter("log_connections", "off")],
      problems: ['The server does not log connections: its `log_connections` Configuration has `value` "off"'],
    },
    {
      title: "server with log_checkpoints=OFF, when pgaudit is not required",
      resources: [server(), parameter("log_checkpoints", "OFF")],
      config: { requirePgaudit: false },
      problems: ['The server does not log checkpoints: its `log_checkpoints` Configuration has `value` "OFF"'],
    },
    {
      title: "server with pgaudit.log=none and libraries without pgaudit",
      resources: [server(), parameter("shared_preload_libraries", "pg_cron,pg_stat_statements"), parameter("pgaudit.log", "none")],
      problems: [
        "The server does not load pgaudit: its `shared_preload_libraries` Configuration does not list pgaudit",
        'The server audits no statement classes: its `pgaudit.log` Configuration has `value` "none"',
      ],
    },
    {
      title: "deployed server with pgaudit parameters for another server",
      resources: [
        deployedServer(),
        deployedParameter(
          "shared_preload_libraries",
          "pgaudit",
          "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-other",
        ),
        deployedParameter("pgaudit.log", "all"),
      ],
      problems: [NO_LIBRARY],
    },
  ],
  notApplicable: [
    { title: "stack without PostgreSQL servers", resources: [...pgaudit], reason: "The stack has no PostgreSQL flexible server" },
  ],
  unknown: [
    {
      title: "shared_preload_libraries computed",
      resources: [server(), parameter("shared_preload_libraries", UNKNOWN.string), parameter("pgaudit.log", "all")],
    },
    { title: "log_connections computed", resources: [server(), ...pgaudit, parameter("log_connections", UNKNOWN.string)] },
  ],
});
