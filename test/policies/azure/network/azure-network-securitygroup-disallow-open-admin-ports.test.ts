import rule from "../../../../policies/azure/network/azure-network-securitygroup-disallow-open-admin-ports";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const HTTPS = {
  name: "https",
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourceAddressPrefix: "Internet",
  sourcePortRange: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "443",
};
const SSH_VPN = { ...HTTPS, name: "ssh", priority: 110, sourceAddressPrefix: "10.20.0.0/16", destinationPortRange: "22" };
const group = (...securityRules: unknown[]) => resource(AZURE.networkSecurityGroup, "web", { resourceGroupName: "rg", securityRules });
const securityRule = (props: Record<string, unknown>) =>
  resource(AZURE.networkSecurityRule, "ssh", { resourceGroupName: "rg", networkSecurityGroupName: "web", ...SSH_VPN, ...props });

describeRule(rule, {
  compliant: [
    { title: "HTTPS open to the internet and SSH from the VPN", resources: [group(HTTPS, SSH_VPN)] },
    { title: "group without security rules", resources: [group()] },
    { title: "SSH from anywhere denied", resources: [group({ ...SSH_VPN, sourceAddressPrefix: "*", access: "Deny" })] },
    {
      title: "outbound SSH to anywhere inside a group",
      resources: [group({ ...SSH_VPN, sourceAddressPrefix: "*", direction: "Outbound" })],
    },
    { title: "ICMP from the internet", resources: [group({ ...HTTPS, protocol: "Icmp", destinationPortRange: "*" })] },
    {
      title: "SSH from a list of private prefixes",
      resources: [securityRule({ sourceAddressPrefix: undefined, sourceAddressPrefixes: ["10.0.0.0/8", "192.168.1.0/24"] })],
    },
    {
      title: "web ports 80 and 443 from the internet",
      resources: [securityRule({ sourceAddressPrefix: "*", destinationPortRanges: ["80", "443"], destinationPortRange: undefined })],
    },
    {
      title: "SSH open when the admin ports are only 3389",
      resources: [securityRule({ sourceAddressPrefix: "*" })],
      config: { adminPorts: [3389] },
    },
  ],
  violating: [
    { title: "inline SSH from *", resources: [group(HTTPS, { ...SSH_VPN, sourceAddressPrefix: "*" })], codes: ["admin-port-open"] },
    {
      title: "inline RDP over UDP from Internet and every port from ::/0",
      resources: [
        group(
          { ...SSH_VPN, protocol: "Udp", sourceAddressPrefix: "Internet", destinationPortRange: "3389" },
          {
            ...SSH_VPN,
            protocol: "*",
            sourceAddressPrefix: undefined,
            sourceAddressPrefixes: ["10.0.0.0/8", "::/0"],
            destinationPortRange: "*",
          },
        ),
      ],
      codes: ["admin-port-open", "all-ports-open"],
    },
    {
      title: "SecurityRule with a range 20-25 from 0.0.0.0/0 (any case)",
      resources: [
        securityRule({
          direction: "inbound",
          access: "allow",
          protocol: "tcp",
          sourceAddressPrefix: "0.0.0.0/0",
          destinationPortRange: "20-25",
        }),
      ],
      codes: ["admin-port-open"],
    },
    {
      title: "SecurityRule with RDP in its destinationPortRanges from Any",
      resources: [
        securityRule({ sourceAddressPrefix: "Any", destinationPortRange: undefined, destinationPortRanges: ["443", "3380-3390"] }),
      ],
      codes: ["admin-port-open"],
    },
    {
      title: "SecurityRule 0-65535 from *",
      resources: [securityRule({ sourceAddressPrefix: "*", destinationPortRange: "0-65535" })],
      codes: ["all-ports-open"],
    },
  ],
  notApplicable: [
    {
      title: "outbound SecurityRule",
      resources: [securityRule({ direction: "Outbound", sourceAddressPrefix: "*" })],
      reason: "The security rule is an outbound rule",
    },
    {
      title: "deny SecurityRule",
      resources: [securityRule({ access: "Deny", sourceAddressPrefix: "*" })],
      reason: "The security rule denies traffic",
    },
  ],
  unknown: [
    { title: "inline rule whose source is computed", resources: [group({ ...SSH_VPN, sourceAddressPrefix: UNKNOWN.string })] },
    {
      title: "internet SecurityRule whose port is computed",
      resources: [securityRule({ sourceAddressPrefix: "*", destinationPortRange: UNKNOWN.string })],
    },
    { title: "SecurityRule whose direction is computed", resources: [securityRule({ direction: UNKNOWN.string })] },
  ],
});
