import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { parameterValue, serverParameters } from "../support/child-index";

const MODERN_TLS = new Set(["tlsv1.2", "tlsv1.3"]);
const TLS_VERSIONS = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

export default defineStackRule({
  name: "azure-dbforpostgresql-server-require-tls",
  displayName: "PostgreSQL flexible servers require TLS 1.2 or later",
  description:
    "No PostgreSQL flexible server turns `require_secure_transport` off, and `ssl_min_protocol_version`, when set, is TLSv1.2 or TLSv1.3.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.postgresServer, AZURE.postgresConfiguration],
  remediation:
    'Remove the `require_secure_transport` Configuration or set its `value: "on"`, and set `ssl_min_protocol_version` to `value: "TLSv1.2"` (or leave it unset).',
  why: "queries, results and passwords can cross the network unencrypted or under broken TLS versions",
  controls: { nist: ["SC-8"], mcsb: ["DP-3"], azurePolicy: ["c29c38cb-74a7-4505-9a06-e588ab86620a"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.postgresServer]);
    if (servers.length === 0) return notApplicable("The stack has no PostgreSQL flexible server");
    const parameters = serverParameters(index, [AZURE.postgresServer], [AZURE.postgresConfiguration]);
    const violations: StackViolation[] = [];
    for (const server of servers) {
      const own = parameters.get(server.urn);
      // Flexible servers default to `require_secure_transport` on and `ssl_min_protocol_version`
      // TLSv1.2 (learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls),
      // so only a parameter that lowers them fails.
      const secure = parameterValue(own, "require_secure_transport");
      if (secure?.toLowerCase() === "off") {
        violations.push({
          resource: server,
          subject: "require_secure_transport",
          actual: `The server accepts unencrypted connections: its \`require_secure_transport\` Configuration has \`value\` ${marked(JSON.stringify(secure))}`,
          fix: 'Set `value: "on"` on the `require_secure_transport` Configuration (or remove it).',
        });
      }
      const minimum = parameterValue(own, "ssl_min_protocol_version");
      if (minimum !== undefined && !MODERN_TLS.has(minimum.toLowerCase())) {
        const shown = shownValue(minimum, TLS_VERSIONS);
        violations.push({
          resource: server,
          subject: "ssl_min_protocol_version",
          actual:
            shown === undefined
              ? "The server accepts TLS older than 1.2: its `ssl_min_protocol_version` Configuration has a `value` that is not a recognised TLS version"
              : `The server accepts TLS older than 1.2: its \`ssl_min_protocol_version\` Configuration has \`value\` ${shown}`,
          fix: 'Set `value: "TLSv1.2"` (or "TLSv1.3") on the `ssl_min_protocol_version` Configuration.',
        });
      }
    }
    return violations;
  },
});
