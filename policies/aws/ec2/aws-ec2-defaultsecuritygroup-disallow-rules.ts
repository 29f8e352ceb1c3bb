import type { DefaultSecurityGroupArgs } from "@pulumi/aws/ec2";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type DefaultGroup = Pick<DefaultSecurityGroupArgs, "ingress" | "egress">;

export default defineRule({
  name: "aws-ec2-defaultsecuritygroup-disallow-rules",
  displayName: "The default security group allows no traffic",
  description: "Every managed default security group declares no `ingress` and no `egress` rules, so it allows no traffic.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.ec2DefaultSecurityGroup],
  remediation:
    "Declare the `aws.ec2.DefaultSecurityGroup` with no `ingress` and no `egress` (the provider then removes every rule), and give workloads their own security groups.",
  why: "anything launched without a security group of its own lands in the default group and gets its rules",
  controls: { nist: ["SC-7"], pciDss: ["1.3.1"], iso27001: ["A.8.20"], cis: ["AWS 3.0 5.4", "AWS 4.0 5.5"], securityHub: ["EC2.2"] },
  problems: {
    "default-ingress": "the default security group allows inbound traffic",
    "default-egress": "the default security group allows outbound traffic",
  },
  check(group) {
    // SDK: when the provider starts managing the default group it "immediately removes all ingress
    // and egress rules" and creates only those declared, so an empty list allows nothing.
    const { ingress, egress } = group.props as DefaultGroup;
    const out: Violation[] = [];
    if (Array.isArray(ingress) && ingress.length > 0) {
      out.push({
        code: "default-ingress",
        subject: "ingress",
        actual: `The default security group declares ${ingress.length} \`ingress\` rule(s)`,
        fix: "Remove `ingress`.",
      });
    }
    if (Array.isArray(egress) && egress.length > 0) {
      out.push({
        code: "default-egress",
        subject: "egress",
        actual: `The default security group declares ${egress.length} \`egress\` rule(s)`,
        fix: "Remove `egress`.",
      });
    }
    return out;
  },
});
