import type { ClusterArgs, NodeGroupArgs } from "@pulumi/aws/eks";
import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { majorMinor } from "../support/engine-version";

type NodeGroup = Pick<NodeGroupArgs, "version">;
type Cluster = Pick<ClusterArgs, "version">;

export default defineStackRule({
  name: "aws-eks-nodegroup-require-cluster-version",
  displayName: "EKS node groups run their cluster's Kubernetes version",
  description:
    "Every EKS managed node group of a cluster in the stack leaves `version` unset (it then follows the cluster) or sets the cluster's Kubernetes minor.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.eksNodeGroup, AWS.eksCluster],
  remediation: "Remove `version` from the node group, or set it to the cluster's `version` (e.g. `version: cluster.version`).",
  why: "nodes left on an older minor than the control plane miss its fixes and block the next control-plane upgrade",
  controls: { nist: ["SI-2"], iso27001: ["A.8.8"] },
  problems: { "version-differs": "the node group's Kubernetes minor differs from its cluster's" },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    return judgeEach(index.ofType([AWS.eksNodeGroup]), (group) => {
      // SDK NodeGroup `version`: "Kubernetes version. Defaults to EKS Cluster Kubernetes version."
      const own = (group.props as NodeGroup).version;
      if (typeof own !== "string" || own === "") return undefined;
      // `clusterName` is the cluster's `name` (the SDK example passes `example.name`).
      const cluster = index.referenced(group, "clusterName", [AWS.eksCluster], ["name"]);
      if (cluster === undefined) return undefined;
      const theirs = (cluster.props as Cluster).version;
      if (typeof theirs !== "string" || theirs === "") return undefined;
      const mine = majorMinor(own);
      const clusters = majorMinor(theirs);
      if (mine === undefined || clusters === undefined || mine === clusters) return undefined;
      return [
        {
          resource: group,
          code: "version-differs",
          actual: `The node group runs Kubernetes ${mine} while its cluster ${cluster.name} runs ${clusters}`,
        },
      ];
    });
  },
});
