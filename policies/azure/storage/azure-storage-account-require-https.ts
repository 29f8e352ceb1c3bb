import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { valueClause } from "../../core/message";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type StorageAccount = Pick<StorageAccountArgs, "enableHttpsTrafficOnly" | "minimumTlsVersion">;

const ACCEPTED_TLS = new Set(["TLS1_2", "TLS1_3"]);
const TLS_VERSIONS = ["TLS1_0", "TLS1_1", ...ACCEPTED_TLS];

export default defineRule({
  name: "azure-storage-account-require-https",
  displayName: "Storage accounts accept only HTTPS with TLS 1.2 or later",
  description:
    "Every storage account keeps `enableHttpsTrafficOnly` on and leaves `minimumTlsVersion` unset (Azure enforces TLS 1.2) or sets it to TLS1_2 or later.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.storageAccount],
  remediation: 'Set `enableHttpsTrafficOnly: true` and `minimumTlsVersion: "TLS1_2"` on the storage account.',
  why: "data and shared keys can cross the network readable by anyone on the path",
  controls: {
    nist: ["SC-8"],
    pciDss: ["4.2.1"],
    iso27001: ["A.8.24"],
    mcsb: ["DP-3"],
    cis: ["Azure 3.0 4.1", "Azure 3.0 4.15"],
    azurePolicy: ["404c3081-a854-4457-ae30-26a93ef643f9", "fe83a0eb-a853-422d-aac2-1bffd182c5d0"],
  },
  problems: {
    "http-allowed": "the account accepts plain HTTP",
    "tls-minimum-below-1-2": "the configured TLS minimum is below 1.2, which Azure no longer honours (advisory)",
  },
  check(account) {
    const { enableHttpsTrafficOnly, minimumTlsVersion } = account.props as StorageAccount;
    const violations: Violation[] = [];
    // SDK: "The default value is true since API version 2019-04-01": only an explicit false fails.
    if (enableHttpsTrafficOnly === false) {
      violations.push({
        code: "http-allowed",
        subject: "enableHttpsTrafficOnly",
        actual: "The storage account accepts plain HTTP: `enableHttpsTrafficOnly` is false",
        fix: "Set `enableHttpsTrafficOnly: true`.",
      });
    }
    // The SDK still says "The default interpretation is TLS 1.0", but Azure Storage refuses TLS 1.0
    // and 1.1 on every account since 2026-02-03 (learn.microsoft.com/azure/storage/common/
    // transport-layer-security-configure-minimum-version): unset means TLS 1.2 today.
    if (minimumTlsVersion !== undefined && (typeof minimumTlsVersion !== "string" || !ACCEPTED_TLS.has(minimumTlsVersion))) {
      violations.push({
        code: "tls-minimum-below-1-2",
        subject: "minimumTlsVersion",
        actual: `The storage account asks for a TLS minimum below 1.2, which Azure no longer honours: \`minimumTlsVersion\` ${valueClause(minimumTlsVersion, TLS_VERSIONS, "TLS version")}`,
        why: "the configuration misstates what the account accepts, and reviews and scanners read it as an exposure",
        fix: 'Set `minimumTlsVersion: "TLS1_2"` (or remove it).',
        // Azure enforces TLS 1.2 whatever the setting says, so this cannot weaken the account.
        advisory: true,
      });
    }
    return violations;
  },
});
