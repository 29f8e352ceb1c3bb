import rule from "../../../../policies/aws/ec2/aws-ec2-defaultsecuritygroup-disallow-rules";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const SELF = { protocol: "-1", self: true, fromPort: 0, toPort: 0 };
const ALL_OUT = { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] };
const group = (props: Record<string, unknown> = {}) => resource(AWS.ec2DefaultSecurityGroup, "default", { vpcId: "vpc-0abc", ...props });

describeRule(rule, {
  compliant: [
    { title: "default group with no rules", resources: [group()] },
    { title: "default group with empty rule lists", resources: [group({ ingress: [], egress: [] })] },
  ],
  violating: [
    {
      title: "default group keeping AWS's own rules",
      resources: [group({ ingress: [SELF], egress: [ALL_OUT] })],
      codes: ["default-ingress", "default-egress"],
    },
    { title: "default group with egress only", resources: [group({ egress: [ALL_OUT] })], codes: ["default-egress"] },
  ],
  notApplicable: [
    {
      title: "default group where the map puts network exposure on the provider's side",
      resources: [group({ ingress: [SELF] })],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:ec2/*"],
        side: "provider",
        note: "The landing zone owns VPCs.",
      }),
      reason: /The landing zone owns VPCs\.$/,
    },
  ],
  unknown: [{ title: "default group whose ingress is computed", resources: [group({ ingress: UNKNOWN.array })] }],
});
