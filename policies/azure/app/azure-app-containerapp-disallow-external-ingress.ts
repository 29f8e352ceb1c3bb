import type { ContainerAppArgs } from "@pulumi/azure-native/app";
import { isPublicTier, PUBLIC_TIER_OPTIONS, type PublicTierConfig } from "../../core/public-tier";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type ContainerApp = Pick<ContainerAppArgs, "configuration">;

export default defineRule<PublicTierConfig>({
  name: "azure-app-containerapp-disallow-external-ingress",
  displayName: "Container apps outside the public tier have no external ingress",
  description:
    "Every container app not tagged as a public tier leaves `configuration.ingress.external` unset or false, so only its environment's network reaches it.",
  duty: "network-exposure",
  severity: "low",
  resourceTypes: [AZURE.containerApp],
  remediation:
    "Set `configuration.ingress.external: false` on the container app, or tag a deliberately public front end with the public-tier tag (`tier: public` by default).",
  why: "an internal service is reachable from the internet, so any flaw in it is exposed",
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    mcsb: ["NS-2"],
    azurePolicy: ["783ea2a8-b8fd-46be-896a-9ae79643a0b1"],
  },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "external-ingress": "the container app exposes an external HTTP endpoint" },
  check(app, ctx) {
    if (isPublicTier(app, ctx.config)) return notApplicable("The container app is tagged as a deliberately public tier");
    const { configuration } = app.props as ContainerApp;
    const ingress = isRecord(configuration) ? configuration["ingress"] : undefined;
    // SDK (app.IngressArgs.external): "Bool indicating if app exposes an external http endpoint";
    // unset is false (learn.microsoft.com/azure/container-apps/ingress-overview).
    if (!isRecord(ingress) || ingress["external"] !== true) return pass;
    return fail("The container app exposes an external HTTP endpoint: `configuration.ingress.external` is true", {
      code: "external-ingress",
    });
  },
});
