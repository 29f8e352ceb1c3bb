import type { AgentPoolArgs, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Cluster = Pick<ManagedClusterArgs, "agentPoolProfiles">;
type AgentPool = Pick<AgentPoolArgs, "enableEncryptionAtHost">;

export default defineRule({
  name: "azure-containerservice-cluster-require-encryption-at-host",
  displayName: "AKS node pools encrypt at the host",
  description: "Every AKS node pool (inline `agentPoolProfiles[]` or AgentPool resource) sets `enableEncryptionAtHost` to true.",
  duty: "encryption-at-rest",
  severity: "medium",
  resourceTypes: [AZURE.aksManagedCluster, AZURE.aksAgentPool],
  remediation: "Set `enableEncryptionAtHost: true` on every node pool (`agentPoolProfiles[]` of the cluster, or the AgentPool).",
  why: "node temp disks and OS disk caches hold container data unencrypted",
  controls: {
    nist: ["SC-28"],
    mcsb: ["DP-4", "DP-5"],
    azurePolicy: ["7d7be79c-23ba-4033-84dd-45e2a5ccdd67", "41425d9f-d1a5-499a-9932-f8ed8453932c"],
  },
  problems: { "encryption-at-host-off": "a node pool does not encrypt at the host" },
  check(resource) {
    if (resource.type === AZURE.aksAgentPool) {
      const { enableEncryptionAtHost } = resource.props as AgentPool;
      return enableEncryptionAtHost === true
        ? []
        : [{ code: "encryption-at-host-off", actual: "The node pool does not encrypt at the host: `enableEncryptionAtHost` is not true" }];
    }
    const { agentPoolProfiles } = resource.props as Cluster;
    const violations: Violation[] = [];
    for (const [i, pool] of (Array.isArray(agentPoolProfiles) ? agentPoolProfiles : []).entries()) {
      if (isRecord(pool) && pool["enableEncryptionAtHost"] === true) continue;
      violations.push({
        code: "encryption-at-host-off",
        subject: `agentPoolProfiles[${i}]`,
        actual: `Node pool ${i + 1} does not encrypt at the host: \`agentPoolProfiles[${i}].enableEncryptionAtHost\` is not true`,
        fix: `Set \`agentPoolProfiles[${i}].enableEncryptionAtHost: true\`.`,
      });
    }
    return violations;
  },
});
