import rule from "../../../../policies/azure/containerservice/azure-containerservice-cluster-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const DES_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Compute/diskEncryptionSets/des-aks";
const cluster = (diskEncryptionSetID: unknown) =>
  resource(AZURE.aksManagedCluster, "aks", {
    resourceGroupName: "rg-app",
    dnsPrefix: "aks",
    agentPoolProfiles: [{ name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5" }],
    diskEncryptionSetID,
  });

const cases: RuleCases = {
  compliant: [{ title: "cluster with diskEncryptionSetID", resources: [cluster(DES_ID)] }],
  violating: [{ title: "cluster without diskEncryptionSetID", resources: [cluster(undefined)], codes: ["microsoft-managed-key"] }],
  notApplicable: [
    {
      title: "cluster when customer-managed keys are not required",
      resources: [cluster(undefined)],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's options do not require a customer-managed key",
    },
  ],
  unknown: [{ title: "diskEncryptionSetID computed", resources: [cluster(UNKNOWN.string)] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "cluster with no diskEncryptionSetID",
  resources: (tags) => [resource(AZURE.aksManagedCluster, "aks", { tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: ["microsoft-managed-key"],
    restricted: ["microsoft-managed-key"],
  },
});
