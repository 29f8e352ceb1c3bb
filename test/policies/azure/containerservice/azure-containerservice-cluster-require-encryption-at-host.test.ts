import { expect, it } from "vitest";
import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-require-encryption-at-host";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, run, UNKNOWN } from "../../../support/rules";

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
      codes: ["encryption-at-host-off"],
    },
    {
      title: "agent pool with enableEncryptionAtHost=false",
      resources: [agentPool(false)],
      codes: ["encryption-at-host-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "pool flag computed", resources: [cluster([pool({ enableEncryptionAtHost: UNKNOWN.boolean })])] },
    { title: "agent pool flag computed", resources: [agentPool(UNKNOWN.boolean)] },
  ],
});

// The finding names the pool that does not encrypt, by position and path, not the cluster in general.
it("names the inline pool that does not encrypt at the host", () => {
  const [finding] = run(rule, [cluster([pool({}), pool({ name: "user", enableEncryptionAtHost: undefined })])]);
  expect(finding?.subject).toBe("agentPoolProfiles[1]");
  expect(finding?.problem).toContain("Node pool 2 does not encrypt at the host: `agentPoolProfiles[1].enableEncryptionAtHost` is not true");
});
