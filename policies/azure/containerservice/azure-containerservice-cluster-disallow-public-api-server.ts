import type { ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { isAnywhereCidr } from "../../core/network";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Cluster = Pick<ManagedClusterArgs, "apiServerAccessProfile">;

export default defineRule({
  name: "azure-containerservice-cluster-disallow-public-api-server",
  displayName: "AKS API servers are private or limited to known addresses",
  description:
    "Every AKS cluster sets `apiServerAccessProfile.enablePrivateCluster: true` or lists `apiServerAccessProfile.authorizedIPRanges` without 0.0.0.0/0.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AZURE.aksManagedCluster],
  remediation:
    'Set `apiServerAccessProfile: { enablePrivateCluster: true }` on the managed cluster, or `apiServerAccessProfile: { authorizedIPRanges: ["<your egress CIDR>"] }`.',
  why: "anyone on the internet can reach the Kubernetes API server and try credentials or exploits against it",
  controls: {
    nist: ["SC-7", "AC-17"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    mcsb: ["NS-2"],
    azurePolicy: ["0e246bcf-5f6f-4f87-bc6f-775d4712c7ea"],
  },
  problems: {
    "api-server-public": "the API server is public with no authorized IP ranges",
    "api-server-open-range": "the authorized IP ranges include 0.0.0.0/0",
  },
  check(cluster) {
    const { apiServerAccessProfile } = cluster.props as Cluster;
    const profile: Record<string, unknown> = isRecord(apiServerAccessProfile) ? apiServerAccessProfile : {};
    // SDK: enablePrivateCluster is "Whether to create the cluster as a private cluster or not";
    // without it the API server has a public endpoint (learn.microsoft.com/azure/aks/private-clusters).
    if (profile["enablePrivateCluster"] === true) return pass;
    // SDK: authorizedIPRanges are "The IP ranges authorized to access the Kubernetes API server ... in CIDR format".
    const ranges = profile["authorizedIPRanges"];
    if (!Array.isArray(ranges) || ranges.length === 0) {
      return fail(
        "The API server is reachable from the internet: `apiServerAccessProfile.enablePrivateCluster` is not true and `apiServerAccessProfile.authorizedIPRanges` is empty",
        { code: "api-server-public" },
      );
    }
    if (ranges.some(isAnywhereCidr)) {
      return fail("The API server is reachable from the internet: `apiServerAccessProfile.authorizedIPRanges` includes 0.0.0.0/0", {
        code: "api-server-open-range",
      });
    }
    return pass;
  },
});
