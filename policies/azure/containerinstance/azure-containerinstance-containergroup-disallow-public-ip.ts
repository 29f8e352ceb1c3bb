import type { ContainerGroupArgs } from "@pulumi/azure-native/containerinstance";
import { isPublicTier, PUBLIC_TIER_OPTIONS, type PublicTierConfig } from "../../core/public-tier";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type ContainerGroup = Pick<ContainerGroupArgs, "ipAddress">;

export default defineRule<PublicTierConfig>({
  name: "azure-containerinstance-containergroup-disallow-public-ip",
  displayName: "Container groups outside the public tier have no public IP address",
  description:
    'Every container group not tagged as a public tier has no `ipAddress` or sets `ipAddress.type: "Private"` (in a virtual network).',
  duty: "network-exposure",
  severity: "low",
  resourceTypes: [AZURE.containerGroup],
  remediation:
    'Set `ipAddress.type: "Private"` with `subnetIds` on the container group, or tag a deliberately public service with the public-tier tag (`tier: public` by default).',
  why: "the containers' ports are reachable from the internet, so any flaw in them is exposed",
  controls: { nist: ["SC-7"], pciDss: ["1.3.1"], iso27001: ["A.8.20"], mcsb: ["NS-2"] },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "public-ip": "the container group has a public IP address" },
  check(group, ctx) {
    if (isPublicTier(group, ctx.config)) return notApplicable("The container group is tagged as a deliberately public tier");
    const { ipAddress } = group.props as ContainerGroup;
    // SDK enum containerinstance.ContainerGroupIpAddressType: Public, Private ("Specifies if the IP
    // is exposed to the public internet or private VNET"); without `ipAddress` the group has no IP.
    const type = isRecord(ipAddress) ? ipAddress["type"] : undefined;
    if (typeof type !== "string" || type.toLowerCase() !== "public") return pass;
    return fail('The container group is reachable from the internet: `ipAddress.type` is "Public"', { code: "public-ip" });
  },
});
