import rule from "../../../../policies/aws/ec2/aws-ec2-securitygroup-disallow-open-admin-ports";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const HTTPS = { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] };
const SSH_VPN = { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.20.0.0/16"] };
const group = (...ingress: unknown[]) => resource(AWS.ec2SecurityGroup, "web", { vpcId: "vpc-0abc", ingress });
const groupRule = (props: Record<string, unknown>) =>
  resource(AWS.ec2SecurityGroupRule, "ssh", { type: "ingress", securityGroupId: "sg-0abc", ...props });
const ingressRule = (props: Record<string, unknown>) =>
  resource(AWS.vpcSecurityGroupIngressRule, "ssh", { securityGroupId: "sg-0abc", ...props });

describeRule(rule, {
  compliant: [
    { title: "HTTPS open to the internet and SSH from the VPN", resources: [group(HTTPS, SSH_VPN)] },
    { title: "group without ingress", resources: [group()] },
    { title: "ICMP from anywhere", resources: [group({ protocol: "icmp", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] })] },
    {
      title: "SecurityGroupRule for HTTPS from ::/0",
      resources: [groupRule({ protocol: "tcp", fromPort: 443, toPort: 443, ipv6CidrBlocks: ["::/0"] })],
    },
    {
      title: "vpc ingress rule for SSH from a private range",
      resources: [ingressRule({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "10.0.0.0/8" })],
    },
    {
      title: "SSH open when the admin ports are only 3389",
      resources: [group({ ...SSH_VPN, cidrBlocks: ["0.0.0.0/0"] })],
      config: { adminPorts: [3389] },
    },
  ],
  violating: [
    {
      title: "inline SSH from 0.0.0.0/0",
      resources: [group(HTTPS, { ...SSH_VPN, cidrBlocks: ["0.0.0.0/0"] })],
      codes: ["admin-port-open"],
    },
    {
      title: "inline range 0-65535 from ::/0 and all traffic from 0.0.0.0/0",
      resources: [
        group(
          { protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::/0"] },
          { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] },
        ),
      ],
      codes: ["admin-port-open", "all-traffic-open"],
    },
    {
      title: "default security group with RDP from anywhere",
      resources: [
        resource(AWS.ec2DefaultSecurityGroup, "default", {
          vpcId: "vpc-0abc",
          ingress: [{ ...SSH_VPN, fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }],
        }),
      ],
      codes: ["admin-port-open"],
    },
    {
      title: "SecurityGroupRule for RDP from anywhere",
      resources: [groupRule({ protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] })],
      codes: ["admin-port-open"],
    },
    {
      title: "SecurityGroupRule with protocol all",
      resources: [groupRule({ protocol: "all", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] })],
      codes: ["all-traffic-open"],
    },
    {
      title: "vpc ingress rule -1 from ::/0",
      resources: [ingressRule({ ipProtocol: "-1", cidrIpv6: "::/0" })],
      codes: ["all-traffic-open"],
    },
    {
      title: "vpc ingress rule 20-30 over SSH",
      resources: [ingressRule({ ipProtocol: "tcp", fromPort: 20, toPort: 30, cidrIpv4: "0.0.0.0/0" })],
      codes: ["admin-port-open"],
    },
  ],
  notApplicable: [
    {
      title: "egress rule",
      resources: [groupRule({ type: "egress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })],
      reason: "The security group rule is an egress rule",
    },
    {
      title: "group where the map puts network exposure on the provider's side",
      resources: [group({ ...SSH_VPN, cidrBlocks: ["0.0.0.0/0"] })],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:ec2/*"],
        side: "provider",
        note: "A firewall manager policy owns these.",
      }),
      reason: /A firewall manager policy owns these\.$/,
    },
  ],
  unknown: [
    { title: "inline ingress whose CIDR is computed", resources: [group({ ...SSH_VPN, cidrBlocks: UNKNOWN.array })] },
    {
      title: "open ingress rule whose ports are computed",
      resources: [ingressRule({ ipProtocol: "tcp", fromPort: UNKNOWN.number, toPort: 22, cidrIpv4: "0.0.0.0/0" })],
    },
  ],
});
