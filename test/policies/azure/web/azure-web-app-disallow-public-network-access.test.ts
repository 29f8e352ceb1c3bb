import rule from "../../../../policies/azure/web/azure-web-app-disallow-public-network-access";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, OWNER, resource, UNKNOWN } from "../../../support/rules";

const app = (props: Record<string, unknown>) =>
  resource(AZURE.webApp, "api", { resourceGroupName: "rg-app", httpsOnly: true, publicNetworkAccess: "Disabled", ...props });

describeRule(rule, {
  compliant: [
    { title: "app with publicNetworkAccess=Disabled", resources: [app({})] },
    {
      title: "app that denies unmatched traffic",
      resources: [app({ publicNetworkAccess: "Enabled", siteConfig: { ipSecurityRestrictionsDefaultAction: "Deny" } })],
    },
  ],
  violating: [
    {
      title: "app with publicNetworkAccess and access restrictions unset",
      resources: [app({ publicNetworkAccess: undefined })],
      codes: ["public-network-access"],
    },
    {
      title: "app with publicNetworkAccess=Enabled and default action Allow",
      resources: [app({ publicNetworkAccess: "Enabled", siteConfig: { ipSecurityRestrictionsDefaultAction: "Allow" } })],
      codes: ["public-network-access"],
    },
  ],
  notApplicable: [
    {
      title: "public front end tagged tier=public",
      resources: [app({ publicNetworkAccess: undefined, tags: { owner: OWNER, tier: "Public" } })],
      reason: "The web app is tagged as a deliberately public tier",
    },
  ],
  unknown: [
    { title: "app whose publicNetworkAccess is computed", resources: [app({ publicNetworkAccess: UNKNOWN.string })] },
    {
      title: "public app whose default action is computed",
      resources: [app({ publicNetworkAccess: "Enabled", siteConfig: { ipSecurityRestrictionsDefaultAction: UNKNOWN.string } })],
    },
  ],
});
