import type { NodeGroupArgs } from "@pulumi/aws/eks";
import { isRecord } from "../../core/resource";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";

type NodeGroup = Pick<NodeGroupArgs, "remoteAccess">;

export default defineRule({
  name: "aws-eks-nodegroup-disallow-open-remote-access",
  displayName: "EKS node groups with an SSH key name the security groups allowed to reach them",
  description: "No EKS node group sets `remoteAccess.ec2SshKey` without `remoteAccess.sourceSecurityGroupIds`.",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.eksNodeGroup],
  remediation:
    "Set `remoteAccess.sourceSecurityGroupIds` to the bastion's security group, or drop `remoteAccess` and reach nodes through SSM Session Manager.",
  why: "EKS opens SSH (22) or RDP (3389) on every node to the whole internet",
  controls: { nist: ["SC-7", "AC-17"], pciDss: ["1.4.1"], iso27001: ["A.8.20"], cis: ["AWS 3.0 5.2"] },
  problems: { "open-remote-access": "`remoteAccess.ec2SshKey` is set without `sourceSecurityGroupIds`" },
  check(group) {
    const { remoteAccess } = group.props as NodeGroup;
    if (!isRecord(remoteAccess)) return [];
    const key = remoteAccess["ec2SshKey"];
    if (typeof key !== "string" || key === "") return [];
    // SDK (eks NodeGroupRemoteAccess `ec2SshKey`): "If you specify this configuration, but do not specify
    // `sourceSecurityGroupIds` ..., either port 3389 for Windows, or port 22 for all other operating
    // systems is opened on the worker nodes to the Internet (0.0.0.0/0)".
    const sources = remoteAccess["sourceSecurityGroupIds"];
    if (Array.isArray(sources) && sources.length > 0) return [];
    return [
      {
        code: "open-remote-access",
        actual:
          "The node group's nodes accept SSH or RDP from anywhere (0.0.0.0/0): `remoteAccess.ec2SshKey` is set and `sourceSecurityGroupIds` is not",
        fix: "Set `remoteAccess.sourceSecurityGroupIds` to the security groups allowed to connect.",
      },
    ];
  },
});
