import rule from "../../../../policies/azure/web/azure-web-app-require-https";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const app = (props: Record<string, unknown>, siteConfig: Record<string, unknown> = {}, type: string = AZURE.webApp) =>
  resource(type, "web", {
    resourceGroupName: "rg-app",
    httpsOnly: true,
    siteConfig: { minTlsVersion: "1.2", ftpsState: "Disabled", ...siteConfig },
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "app with httpsOnly, TLS 1.2 and FTP disabled", resources: [app({})] },
    {
      title: "slot with FtpsOnly and default TLS",
      resources: [app({}, { minTlsVersion: undefined, ftpsState: "FtpsOnly" }, AZURE.webAppSlot)],
    },
  ],
  violating: [
    {
      title: "app with a secret ftpsState that is no FTPS state",
      resources: [app({}, { ftpsState: canary("FtpsOnly") })],
      codes: ["ftp-allowed"],
    },
    {
      title: "app with httpsOnly unset",
      resources: [app({ httpsOnly: undefined })],
      codes: ["http-allowed"],
    },
    {
      title: "app with TLS 1.0 and FTP allowed",
      resources: [app({ httpsOnly: false }, { minTlsVersion: "1.0", ftpsState: "AllAllowed" })],
      codes: ["http-allowed", "tls-below-1-2", "ftp-allowed"],
    },
    {
      title: "app with ftpsState unset",
      resources: [app({}, { ftpsState: undefined })],
      codes: ["ftp-allowed"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "httpsOnly computed", resources: [app({ httpsOnly: UNKNOWN.boolean })] }],
});
