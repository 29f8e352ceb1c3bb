import type { ClusterArgs } from "@pulumi/aws/eks";
import { isAnywhereCidr } from "../../core/network";
import { isRecord } from "../../core/resource";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Cluster = Pick<ClusterArgs, "vpcConfig">;

export default defineRule({
  name: "aws-eks-cluster-disallow-public-endpoint",
  displayName: "EKS cluster API endpoints are not open to the whole internet",
  description:
    "Every EKS cluster sets `vpcConfig.endpointPublicAccess` to false, or limits `vpcConfig.publicAccessCidrs` to ranges other than 0.0.0.0/0.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.eksCluster],
  remediation:
    "Set `vpcConfig.endpointPublicAccess: false` with `endpointPrivateAccess: true`, or list the office and CI ranges in `vpcConfig.publicAccessCidrs`.",
  why: "the Kubernetes API server answers anyone on the internet, leaving only its authentication between attackers and the cluster",
  controls: { nist: ["SC-7", "AC-17"], pciDss: ["1.4.1"], iso27001: ["A.8.20"], securityHub: ["EKS.1"] },
  problems: { "open-endpoint": "the public API endpoint is on and accepts 0.0.0.0/0" },
  check(cluster) {
    const { vpcConfig } = cluster.props as Cluster;
    if (!isRecord(vpcConfig)) return [];
    // SDK (eks ClusterVpcConfig): `endpointPublicAccess` "Default is `true`".
    const publicAccess = vpcConfig["endpointPublicAccess"];
    if (publicAccess === false) return [];
    // SDK: `publicAccessCidrs` "EKS defaults this to a list with `0.0.0.0/0`".
    const cidrs = vpcConfig["publicAccessCidrs"];
    const unset = !Array.isArray(cidrs) || cidrs.length === 0;
    if (!unset && !cidrs.some(isAnywhereCidr)) return [];
    const endpoint =
      publicAccess === true ? "`vpcConfig.endpointPublicAccess` is true" : "`vpcConfig.endpointPublicAccess` is unset (default true)";
    const ranges = unset ? "`publicAccessCidrs` is unset (EKS default 0.0.0.0/0)" : "`publicAccessCidrs` includes 0.0.0.0/0";
    return [{ code: "open-endpoint", actual: `The cluster's API endpoint is open to the internet: ${endpoint} and ${ranges}` }];
  },
});
