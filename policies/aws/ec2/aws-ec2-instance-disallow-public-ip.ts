import type { InstanceArgs, LaunchTemplateArgs } from "@pulumi/aws/ec2";
import { appendAll } from "../../core/arrays";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { PUBLIC_TIER_OPTIONS, type PublicTierConfig, publicIpViolations } from "../support/exposure";

type Instance = Pick<InstanceArgs, "associatePublicIpAddress">;
type LaunchTemplate = Pick<LaunchTemplateArgs, "networkInterfaces">;

export default defineRule<PublicTierConfig>({
  name: "aws-ec2-instance-disallow-public-ip",
  displayName: "EC2 instances and launch templates do not ask for public IP addresses",
  description:
    'No EC2 instance sets `associatePublicIpAddress` to true and no launch template network interface sets `associatePublicIpAddress` to "true", unless the resource is tagged as a public tier.',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.ec2Instance, AWS.ec2LaunchTemplate],
  remediation:
    'Set `associatePublicIpAddress: false` (launch templates: `networkInterfaces[].associatePublicIpAddress: "false"`) and reach instances through a load balancer or SSM Session Manager, or tag a deliberate public tier.',
  why: "an instance with a public address can be reached from the internet wherever a security group rule lets traffic in",
  controls: { nist: ["SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["EC2.9", "EC2.25"] },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "public-ip": "`associatePublicIpAddress` is true and the resource is not tagged as a public tier" },
  check(resource, ctx) {
    if (resource.type === AWS.ec2Instance) {
      // SDK (ec2.Instance `associatePublicIpAddress`, boolean, no default: unset leaves it to the subnet).
      const { associatePublicIpAddress } = resource.props as Instance;
      return associatePublicIpAddress === true
        ? publicIpViolations(resource, "associatePublicIpAddress", "The instance gets", ctx.config)
        : [];
    }
    // SDK (LaunchTemplateNetworkInterface `associatePublicIpAddress`): a string, "Boolean value, can be left unset".
    const { networkInterfaces } = resource.props as LaunchTemplate;
    const violations: Violation[] = [];
    if (!Array.isArray(networkInterfaces)) return violations;
    networkInterfaces.forEach((nic, i) => {
      const value = isRecord(nic) ? nic["associatePublicIpAddress"] : undefined;
      if (typeof value !== "string" || value.trim().toLowerCase() !== "true") return;
      appendAll(
        violations,
        publicIpViolations(
          resource,
          `networkInterfaces[${i}].associatePublicIpAddress`,
          "Each instance launched from the template gets",
          ctx.config,
        ),
      );
    });
    return violations;
  },
});
