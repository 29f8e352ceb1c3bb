import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-disallow-local-accounts";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["local-accounts-enabled"],
    },
    {
      title: "cluster without aadProfile and with enableRBAC=false",
      resources: [cluster({ aadProfile: undefined, enableRBAC: false })],
      codes: ["entra-id-not-managed", "azure-rbac-off", "kubernetes-rbac-off"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "flag computed", resources: [cluster({ disableLocalAccounts: UNKNOWN.boolean })] }],
});
