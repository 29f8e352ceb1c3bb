import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-tls";
import { canary, describeRule, UNKNOWN } from "../../../support/rules";
import { deployedParameter, deployedServer, literalParameter, parameter, SERVER_ID, server } from "./fixtures";

describeRule(rule, {
  compliant: [
    { title: "server with no parameters (secure transport on, TLS 1.2 by default)", resources: [server()] },
    {
      title: "server with require_secure_transport=ON and ssl_min_protocol_version=TLSv1.3",
      resources: [server(), parameter("require_secure_transport", "ON"), parameter("ssl_min_protocol_version", "TLSv1.3")],
    },
    {
      title: "require_secure_transport=off on another server (literal names)",
      resources: [server(), literalParameter("require_secure_transport", "off", "pg-other")],
    },
    {
      title: "deployed server with TLSv1.2",
      resources: [
        deployedServer(),
        deployedParameter("require_secure_transport", "on"),
        deployedParameter("ssl_min_protocol_version", "TLSv1.2"),
      ],
    },
  ],
  violating: [
    {
      title: "ssl_min_protocol_version set to a secret that is no TLS version",
      resources: [server(), parameter("ssl_min_protocol_version", canary("TLSv1.2"))],
      problems: [
        "The server accepts TLS older than 1.2: its `ssl_min_protocol_version` Configuration has a `value` that is not a recognised TLS version",
      ],
    },
    {
      title: "require_secure_transport=off (preview)",
      resources: [server(), parameter("require_secure_transport", "off")],
      problems: ['The server accepts unencrypted connections: its `require_secure_transport` Configuration has `value` "off"'],
    },
    {
      title: "require_secure_transport=OFF written with literal names in another case",
      resources: [server(), literalParameter("Require_Secure_Transport", "OFF", "PG-APP")],
      problems: ['The server accepts unencrypted connections: its `require_secure_transport` Configuration has `value` "OFF"'],
    },
    {
      title: "ssl_min_protocol_version=TLSv1.1",
      resources: [server(), parameter("ssl_min_protocol_version", "TLSv1.1")],
      problems: ['The server accepts TLS older than 1.2: its `ssl_min_protocol_version` Configuration has `value` "TLSv1.1"'],
    },
    {
      title: "deployed server with both problems",
      resources: [
        deployedServer(),
        deployedParameter("require_secure_transport", "off"),
        deployedParameter("ssl_min_protocol_version", "TLSv1"),
      ],
      problems: [
        'The server accepts unencrypted connections: its `require_secure_transport` Configuration has `value` "off"',
        'The server accepts TLS older than 1.2: its `ssl_min_protocol_version` Configuration has `value` "TLSv1"',
      ],
    },
    {
      title: "deployed parameter nested under an upper-cased server id",
      resources: [deployedServer(), deployedParameter("require_secure_transport", "off", SERVER_ID.toUpperCase())],
      problems: ['The server accepts unencrypted connections: its `require_secure_transport` Configuration has `value` "off"'],
    },
  ],
  notApplicable: [
    {
      title: "stack without PostgreSQL servers",
      resources: [parameter("require_secure_transport", "off")],
      reason: "The stack has no PostgreSQL flexible server",
    },
  ],
  unknown: [
    { title: "require_secure_transport value computed", resources: [server(), parameter("require_secure_transport", UNKNOWN.string)] },
    { title: "ssl_min_protocol_version value computed", resources: [server(), parameter("ssl_min_protocol_version", UNKNOWN.string)] },
  ],
});
