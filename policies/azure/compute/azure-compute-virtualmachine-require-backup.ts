import type { ProtectedItemArgs } from "@pulumi/azure-native/recoveryservices";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { IdIndex } from "../support/arm-ids";

type ProtectedItem = Pick<ProtectedItemArgs, "properties">;

export default defineStackRule({
  name: "azure-compute-virtualmachine-require-backup",
  displayName: "Virtual machines are backed up by a Recovery Services vault",
  description:
    "Every virtual machine is protected by a Recovery Services ProtectedItem whose `properties.sourceResourceId` is the VM and that names a backup policy.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AZURE.computeVirtualMachine, AZURE.recoveryServicesProtectedItem],
  problems: {
    "not-backed-up": "No Recovery Services ProtectedItem refers to the VM.",
    "no-backup-policy": "The VM's ProtectedItem names no backup policy.",
  },
  remediation:
    'Add an `azure-native.recoveryservices.ProtectedItem` with `properties: { protectedItemType: "Microsoft.Compute/virtualMachines", sourceResourceId: vm.id, policyId: policy.id }`.',
  why: "a deleted, corrupted or ransomed VM cannot be restored",
  controls: {
    nist: ["CP-9", "CP-10"],
    iso27001: ["A.8.13"],
    mcsb: ["BR-1", "BR-2"],
    azurePolicy: ["013e242c-8828-4970-87b3-ab247555486d"],
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const vms = index.ofType([AZURE.computeVirtualMachine]);
    if (vms.length === 0) return notApplicable("The stack has no virtual machine");
    const targets = new IdIndex(index, [AZURE.computeVirtualMachine]);
    const settingsOf = (item: ResourceView): Record<string, unknown> => {
      const { properties } = item.props as ProtectedItem;
      return isRecord(properties) ? properties : {};
    };
    // Each VM on its own: one whose protected items (or their VM reference) are unknown at preview
    // is undecided, and the others are still judged.
    return judgeEach(vms, (vm): StackViolation[] | undefined => {
      const items = index
        .ofType([AZURE.recoveryServicesProtectedItem])
        .filter((item) => targets.referenced(item, "properties", () => settingsOf(item)["sourceResourceId"]) === vm);
      const scheduled = items.some((item) => {
        const policyId = settingsOf(item)["policyId"];
        return typeof policyId === "string" && policyId !== "";
      });
      if (scheduled) return undefined;
      return [
        items.length > 0
          ? {
              resource: vm,
              code: "no-backup-policy",
              actual: "The VM is not backed up on a schedule: its ProtectedItem sets no `properties.policyId`",
            }
          : {
              resource: vm,
              code: "not-backed-up",
              actual: "The VM is not backed up: no Recovery Services ProtectedItem's `properties.sourceResourceId` refers to it",
            },
      ];
    });
  },
});
