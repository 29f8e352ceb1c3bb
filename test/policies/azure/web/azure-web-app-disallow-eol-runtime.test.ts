import rule from "../../../../policies/azure/web/azure-web-app-disallow-eol-runtime";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW).
const app = (siteConfig: unknown, kind = "app,linux") =>
  resource(AZURE.webApp, "shop", { resourceGroupName: "rg-app", serverFarmId: "/subscriptions/0/plan", kind, siteConfig });
const slot = (siteConfig: unknown) => resource(AZURE.webAppSlot, "shop-staging", { resourceGroupName: "rg-app", name: "shop", siteConfig });
const settings = (properties: unknown) =>
  resource(AZURE.webAppApplicationSettings, "shop-settings", { resourceGroupName: "rg-app", name: "shop", properties });
const slotSettings = (properties: unknown) =>
  resource(AZURE.webAppApplicationSettingsSlot, "shop-staging-settings", {
    resourceGroupName: "rg-app",
    name: "shop",
    slot: "staging",
    properties,
  });

describeRule(rule, {
  compliant: [
    { title: "Linux app on Python 3.12", resources: [app({ linuxFxVersion: "PYTHON|3.12" })] },
    { title: "Linux app on Node 22 LTS", resources: [app({ linuxFxVersion: "NODE|22-lts" })] },
    { title: "container app (DOCKER|...)", resources: [app({ linuxFxVersion: "DOCKER|nginx:latest" })] },
    { title: "Windows app on .NET Framework 4.8", resources: [app({ netFrameworkVersion: "v4.0" }, "app")] },
    { title: "Windows app on .NET 10", resources: [app({ netFrameworkVersion: "v10.0" }, "app")] },
    { title: "app without siteConfig", resources: [app(undefined)] },
    {
      title: "Flex Consumption function app on Python 3.12",
      resources: [
        resource(AZURE.webApp, "fn", {
          resourceGroupName: "rg-app",
          kind: "functionapp,linux",
          functionAppConfig: { runtime: { name: "python", version: "3.12" } },
        }),
      ],
    },
    { title: "slot on PHP 8.3", resources: [slot({ linuxFxVersion: "PHP|8.3" })] },
    {
      title: "function app settings on ~4",
      resources: [settings({ FUNCTIONS_EXTENSION_VERSION: "~4", FUNCTIONS_WORKER_RUNTIME: "node" })],
    },
    { title: "slot settings on ~4", resources: [slotSettings({ FUNCTIONS_EXTENSION_VERSION: "~4" })] },
    {
      title: "EOL runtime accepted by the allowedRuntimes option",
      resources: [app({ linuxFxVersion: "PYTHON|3.9" })],
      config: { allowedRuntimes: ["Python 3.9"] },
    },
  ],
  violating: [
    { title: "Linux app on Python 3.8", resources: [app({ linuxFxVersion: "PYTHON|3.8" })], codes: ["eol-runtime-unconfirmed"] },
    { title: "Linux app on Node 18 LTS", resources: [app({ linuxFxVersion: "NODE|18-lts" })], codes: ["eol-runtime-unconfirmed"] },
    { title: "Linux app on .NET 6", resources: [app({ linuxFxVersion: "DOTNETCORE|6.0" })], codes: ["eol-runtime-unconfirmed"] },
    {
      title: "isolated function app on .NET 8 (ended 2026-11-10)",
      resources: [app({ linuxFxVersion: "DOTNET-ISOLATED|8.0" }, "functionapp,linux")],
      codes: ["eol-runtime-unconfirmed"],
    },
    {
      title: "Windows app on PHP 8.0 and Node ~16",
      resources: [app({ phpVersion: "8.0", nodeVersion: "~16" }, "app")],
      codes: ["eol-runtime-unconfirmed", "eol-runtime-unconfirmed"],
    },
    {
      title: "Flex Consumption function app on dotnet-isolated 6",
      resources: [
        resource(AZURE.webApp, "fn", {
          resourceGroupName: "rg-app",
          kind: "functionapp,linux",
          functionAppConfig: { runtime: { name: "dotnet-isolated", version: "6" } },
        }),
      ],
      codes: ["eol-runtime-unconfirmed"],
    },
    { title: "slot on PowerShell 7.2", resources: [slot({ powerShellVersion: "7.2" })], codes: ["eol-runtime-unconfirmed"] },
    {
      title: "function app settings on ~3 with Windows Node ~14",
      resources: [settings({ FUNCTIONS_EXTENSION_VERSION: "~3", WEBSITE_NODE_DEFAULT_VERSION: "~14" })],
      codes: ["eol-runtime-unconfirmed", "eol-runtime-unconfirmed"],
    },
    { title: "slot settings on ~2", resources: [slotSettings({ FUNCTIONS_EXTENSION_VERSION: "~2" })], codes: ["eol-runtime-unconfirmed"] },
    {
      title: "the message names the runtime, the field and the date",
      resources: [app({ linuxFxVersion: "PYTHON|3.8" })],
      problems: [
        "The app runs Python 3.8 (`siteConfig.linuxFxVersion`), whose language runtime support (App Service follows the community's end of life) ended on 2024-10-07 (date unconfirmed)",
      ],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "linuxFxVersion computed", resources: [app({ linuxFxVersion: UNKNOWN.string })] },
    { title: "app settings computed", resources: [settings(UNKNOWN.object)] },
  ],
});
