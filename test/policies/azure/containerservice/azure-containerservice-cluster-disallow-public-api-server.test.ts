import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-disallow-public-api-server";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const cluster = (apiServerAccessProfile: unknown) =>
  resource(AZURE.aksManagedCluster, "aks", { resourceGroupName: "rg-app", dnsPrefix: "aks", apiServerAccessProfile });

describeRule(rule, {
  compliant: [
    { title: "private cluster", resources: [cluster({ enablePrivateCluster: true })] },
    { title: "public API server limited to an office range", resources: [cluster({ authorizedIPRanges: ["203.0.113.0/24"] })] },
  ],
  violating: [
    { title: "cluster without apiServerAccessProfile", resources: [cluster(undefined)], codes: ["api-server-public"] },
    {
      title: "cluster with enablePrivateCluster=false and no ranges",
      resources: [cluster({ enablePrivateCluster: false, authorizedIPRanges: [] })],
      codes: ["api-server-public"],
    },
    {
      title: "cluster whose authorized ranges include 0.0.0.0/0",
      resources: [cluster({ authorizedIPRanges: ["203.0.113.0/24", "0.0.0.0/0"] })],
      codes: ["api-server-open-range"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "cluster whose apiServerAccessProfile is computed", resources: [cluster(UNKNOWN.object)] },
    { title: "public cluster whose authorized ranges are computed", resources: [cluster({ authorizedIPRanges: UNKNOWN.array })] },
  ],
});
