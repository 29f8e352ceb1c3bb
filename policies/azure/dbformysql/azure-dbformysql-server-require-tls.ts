import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { parameterValue, serverParameters } from "../support/child-index";

const MODERN_TLS = new Set(["tlsv1.2", "tlsv1.3"]);
const OLD_TLS = ["TLSv1", "TLSv1.1"];

export default defineStackRule({
  name: "azure-dbformysql-server-require-tls",
  displayName: "MySQL flexible servers require TLS 1.2 or later",
  description:
    "No MySQL flexible server turns `require_secure_transport` OFF, and `tls_version`, when set, lists only TLSv1.2 and TLSv1.3.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.mysqlServer, AZURE.mysqlConfiguration],
  remediation:
    'Remove the `require_secure_transport` Configuration or set its `value: "ON"`, and set `tls_version` to `value: "TLSv1.2,TLSv1.3"` (or leave it unset).',
  why: "queries, results and passwords can cross the network unencrypted or under broken TLS versions",
  controls: { nist: ["SC-8"], mcsb: ["DP-3"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.mysqlServer]);
    if (servers.length === 0) return notApplicable("The stack has no MySQL flexible server");
    const parameters = serverParameters(index, [AZURE.mysqlServer], [AZURE.mysqlConfiguration]);
    const violations: StackViolation[] = [];
    for (const server of servers) {
      const own = parameters.get(server.urn);
      // Flexible servers default to `require_secure_transport` ON and `tls_version` TLS 1.2 and later
      // (learn.microsoft.com/azure/mysql/flexible-server/concepts-networking, "TLS and SSL"), so only
      // a parameter that lowers them fails.
      const secure = parameterValue(own, "require_secure_transport");
      if (secure?.toLowerCase() === "off") {
        violations.push({
          resource: server,
          subject: "require_secure_transport",
          actual: `The server accepts unencrypted connections: its \`require_secure_transport\` Configuration has \`value\` ${marked(JSON.stringify(secure))}`,
          fix: 'Set `value: "ON"` on the `require_secure_transport` Configuration (or remove it).',
        });
      }
      const versions = parameterValue(own, "tls_version");
      const old = versions
        ?.split(",")
        .map((version) => version.trim())
        .filter((version) => version !== "" && !MODERN_TLS.has(version.toLowerCase()));
      if (old !== undefined && old.length > 0) {
        const named = old.flatMap((version) => shownValue(version, OLD_TLS) ?? []);
        const listed = named.length < old.length ? [...named, "a value that is not a recognised TLS version"] : named;
        violations.push({
          resource: server,
          subject: "tls_version",
          actual: `The server accepts TLS older than 1.2: its \`tls_version\` Configuration lists ${listed.join(", ")}`,
          fix: 'Set `value: "TLSv1.2,TLSv1.3"` (or "TLSv1.2") on the `tls_version` Configuration.',
        });
      }
    }
    return violations;
  },
});
