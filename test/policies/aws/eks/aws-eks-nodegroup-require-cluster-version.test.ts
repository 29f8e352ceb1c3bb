import rule from "../../../../policies/aws/eks/aws-eks-nodegroup-require-cluster-version";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const cluster = (version: unknown, name = "apps") =>
  resource(AWS.eksCluster, name, {
    name,
    roleArn: "arn:aws:iam::111122223333:role/eks",
    vpcConfig: { subnetIds: ["subnet-1"] },
    version,
  });

const nodeGroup = (version: unknown, clusterName: unknown = "apps", name = "workers") =>
  resource(AWS.eksNodeGroup, name, {
    clusterName,
    nodeRoleArn: "arn:aws:iam::111122223333:role/nodes",
    subnetIds: ["subnet-1"],
    scalingConfig: { desiredSize: 1, maxSize: 1, minSize: 1 },
    version,
  });

describeRule(rule, {
  compliant: [
    { title: "node group without a version follows its cluster", resources: [cluster("1.34"), nodeGroup(undefined)] },
    { title: "node group on its cluster's minor", resources: [cluster("1.34"), nodeGroup("1.34")] },
    { title: "node group of a cluster outside the stack", resources: [nodeGroup("1.31", "elsewhere")] },
  ],
  violating: [
    { title: "node group one minor behind", resources: [cluster("1.34"), nodeGroup("1.33")], codes: ["version-differs"] },
    {
      title: "joined through the dependency on the cluster's name",
      resources: [
        cluster("1.34", "prod"),
        resource(
          AWS.eksNodeGroup,
          "workers",
          { clusterName: UNKNOWN.string, nodeRoleArn: "arn:aws:iam::111122223333:role/nodes", subnetIds: ["subnet-1"], version: "1.32" },
          { propertyDependencies: { clusterName: [urnOf(AWS.eksCluster, "prod")] } },
        ),
      ],
      codes: ["version-differs"],
    },
    {
      title: "the message names both minors",
      resources: [cluster("1.34"), nodeGroup("1.32")],
      problems: ["The node group runs Kubernetes 1.32 while its cluster apps runs 1.34"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "node group whose version is computed", resources: [cluster("1.34"), nodeGroup(UNKNOWN.string)], undecided: ["workers"] },
    { title: "cluster whose version is computed", resources: [cluster(UNKNOWN.string), nodeGroup("1.33")], undecided: ["workers"] },
  ],
});
