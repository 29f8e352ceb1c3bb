import type { ServiceArgs } from "@pulumi/aws/ecs";
import { isRecord } from "../../core/resource";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { PUBLIC_TIER_OPTIONS, type PublicTierConfig, publicIpViolations } from "../support/exposure";

type Service = Pick<ServiceArgs, "networkConfiguration">;

export default defineRule<PublicTierConfig>({
  name: "aws-ecs-service-disallow-public-ip",
  displayName: "ECS services do not give their tasks public IP addresses",
  description: "No ECS service sets `networkConfiguration.assignPublicIp` to true, unless it is tagged as a public tier.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.ecsService],
  remediation:
    "Set `networkConfiguration.assignPublicIp: false` (the default), run tasks in private subnets with a NAT gateway or VPC endpoints, and put a load balancer in front.",
  why: "each task's network interface can be reached from the internet wherever its security group lets traffic in",
  controls: { nist: ["SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["ECS.2"] },
  options: PUBLIC_TIER_OPTIONS,
  problems: { "public-ip": "`networkConfiguration.assignPublicIp` is true and the service is not tagged as a public tier" },
  check(service, ctx) {
    // SDK (ecs ServiceNetworkConfiguration `assignPublicIp`): "Default `false`".
    const { networkConfiguration } = service.props as Service;
    if (!isRecord(networkConfiguration) || networkConfiguration["assignPublicIp"] !== true) return [];
    return publicIpViolations(service, "networkConfiguration.assignPublicIp", "Each task of the service gets", ctx.config);
  },
});
