import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-require-encryption-at-host";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const pool = (props: Record<string, unknown>) => ({
  name: "system",
  mode: "System",
  count: 3,
  vmSize: "Standard_D4s_v5",
  enableEncryptionAtHost: true,
  ...props,
});
const cluster = (pools: unknown) =>
  resource(AZURE.aksManagedCluster, "aks", { resourceGroupName: "rg-app", dnsPrefix: "aks", agentPoolProfiles: pools });
const agentPool = (enableEncryptionAtHost: unknown) =>
  resource(AZURE.aksAgentPool, "user", { resourceGroupName: "rg-app", resourceName: "aks", mode: "User", enableEncryptionAtHost });

describeRule(rule, {
  compliant: [
    { title: "cluster whose pools encrypt at the host", resources: [cluster([pool({}), pool({ name: "user", mode: "User" })])] },
    { title: "agent pool with enableEncryptionAtHost=true", resources: [agentPool(true)] },
  ],
  violating: [
    {
      title: "cluster whose second pool does not encrypt at the host",
      resources: [cluster([pool({}), pool({ name: "user", enableEncryptionAtHost: undefined })])],
      problems: ["Node pool 2 does not encrypt at the host: `agentPoolProfiles[1].enableEncryptionAtHost` is not true"],
    },
    {
      title: "agent pool with enableEncryptionAtHost=false",
      resources: [agentPool(false)],
      problems: ["The node pool does not encrypt at the host: `enableEncryptionAtHost` is not true"],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts encryption at rest on the provider's side",
      resources: [cluster([pool({ enableEncryptionAtHost: false })])],
      map: mapWithScope("encryption-at-rest", {
        provider: "azure",
        resourceTypes: ["azure-native:containerservice:*"],
        side: "provider",
        note: "Stateless dev cluster.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [
    { title: "pool flag computed", resources: [cluster([pool({ enableEncryptionAtHost: UNKNOWN.boolean })])] },
    { title: "agent pool flag computed", resources: [agentPool(UNKNOWN.boolean)] },
  ],
});
