import rule from "../../../../policies/aws/eks/aws-eks-nodegroup-disallow-open-remote-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const group = (props: Record<string, unknown> = {}) =>
  resource(AWS.eksNodeGroup, "workers", {
    clusterName: "apps",
    nodeRoleArn: "arn:aws:iam::111122223333:role/eks-nodes",
    subnetIds: ["subnet-1"],
    scalingConfig: { desiredSize: 2, maxSize: 3, minSize: 1 },
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "node group without remoteAccess", resources: [group()] },
    {
      title: "SSH key limited to the bastion's security group",
      resources: [group({ remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: ["sg-0bastion"] } })],
    },
  ],
  violating: [
    {
      title: "SSH key without source security groups",
      resources: [group({ remoteAccess: { ec2SshKey: "ops" } })],
      codes: ["open-remote-access"],
    },
    {
      title: "SSH key with an empty sourceSecurityGroupIds",
      resources: [group({ remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: [] } })],
      codes: ["open-remote-access"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "node group whose SSH key is computed", resources: [group({ remoteAccess: { ec2SshKey: UNKNOWN.string } })] },
    {
      title: "SSH key whose source security groups are computed",
      resources: [group({ remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: UNKNOWN.array } })],
    },
  ],
});
