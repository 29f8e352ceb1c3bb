import rule from "../../../../policies/azure/web/azure-web-app-require-https";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["The app accepts plain FTP: `siteConfig.ftpsState` is not a recognised FTPS state"],
    },
    {
      title: "app with httpsOnly unset",
      resources: [app({ httpsOnly: undefined })],
      problems: ["The app accepts plain HTTP: `httpsOnly` is not set, and App Service then serves HTTP"],
    },
    {
      title: "app with TLS 1.0 and FTP allowed",
      resources: [app({ httpsOnly: false }, { minTlsVersion: "1.0", ftpsState: "AllAllowed" })],
      problems: [
        "The app accepts plain HTTP: `httpsOnly` is false",
        'The app accepts TLS older than 1.2: `siteConfig.minTlsVersion` is "1.0"',
        'The app accepts plain FTP: `siteConfig.ftpsState` is "AllAllowed"',
      ],
    },
    {
      title: "app with ftpsState unset",
      resources: [app({}, { ftpsState: undefined })],
      problems: ["The app accepts plain FTP: `siteConfig.ftpsState` is not set, and App Service then allows AllAllowed"],
    },
  ],
  notApplicable: [
    {
      title: "app where the map puts transit encryption on the provider's side",
      resources: [app({ httpsOnly: false })],
      map: mapWithScope("encryption-in-transit", {
        provider: "azure",
        resourceTypes: ["azure-native:web:*"],
        side: "provider",
        note: "Front Door terminates TLS.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "httpsOnly computed", resources: [app({ httpsOnly: UNKNOWN.boolean })] }],
});
