import type { NetworkInterfaceArgs } from "@pulumi/azure-native/network";
import { isPublicTier, PUBLIC_TIER_OPTIONS, type PublicTierConfig } from "../../core/public-tier";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Nic = Pick<NetworkInterfaceArgs, "ipConfigurations">;

export default defineRule<PublicTierConfig>({
  name: "azure-network-networkinterface-disallow-public-ip",
  displayName: "Network interfaces outside the public tier have no public IP address",
  description: "No network interface that is not tagged as a public tier binds a public IP address (`ipConfigurations[].publicIPAddress`).",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AZURE.networkInterface],
  remediation:
    "Remove `publicIPAddress` from the interface's IP configurations and reach the machine through Azure Bastion, a load balancer or a NAT gateway; tag a deliberately public host with the public-tier tag (`tier: public` by default).",
  why: "the machine is directly addressable from the internet, so any open port or flaw on it is exposed",
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    mcsb: ["NS-1"],
    azurePolicy: ["83a86a26-fd1f-447c-b59d-e51f44264114"],
  },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "public-ip": "an IP configuration binds a public IP address" },
  check(nic, ctx) {
    if (isPublicTier(nic, ctx.config)) return notApplicable("The network interface is tagged as a deliberately public tier");
    const { ipConfigurations } = nic.props as Nic;
    if (!Array.isArray(ipConfigurations)) return [];
    const out: Violation[] = [];
    ipConfigurations.forEach((configuration, i) => {
      // SDK (NetworkInterfaceIPConfigurationArgs.publicIPAddress): "Public IP address bound to the IP configuration".
      if (!isRecord(configuration) || !isRecord(configuration["publicIPAddress"])) return;
      const subject = `ipConfigurations[${i}]`;
      out.push({ code: "public-ip", subject, actual: `\`${subject}\` binds a public IP address (\`publicIPAddress\`)` });
    });
    return out;
  },
});
