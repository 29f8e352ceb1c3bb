import rule from "../../../../policies/aws/eks/aws-eks-cluster-disallow-public-endpoint";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cluster = (vpcConfig: Record<string, unknown>) =>
  resource(AWS.eksCluster, "apps", {
    roleArn: "arn:aws:iam::111122223333:role/eks",
    vpcConfig: { subnetIds: ["subnet-1", "subnet-2"], ...vpcConfig },
  });

describeRule(rule, {
  compliant: [
    { title: "private endpoint only", resources: [cluster({ endpointPublicAccess: false, endpointPrivateAccess: true })] },
    {
      title: "public endpoint limited to the office range",
      resources: [cluster({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] })],
    },
    { title: "public access left at its default, limited to CI", resources: [cluster({ publicAccessCidrs: ["198.51.100.7/32"] })] },
  ],
  violating: [
    { title: "vpcConfig with every default (public, 0.0.0.0/0)", resources: [cluster({})], codes: ["open-endpoint"] },
    {
      title: "endpointPublicAccess=true with 0.0.0.0/0 listed",
      resources: [cluster({ endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24", "0.0.0.0/0"] })],
      codes: ["open-endpoint"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "cluster whose endpointPublicAccess is computed", resources: [cluster({ endpointPublicAccess: UNKNOWN.boolean })] },
    { title: "public cluster whose publicAccessCidrs are computed", resources: [cluster({ publicAccessCidrs: UNKNOWN.array })] },
  ],
});
