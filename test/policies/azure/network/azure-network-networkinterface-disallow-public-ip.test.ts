import rule from "../../../../policies/azure/network/azure-network-networkinterface-disallow-public-ip";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, OWNER, resource, UNKNOWN } from "../../../support/rules";

const SUBNET = { id: "/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app" };
const PUBLIC_IP = { id: "/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Network/publicIPAddresses/vm-ip" };
const nic = (ipConfigurations: unknown, props: Record<string, unknown> = {}) =>
  resource(AZURE.networkInterface, "vm-nic", { resourceGroupName: "rg-app", ipConfigurations, ...props });

describeRule(rule, {
  compliant: [
    { title: "interface with a private IP only", resources: [nic([{ name: "ipconfig1", subnet: SUBNET }])] },
    { title: "interface without IP configurations", resources: [nic(undefined)] },
  ],
  violating: [
    {
      title: "interface whose second IP configuration binds a public IP",
      resources: [
        nic([
          { name: "ipconfig1", subnet: SUBNET },
          { name: "ipconfig2", subnet: SUBNET, publicIPAddress: PUBLIC_IP },
        ]),
      ],
      codes: ["public-ip"],
    },
  ],
  notApplicable: [
    {
      title: "bastion host tagged tier=public",
      resources: [nic([{ name: "ipconfig1", subnet: SUBNET, publicIPAddress: PUBLIC_IP }], { tags: { owner: OWNER, tier: "public" } })],
      reason: "The network interface is tagged as a deliberately public tier",
    },
  ],
  unknown: [
    {
      title: "interface whose public IP is computed",
      resources: [nic([{ name: "ipconfig1", subnet: SUBNET, publicIPAddress: UNKNOWN.object }])],
    },
  ],
});
