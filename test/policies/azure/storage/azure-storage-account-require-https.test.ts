import { expect, it } from "vitest";
import rule from "../../../../policies/azure/storage/azure-storage-account-require-https";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN } from "../../../support/rules";

const account = (props: Record<string, unknown> = {}) =>
  resource(AZURE.storageAccount, "data", { kind: "StorageV2", enableHttpsTrafficOnly: true, minimumTlsVersion: "TLS1_2", ...props });

describeRule(rule, {
  compliant: [
    { title: "account with HTTPS only and TLS1_2", resources: [account()] },
    {
      title: "account that leaves enableHttpsTrafficOnly at its default (true)",
      resources: [account({ enableHttpsTrafficOnly: undefined })],
    },
    { title: "account with TLS1_3", resources: [account({ minimumTlsVersion: "TLS1_3" })] },
    {
      // Azure Storage refuses TLS 1.0/1.1 on every account since 2026-02-03.
      title: "account that leaves minimumTlsVersion unset (Azure enforces TLS 1.2)",
      resources: [account({ minimumTlsVersion: undefined })],
    },
    {
      title: "older versioned token of the same type",
      resources: [{ ...account(), type: "azure-native:storage/v20230101:StorageAccount" }],
    },
  ],
  violating: [
    {
      title: "account with a secret minimumTlsVersion that is no TLS version",
      resources: [account({ minimumTlsVersion: canary("TLS1_0") })],
      codes: ["tls-minimum-below-1-2"],
      levels: ["advisory"],
    },
    {
      title: "account with enableHttpsTrafficOnly=false",
      resources: [account({ enableHttpsTrafficOnly: false })],
      codes: ["http-allowed"],
      levels: ["mandatory"],
    },
    {
      title: "account with minimumTlsVersion=TLS1_0 (stale, never blocks)",
      resources: [account({ minimumTlsVersion: "TLS1_0" })],
      codes: ["tls-minimum-below-1-2"],
      levels: ["advisory"],
    },
    {
      title: "account with minimumTlsVersion=TLS1_1 and plain HTTP: two findings, one blocking",
      resources: [account({ minimumTlsVersion: "TLS1_1", enableHttpsTrafficOnly: false })],
      codes: ["http-allowed", "tls-minimum-below-1-2"],
      levels: ["mandatory", "advisory"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "account whose TLS version is computed", resources: [account({ minimumTlsVersion: UNKNOWN.string })] },
    { title: "account whose HTTPS flag is computed", resources: [account({ enableHttpsTrafficOnly: UNKNOWN.boolean })] },
  ],
});

// Azure enforces TLS 1.2 whatever the setting says: the advisory must not claim the storage account accepts old TLS.
it("says a stale TLS minimum is not honoured, not that old TLS is accepted", () => {
  const [finding] = run(rule, [account({ minimumTlsVersion: "TLS1_0" })]);
  expect(finding?.problem).toContain("which Azure no longer honours");
  expect(finding?.problem).not.toMatch(/accepts TLS/);
});
