import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-disallow-local-accounts";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const cluster = (props: Record<string, unknown>) =>
  resource(AZURE.aksManagedCluster, "aks", {
    resourceGroupName: "rg-app",
    dnsPrefix: "aks",
    disableLocalAccounts: true,
    aadProfile: { managed: true, enableAzureRBAC: true },
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "cluster with local accounts off and managed Entra ID with Azure RBAC", resources: [cluster({})] }],
  violating: [
    {
      title: "cluster with disableLocalAccounts=false",
      resources: [cluster({ disableLocalAccounts: false })],
      problems: ["The cluster keeps its local admin account: `disableLocalAccounts` is not true"],
    },
    {
      title: "cluster without aadProfile and with enableRBAC=false",
      resources: [cluster({ aadProfile: undefined, enableRBAC: false })],
      problems: [
        "The cluster has no managed Entra ID integration: `aadProfile.managed` is not true",
        "The cluster does not authorize with Azure RBAC: `aadProfile.enableAzureRBAC` is not true",
        "The cluster has Kubernetes RBAC off: `enableRBAC` is false",
      ],
    },
  ],
  notApplicable: [
    {
      title: "cluster where the map puts strong authentication on the provider's side",
      resources: [cluster({ disableLocalAccounts: false })],
      map: mapWithScope("mfa", {
        provider: "azure",
        resourceTypes: ["azure-native:containerservice:*"],
        side: "provider",
        note: "Break-glass cluster.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "flag computed", resources: [cluster({ disableLocalAccounts: UNKNOWN.boolean })] }],
});
