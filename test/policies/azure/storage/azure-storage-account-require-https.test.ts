import rule from "../../../../policies/azure/storage/azure-storage-account-require-https";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: [
        "The storage account asks for a TLS minimum below 1.2, which Azure no longer honours: `minimumTlsVersion` is not a recognised TLS version",
      ],
      levels: ["advisory"],
    },
    {
      title: "account with enableHttpsTrafficOnly=false",
      resources: [account({ enableHttpsTrafficOnly: false })],
      problems: ["The storage account accepts plain HTTP: `enableHttpsTrafficOnly` is false"],
      levels: ["mandatory"],
    },
    {
      title: "account with minimumTlsVersion=TLS1_0 (stale, never blocks)",
      resources: [account({ minimumTlsVersion: "TLS1_0" })],
      problems: ['The storage account asks for a TLS minimum below 1.2, which Azure no longer honours: `minimumTlsVersion` is "TLS1_0"'],
      levels: ["advisory"],
    },
    {
      title: "account with minimumTlsVersion=TLS1_1 and plain HTTP: two findings, one blocking",
      resources: [account({ minimumTlsVersion: "TLS1_1", enableHttpsTrafficOnly: false })],
      problems: [
        "The storage account accepts plain HTTP: `enableHttpsTrafficOnly` is false",
        'The storage account asks for a TLS minimum below 1.2, which Azure no longer honours: `minimumTlsVersion` is "TLS1_1"',
      ],
      levels: ["mandatory", "advisory"],
    },
  ],
  notApplicable: [
    {
      title: "account where the map puts transit encryption on the provider's side",
      resources: [account({ enableHttpsTrafficOnly: false })],
      map: mapWithScope("encryption-in-transit", {
        provider: "azure",
        side: "provider",
        note: "All Azure traffic is carried over a private peering that the provider encrypts.",
      }),
      reason:
        "The responsibility map puts encryption in transit for azure-native:storage:StorageAccount on the provider's side: All Azure traffic is carried over a private peering that the provider encrypts.",
    },
  ],
  unknown: [
    { title: "account whose TLS version is computed", resources: [account({ minimumTlsVersion: UNKNOWN.string })] },
    { title: "account whose HTTPS flag is computed", resources: [account({ enableHttpsTrafficOnly: UNKNOWN.boolean })] },
  ],
});
