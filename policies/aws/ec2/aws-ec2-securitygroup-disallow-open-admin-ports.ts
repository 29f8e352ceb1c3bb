import type { SecurityGroupArgs, SecurityGroupRuleArgs } from "@pulumi/aws/ec2";
import type { SecurityGroupIngressRuleArgs } from "@pulumi/aws/vpc";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ADMIN_PORTS_OPTION, type Ingress, inlineIngress, type Opening, openingOf, openingText } from "../support/exposure";

type Group = Pick<SecurityGroupArgs, "ingress">;
type GroupRule = Pick<SecurityGroupRuleArgs, "type" | "protocol" | "fromPort" | "toPort" | "cidrBlocks" | "ipv6CidrBlocks">;
type IngressRule = Pick<SecurityGroupIngressRuleArgs, "ipProtocol" | "fromPort" | "toPort" | "cidrIpv4" | "cidrIpv6">;

interface Config {
  readonly adminPorts: readonly number[];
}

const CODE: Record<Opening["kind"], string> = { "all-traffic": "all-traffic-open", "admin-ports": "admin-port-open" };

function violation(opening: Opening, subject?: string): Violation {
  return {
    code: CODE[opening.kind],
    actual: `${subject === undefined ? "The rule" : `\`${subject}\``} ${openingText(opening)}`,
    ...(subject === undefined ? {} : { subject }),
  };
}

export default defineRule<Config>({
  name: "aws-ec2-securitygroup-disallow-open-admin-ports",
  displayName: "Security groups do not open admin ports or all traffic to the internet",
  description:
    "No security group ingress (inline `ingress[]` of a security group or the default security group, `aws.ec2.SecurityGroupRule` of type ingress, `aws.vpc.SecurityGroupIngressRule`) allows 0.0.0.0/0 or ::/0 to an admin port (22 and 3389 by default) or to every protocol (`-1`).",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.ec2SecurityGroup, AWS.ec2DefaultSecurityGroup, AWS.ec2SecurityGroupRule, AWS.vpcSecurityGroupIngressRule],
  remediation:
    "Replace 0.0.0.0/0 and ::/0 in the rule with the CIDR of your VPN or bastion, or reach the hosts through Session Manager or EC2 Instance Connect Endpoint and drop the rule.",
  why: "anyone on the internet can try to log in to the hosts or reach every service on them",
  controls: {
    nist: ["SC-7", "AC-17"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["AWS 3.0 5.2", "AWS 3.0 5.3"],
    securityHub: ["EC2.13", "EC2.14", "EC2.19", "EC2.53", "EC2.54"],
  },
  options: { adminPorts: ADMIN_PORTS_OPTION },
  problems: {
    "admin-port-open": "an ingress rule opens an admin port to 0.0.0.0/0 or ::/0",
    "all-traffic-open": "an ingress rule allows every protocol and port from 0.0.0.0/0 or ::/0",
  },
  check(resource, ctx) {
    const ports = ctx.config.adminPorts;
    // ec2.SecurityGroup and ec2.DefaultSecurityGroup share the inline `ingress[]` shape (types/input.d.ts).
    if (resource.type === AWS.ec2SecurityGroup || resource.type === AWS.ec2DefaultSecurityGroup) {
      const { ingress } = resource.props as Group;
      if (!Array.isArray(ingress) || ingress.length === 0) return [];
      const out: Violation[] = [];
      ingress.forEach((entry, i) => {
        const permission = inlineIngress(entry);
        const opening = permission && openingOf(permission, ports);
        if (opening) out.push(violation(opening, `ingress[${i}]`));
      });
      return out;
    }
    if (resource.type === AWS.ec2SecurityGroupRule) {
      const props = resource.props as GroupRule;
      // SDK: `type` is `ingress` (inbound) or `egress` (outbound).
      if (props.type !== "ingress") return notApplicable("The security group rule is an egress rule");
      const permission: Ingress = {
        protocol: props.protocol,
        fromPort: () => props.fromPort,
        toPort: () => props.toPort,
        cidrs: [
          ...(Array.isArray(props.cidrBlocks) ? props.cidrBlocks : []),
          ...(Array.isArray(props.ipv6CidrBlocks) ? props.ipv6CidrBlocks : []),
        ],
      };
      const opening = openingOf(permission, ports);
      return opening ? [violation(opening)] : [];
    }
    const props = resource.props as IngressRule;
    // SDK: `ipProtocol` `-1` "translates to all protocols, all port ranges"; `cidrIpv4`/`cidrIpv6` are single CIDRs.
    const permission: Ingress = {
      protocol: props.ipProtocol,
      fromPort: () => props.fromPort,
      toPort: () => props.toPort,
      cidrs: [props.cidrIpv4, props.cidrIpv6],
    };
    const opening = openingOf(permission, ports);
    return opening ? [violation(opening)] : [];
  },
});
