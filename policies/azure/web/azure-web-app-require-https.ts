import type { WebAppArgs } from "@pulumi/azure-native/web";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";

type WebApp = Pick<WebAppArgs, "httpsOnly" | "siteConfig">;

const OLD_TLS = new Set(["1.0", "1.1"]);

export default defineRule({
  name: "azure-web-app-require-https",
  displayName: "Web apps accept only HTTPS and FTPS",
  description:
    'Every web app (and slot) sets `httpsOnly` to true, keeps `siteConfig.minTlsVersion` at 1.2 or later and sets `siteConfig.ftpsState` to "FtpsOnly" or "Disabled".',
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AZURE.webApp, AZURE.webAppSlot],
  remediation: 'Set `httpsOnly: true` and `siteConfig: { minTlsVersion: "1.2", ftpsState: "Disabled" }` on the web app.',
  why: "requests, session cookies and deployment credentials can cross the network readable by anyone on the path",
  controls: {
    nist: ["SC-8"],
    pciDss: ["4.2.1"],
    mcsb: ["DP-3", "NS-8"],
    cis: ["Azure 3.0 9.1", "Azure 3.0 9.3", "Azure 3.0 9.4"],
    azurePolicy: ["a4af4a39-4135-47fb-b175-47fbdf85311d", "f0e6e85b-9b9f-4a4b-b67b-f730d42f1b0b", "4d24b6d4-5e53-4a4f-a7f4-618fa573ee4b"],
  },
  problems: {
    "http-allowed": "the app accepts plain HTTP",
    "tls-below-1-2": "the app accepts TLS older than 1.2",
    "ftp-allowed": "the app accepts plain FTP",
  },
  check(app) {
    const { httpsOnly, siteConfig } = app.props as WebApp;
    const config: Record<string, unknown> = isRecord(siteConfig) ? siteConfig : {};
    const violations: Violation[] = [];
    // SDK: "HttpsOnly: configures a web site to accept only https requests"; App Service serves HTTP unless it is true.
    if (httpsOnly !== true) {
      violations.push({
        code: "http-allowed",
        subject: "httpsOnly",
        actual:
          httpsOnly === undefined
            ? "The app accepts plain HTTP: `httpsOnly` is not set, and App Service then serves HTTP"
            : "The app accepts plain HTTP: `httpsOnly` is false",
        fix: "Set `httpsOnly: true`.",
      });
    }
    // App Service defaults minTlsVersion to 1.2 (learn.microsoft.com/azure/app-service/overview-tls).
    const minTls = config["minTlsVersion"];
    if (typeof minTls === "string" && OLD_TLS.has(minTls)) {
      violations.push({
        code: "tls-below-1-2",
        subject: "minTlsVersion",
        actual: `The app accepts TLS older than 1.2: \`siteConfig.minTlsVersion\` is ${quoted(minTls)}`,
        fix: 'Set `siteConfig.minTlsVersion: "1.2"`.',
      });
    }
    const ftps = config["ftpsState"];
    // App Service allows plain FTP (AllAllowed) unless told otherwise
    // (learn.microsoft.com/azure/app-service/deploy-ftp, "Enforce FTPS").
    if (ftps !== "FtpsOnly" && ftps !== "Disabled") {
      violations.push({
        code: "ftp-allowed",
        subject: "ftpsState",
        actual:
          ftps === undefined
            ? "The app accepts plain FTP: `siteConfig.ftpsState` is not set, and App Service then allows AllAllowed"
            : `The app accepts plain FTP: \`siteConfig.ftpsState\` ${valueClause(ftps, ["AllAllowed", "FtpsOnly", "Disabled"], "FTPS state")}`,
        fix: 'Set `siteConfig.ftpsState: "Disabled"` (or "FtpsOnly").',
      });
    }
    return violations;
  },
});
