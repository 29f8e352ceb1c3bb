import rule from "../../../../policies/azure/sql/azure-sql-server-require-tls";
import { canary, describeRule, mapWithScope, UNKNOWN } from "../../../support/rules";
import { server } from "./fixtures";

describeRule(rule, {
  compliant: [
    { title: "server with minimalTlsVersion=1.2", resources: [server()] },
    { title: "server with minimalTlsVersion=1.3", resources: [server({ minimalTlsVersion: "1.3" })] },
    // Since 2025-08-31 a blank minimum means TLS 1.2 on Azure SQL.
    { title: "server with minimalTlsVersion unset", resources: [server({ minimalTlsVersion: undefined })] },
  ],
  violating: [
    {
      title: "server with a secret minimalTlsVersion that is no TLS version",
      resources: [server({ minimalTlsVersion: canary("1.2") })],
      problems: ["The server accepts TLS older than 1.2: `minimalTlsVersion` is not a recognised TLS version"],
    },
    {
      title: "server with minimalTlsVersion=1.0",
      resources: [server({ minimalTlsVersion: "1.0" })],
      problems: ['The server accepts TLS older than 1.2: `minimalTlsVersion` is "1.0"'],
    },
    {
      title: "server with minimalTlsVersion=None",
      resources: [server({ minimalTlsVersion: "None" })],
      problems: ['The server accepts TLS older than 1.2: `minimalTlsVersion` is "None"'],
    },
    {
      title: "server with minimalTlsVersion=1.1",
      resources: [server({ minimalTlsVersion: "1.1" })],
      problems: ['The server accepts TLS older than 1.2: `minimalTlsVersion` is "1.1"'],
      levels: ["mandatory"],
    },
  ],
  notApplicable: [
    {
      title: "server where the map puts transit encryption on the provider's side",
      resources: [server({ minimalTlsVersion: "1.0" })],
      map: mapWithScope("encryption-in-transit", {
        provider: "azure",
        resourceTypes: ["azure-native:sql:*"],
        side: "provider",
        note: "A gateway enforces TLS.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "server whose minimalTlsVersion is computed", resources: [server({ minimalTlsVersion: UNKNOWN.string })] }],
});
