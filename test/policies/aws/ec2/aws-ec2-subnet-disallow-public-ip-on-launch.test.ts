import rule from "../../../../policies/aws/ec2/aws-ec2-subnet-disallow-public-ip-on-launch";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const subnet = (props: Record<string, unknown> = {}) =>
  resource(AWS.ec2Subnet, "app-a", { vpcId: "vpc-0abc", cidrBlock: "10.0.1.0/24", ...props });

describeRule(rule, {
  compliant: [
    { title: "subnet leaving mapPublicIpOnLaunch unset (default false)", resources: [subnet()] },
    { title: "subnet with mapPublicIpOnLaunch=false", resources: [subnet({ mapPublicIpOnLaunch: false })] },
    { title: "public subnet tagged tier=public", resources: [subnet({ mapPublicIpOnLaunch: true, tags: { tier: "public" } })] },
  ],
  violating: [
    { title: "subnet with mapPublicIpOnLaunch=true", resources: [subnet({ mapPublicIpOnLaunch: true })], codes: ["public-ip"] },
    {
      title: "public subnet tagged tier=public when another tag marks the public tier",
      resources: [subnet({ mapPublicIpOnLaunch: true, tags: { tier: "public" } })],
      config: { publicTierTagKey: "network-zone", publicTierTagValue: "edge" },
      codes: ["public-ip"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "subnet whose mapPublicIpOnLaunch is computed", resources: [subnet({ mapPublicIpOnLaunch: UNKNOWN.boolean })] }],
});
