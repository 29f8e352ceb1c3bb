import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { valueClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Account = Pick<DatabaseAccountArgs, "minimalTlsVersion">;

export default defineRule({
  name: "azure-cosmosdb-account-require-tls",
  displayName: "Cosmos DB accounts accept only TLS 1.2",
  description: "Every Cosmos DB account keeps `minimalTlsVersion` at Tls12 (the default when unset).",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.cosmosDbAccount],
  remediation: 'Set `minimalTlsVersion: "Tls12"` on the Cosmos DB account (or leave it unset).',
  why: "clients can connect with TLS versions that have known weaknesses",
  controls: { nist: ["SC-8"], mcsb: ["DP-3"] },
  problems: { "tls-below-1-2": "the account accepts TLS older than 1.2" },
  check(account) {
    const { minimalTlsVersion } = account.props as Account;
    // SDK: "The default value is Tls 1.2" (enum Tls, Tls11, Tls12).
    if (minimalTlsVersion === undefined || minimalTlsVersion === "Tls12") return pass;
    return fail(
      `The account accepts TLS older than 1.2: \`minimalTlsVersion\` ${valueClause(minimalTlsVersion, ["Tls", "Tls11", "Tls12"], "TLS version")}`,
      { code: "tls-below-1-2" },
    );
  },
});
