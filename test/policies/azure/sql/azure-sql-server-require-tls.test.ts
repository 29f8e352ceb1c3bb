import rule from "../../../../policies/azure/sql/azure-sql-server-require-tls";
import { canary, describeRule, UNKNOWN } from "../../../support/rules";
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
      codes: ["tls-below-1-2"],
    },
    {
      title: "server with minimalTlsVersion=1.0",
      resources: [server({ minimalTlsVersion: "1.0" })],
      codes: ["tls-below-1-2"],
    },
    {
      title: "server with minimalTlsVersion=None",
      resources: [server({ minimalTlsVersion: "None" })],
      codes: ["tls-below-1-2"],
    },
    {
      title: "server with minimalTlsVersion=1.1",
      resources: [server({ minimalTlsVersion: "1.1" })],
      codes: ["tls-below-1-2"],
      levels: ["mandatory"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "server whose minimalTlsVersion is computed", resources: [server({ minimalTlsVersion: UNKNOWN.string })] }],
});
