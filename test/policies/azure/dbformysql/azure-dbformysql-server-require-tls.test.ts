import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-tls";
import { describeRule, secret, UNKNOWN } from "../../../support/rules";
import { deployedParameter, deployedServer, literalParameter, parameter, server } from "./fixtures";

describeRule(rule, {
  compliant: [
    { title: "server with no parameters (secure transport ON by default)", resources: [server()] },
    {
      title: "server with require_secure_transport=ON and tls_version=TLSv1.2,TLSv1.3",
      resources: [server(), parameter("require_secure_transport", "ON"), parameter("tls_version", "TLSv1.2,TLSv1.3")],
    },
    {
      title: "require_secure_transport=OFF on another server (literal names)",
      resources: [server(), literalParameter("require_secure_transport", "OFF", "my-other")],
    },
    { title: "deployed server with tls_version=TLSv1.3", resources: [deployedServer(), deployedParameter("tls_version", "TLSv1.3")] },
  ],
  violating: [
    {
      title: "tls_version listing TLSv1.1 and a secret that is no TLS version",
      resources: [server(), parameter("tls_version", secret("TLSv1.1,canary-9c41"))],
      problems: [
        'The server accepts TLS older than 1.2: its `tls_version` Configuration lists "TLSv1.1", a value that is not a recognised TLS version',
      ],
    },
    {
      title: "require_secure_transport=OFF (preview)",
      resources: [server(), parameter("require_secure_transport", "OFF")],
      problems: ['The server accepts unencrypted connections: its `require_secure_transport` Configuration has `value` "OFF"'],
    },
    {
      title: "tls_version=TLSv1.1,TLSv1.2 written with literal names",
      resources: [server(), literalParameter("tls_version", "TLSv1.1,TLSv1.2", "MY-APP")],
      problems: ['The server accepts TLS older than 1.2: its `tls_version` Configuration lists "TLSv1.1"'],
    },
    {
      title: "deployed server with secure transport off and TLS 1.0",
      resources: [
        deployedServer(),
        deployedParameter("require_secure_transport", "off"),
        deployedParameter("tls_version", "TLSv1, TLSv1.1"),
      ],
      problems: [
        'The server accepts unencrypted connections: its `require_secure_transport` Configuration has `value` "off"',
        'The server accepts TLS older than 1.2: its `tls_version` Configuration lists "TLSv1", "TLSv1.1"',
      ],
    },
  ],
  notApplicable: [
    {
      title: "stack without MySQL servers",
      resources: [parameter("require_secure_transport", "OFF")],
      reason: "The stack has no MySQL flexible server",
    },
  ],
  unknown: [
    { title: "require_secure_transport value computed", resources: [server(), parameter("require_secure_transport", UNKNOWN.string)] },
    { title: "tls_version value computed", resources: [server(), parameter("tls_version", UNKNOWN.string)] },
  ],
});
