import type { ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { cmkFail, cmkNotRequired, customerManagedKeyRequired } from "../../core/classification";
import { defineRule, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Cluster = Pick<ManagedClusterArgs, "diskEncryptionSetID">;

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineRule<Options>({
  name: "azure-containerservice-cluster-require-cmk",
  displayName: "AKS clusters encrypt node disks with a customer-managed key",
  description: "Every AKS managed cluster sets `diskEncryptionSetID` to a disk encryption set holding a customer-managed key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.aksManagedCluster],
  remediation:
    "Set `diskEncryptionSetID` on the cluster to the id of an `azure-native.compute.DiskEncryptionSet` with a Key Vault key (only possible when the cluster is created).",
  why: "the keys that protect node OS and data disks stay under Microsoft's control and cannot be revoked or audited by you",
  controls: { nist: ["SC-12", "SC-28"], mcsb: ["DP-5"], azurePolicy: ["7d7be79c-23ba-4033-84dd-45e2a5ccdd67"] },
  problems: { "microsoft-managed-key": "node disks use Microsoft-managed keys" },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
  },
  check(cluster, ctx) {
    const required = customerManagedKeyRequired(cluster, ctx);
    if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's options do not require a customer-managed key"));
    const { diskEncryptionSetID } = cluster.props as Cluster;
    if (typeof diskEncryptionSetID === "string" && diskEncryptionSetID !== "") return pass;
    return cmkFail(required, "The cluster's node disks use Microsoft-managed keys: `diskEncryptionSetID` is not set", {
      code: "microsoft-managed-key",
    });
  },
});
