import type { WebAppArgs } from "@pulumi/azure-native/web";
import { isPublicTier, PUBLIC_TIER_OPTIONS, type PublicTierConfig } from "../../core/public-tier";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type WebApp = Pick<WebAppArgs, "publicNetworkAccess" | "siteConfig">;

export default defineRule<PublicTierConfig>({
  name: "azure-web-app-disallow-public-network-access",
  displayName: "Web apps outside the public tier are not open to every network",
  description:
    'Every web app not tagged as a public tier sets `publicNetworkAccess: "Disabled"` or denies unmatched traffic with `siteConfig.ipSecurityRestrictionsDefaultAction: "Deny"`.',
  duty: "network-exposure",
  severity: "low",
  resourceTypes: [AZURE.webApp],
  remediation:
    'Set `publicNetworkAccess: "Disabled"` on the web app and reach it through a private endpoint, or set `siteConfig: { ipSecurityRestrictionsDefaultAction: "Deny", ipSecurityRestrictions: [...] }`; tag a deliberately public front end with the public-tier tag (`tier: public` by default).',
  why: "an internal app is reachable from the whole internet, so any flaw in it or its sign-in is exposed",
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    mcsb: ["NS-2"],
    azurePolicy: ["1b5ef780-c53c-4a64-87f3-bb9c8c8094ba"],
  },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "public-network-access": "the web app accepts traffic from any network" },
  check(app, ctx) {
    if (isPublicTier(app, ctx.config)) return notApplicable("The web app is tagged as a deliberately public tier");
    const { publicNetworkAccess, siteConfig } = app.props as WebApp;
    // SDK: publicNetworkAccess "Allowed Values: 'Enabled', 'Disabled' or an empty string"; only
    // Disabled blocks public traffic (learn.microsoft.com/azure/app-service/overview-access-restrictions).
    if (typeof publicNetworkAccess === "string" && publicNetworkAccess.toLowerCase() === "disabled") return pass;
    // SDK enum web.DefaultAction (Allow, Deny): "Default action for main access restriction if no
    // rules are matched"; unset allows (same page).
    const defaultAction = isRecord(siteConfig) ? siteConfig["ipSecurityRestrictionsDefaultAction"] : undefined;
    if (typeof defaultAction === "string" && defaultAction.toLowerCase() === "deny") return pass;
    return fail(
      "The web app accepts traffic from any network: `publicNetworkAccess` is not Disabled and `siteConfig.ipSecurityRestrictionsDefaultAction` is not Deny",
      { code: "public-network-access" },
    );
  },
});
