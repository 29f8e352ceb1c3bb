import type { ServerArgs } from "@pulumi/azure-native/sql";
import { valueClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Server = Pick<ServerArgs, "minimalTlsVersion">;

const ACCEPTED = new Set(["1.2", "1.3"]);
const VERSIONS = ["None", "1.0", "1.1", ...ACCEPTED];

export default defineRule({
  name: "azure-sql-server-require-tls",
  displayName: "SQL servers accept only TLS 1.2 or later",
  description:
    "Every Azure SQL logical server leaves `minimalTlsVersion` unset (Azure then requires 1.2) or sets it to 1.2 or later, never None, 1.0 or 1.1.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.sqlServer],
  remediation: 'Set `minimalTlsVersion: "1.2"` on the SQL server.',
  why: "clients can connect with TLS versions that have known weaknesses",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], mcsb: ["DP-3", "IM-4"], azurePolicy: ["32e6bbec-16b6-44c2-be37-c5b672d103cf"] },
  problems: { "tls-below-1-2": "the server accepts TLS older than 1.2" },
  check(server) {
    const { minimalTlsVersion } = server.props as Server;
    // The SDK gives no default ("Allowed values: 'None', 1.0', '1.1', '1.2', '1.3'"). Azure SQL
    // refuses 1.0/1.1 for servers created since 2025-08-31 and a blank minimum means 1.2 (Azure SQL
    // blog, 2026-04-06, techcommunity.microsoft.com/t5/azure-sql-blog/ba-p/4508933); an explicit
    // 'None', '1.0' or '1.1' is still accepted on older servers and asks for weak TLS.
    if (minimalTlsVersion === undefined) return pass;
    if (typeof minimalTlsVersion === "string" && ACCEPTED.has(minimalTlsVersion)) return pass;
    return fail(`The server accepts TLS older than 1.2: \`minimalTlsVersion\` ${valueClause(minimalTlsVersion, VERSIONS, "TLS version")}`, {
      code: "tls-below-1-2",
    });
  },
});
