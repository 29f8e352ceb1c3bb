import type { SubnetArgs } from "@pulumi/aws/ec2";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { PUBLIC_TIER_OPTIONS, type PublicTierConfig, publicIpViolations } from "../support/exposure";

type Subnet = Pick<SubnetArgs, "mapPublicIpOnLaunch">;

export default defineRule<PublicTierConfig>({
  name: "aws-ec2-subnet-disallow-public-ip-on-launch",
  displayName: "Subnets do not give instances public IP addresses",
  description: "No subnet sets `mapPublicIpOnLaunch` to true, unless it is tagged as a public tier.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.ec2Subnet],
  remediation:
    "Set `mapPublicIpOnLaunch: false` (the default) and give internet-facing load balancers or NAT gateways their own subnets tagged as the public tier.",
  why: "every instance launched into the subnet gets an address reachable from the internet unless it opts out",
  controls: { nist: ["SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["EC2.15"] },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "public-ip": "`mapPublicIpOnLaunch` is true and the subnet is not tagged as a public tier" },
  check(subnet, ctx) {
    // SDK (ec2.Subnet `mapPublicIpOnLaunch`): "Default is `false`".
    const { mapPublicIpOnLaunch } = subnet.props as Subnet;
    return mapPublicIpOnLaunch === true
      ? publicIpViolations(subnet, "mapPublicIpOnLaunch", "Each instance launched into the subnet gets", ctx.config)
      : [];
  },
});
