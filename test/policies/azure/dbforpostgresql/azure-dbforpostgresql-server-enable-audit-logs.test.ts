import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-enable-audit-logs";
import { describeRule, UNKNOWN } from "../../../support/rules";
import { deployedParameter, deployedServer, literalParameter, OTHER_POSTGRES, parameter, server } from "./fixtures";

const pgaudit = [parameter("shared_preload_libraries", "pg_cron, pgaudit,pg_stat_statements"), parameter("pgaudit.log", "ddl,role,write")];
const deployedPgaudit = [deployedParameter("shared_preload_libraries", "pgaudit"), deployedParameter("pgaudit.log", "all")];

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
    { title: "server without parameters", resources: [server()], codes: ["pgaudit-not-loaded", "pgaudit-logs-nothing"] },
    {
      title: "server with log_connections=off",
      resources: [server(), ...pgaudit, parameter("log_connections", "off")],
      codes: ["connections-not-logged"],
    },
    {
      title: "server with log_checkpoints=OFF, when pgaudit is not required",
      resources: [server(), parameter("log_checkpoints", "OFF")],
      config: { requirePgaudit: false },
      codes: ["checkpoints-not-logged"],
    },
    {
      title: "server with pgaudit.log=none and libraries without pgaudit",
      resources: [server(), parameter("shared_preload_libraries", "pg_cron,pg_stat_statements"), parameter("pgaudit.log", "none")],
      codes: ["pgaudit-not-loaded", "pgaudit-logs-nothing"],
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
      codes: ["pgaudit-not-loaded"],
    },
    {
      title: "log_connections=off next to a server whose shared_preload_libraries is computed",
      resources: [
        server(),
        ...pgaudit,
        parameter("log_connections", "off"),
        OTHER_POSTGRES.server(),
        OTHER_POSTGRES.parameter("shared_preload_libraries", UNKNOWN.string),
      ],
      codes: ["connections-not-logged"],
      undecided: ["pg-other"],
    },
  ],
  notApplicable: [
    { title: "stack without PostgreSQL servers", resources: [...pgaudit], reason: "The stack has no PostgreSQL flexible server" },
  ],
  unknown: [
    {
      title: "shared_preload_libraries computed",
      resources: [server(), parameter("shared_preload_libraries", UNKNOWN.string), parameter("pgaudit.log", "all")],
      undecided: ["pg"],
    },
    {
      title: "log_connections computed",
      resources: [server(), ...pgaudit, parameter("log_connections", UNKNOWN.string)],
      undecided: ["pg"],
    },
  ],
});
