import rule from "../../../../policies/aws/ec2/aws-ec2-networkacl-disallow-open-admin-ports";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const HTTPS = { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" };
const SSH_DENY = { ruleNo: 90, action: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" };
const RDP_DENY = { ...SSH_DENY, ruleNo: 91, fromPort: 3389, toPort: 3389 };
const EPHEMERAL = { ...HTTPS, ruleNo: 120, fromPort: 1024, toPort: 65535 };
const acl = (...ingress: unknown[]) => resource(AWS.ec2NetworkAcl, "public", { vpcId: "vpc-0abc", ingress });
const aclRule = (props: Record<string, unknown>) =>
  resource(AWS.ec2NetworkAclRule, "ssh", { networkAclId: "acl-0abc", ruleNumber: 100, ruleAction: "allow", protocol: "tcp", ...props });

describeRule(rule, {
  compliant: [
    { title: "HTTPS allowed, SSH denied", resources: [acl(SSH_DENY, HTTPS)] },
    {
      title: "return traffic on 1024-65535 from anywhere, SSH and RDP denied first (AWS's documented pattern)",
      resources: [acl(EPHEMERAL, HTTPS, SSH_DENY, RDP_DENY)],
    },
    {
      title: "all traffic from anywhere behind a lower-numbered deny-all",
      resources: [
        acl({ ...HTTPS, ruleNo: 200, protocol: "-1", fromPort: 0, toPort: 0 }, { ...SSH_DENY, protocol: "-1", fromPort: 0, toPort: 0 }),
      ],
    },
    {
      title: "all traffic from a private range",
      resources: [acl({ ...HTTPS, protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "10.0.0.0/8" })],
    },
    {
      title: "NetworkAclRule denying SSH from anywhere",
      resources: [aclRule({ ruleAction: "deny", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" })],
    },
    { title: "NetworkAclRule allowing HTTPS from ::/0", resources: [aclRule({ fromPort: 443, toPort: 443, ipv6CidrBlock: "::/0" })] },
  ],
  violating: [
    {
      title: "NetworkAcl allowing ephemeral and SSH ports from anywhere",
      resources: [acl(HTTPS, { ...HTTPS, fromPort: 0, toPort: 1024 })],
      codes: ["admin-port-allowed"],
    },
    {
      title: "return traffic on 1024-65535 from anywhere with only SSH denied first",
      resources: [acl(EPHEMERAL, SSH_DENY)],
      codes: ["admin-port-allowed"],
    },
    {
      title: "deny numbered after the allow it should shadow",
      resources: [acl(EPHEMERAL, { ...SSH_DENY, ruleNo: 130 }, { ...RDP_DENY, ruleNo: 131 })],
      codes: ["admin-port-allowed"],
    },
    {
      title: "IPv4 deny does not shadow an IPv6 allow",
      resources: [acl({ ...HTTPS, fromPort: 22, toPort: 22, cidrBlock: undefined, ipv6CidrBlock: "::/0" }, SSH_DENY)],
      codes: ["admin-port-allowed"],
    },
    {
      title: "DefaultNetworkAcl allowing all traffic from anywhere (the AWS default entry)",
      resources: [
        resource(AWS.ec2DefaultNetworkAcl, "default", {
          defaultNetworkAclId: "acl-0def",
          ingress: [{ ...HTTPS, protocol: "-1", fromPort: 0, toPort: 0 }],
        }),
      ],
      codes: ["all-traffic-allowed"],
    },
    {
      title: "NetworkAclRule allowing RDP from anywhere",
      resources: [aclRule({ fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/0" })],
      codes: ["admin-port-allowed"],
    },
    {
      title: "NetworkAclRule allowing protocol -1 from ::/0",
      resources: [aclRule({ protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlock: "::/0" })],
      codes: ["all-traffic-allowed"],
    },
  ],
  notApplicable: [
    {
      title: "egress NetworkAclRule",
      resources: [aclRule({ egress: true, fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" })],
      reason: "The network ACL rule is an egress rule",
    },
    {
      title: "ACL where the map puts network exposure on the provider's side",
      resources: [acl({ ...HTTPS, fromPort: 22, toPort: 22 })],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:ec2/*"],
        side: "provider",
        note: "The landing zone owns VPCs.",
      }),
      reason: /The landing zone owns VPCs\.$/,
    },
  ],
  unknown: [
    { title: "allow entry whose CIDR is computed", resources: [acl({ ...HTTPS, cidrBlock: UNKNOWN.string })] },
    { title: "deny entry whose rule number is computed", resources: [acl(EPHEMERAL, { ...SSH_DENY, ruleNo: UNKNOWN.number }, RDP_DENY)] },
    {
      title: "NetworkAclRule whose action is computed",
      resources: [aclRule({ ruleAction: UNKNOWN.string, fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" })],
    },
  ],
});
