import type { ProtectedItemArgs } from "@pulumi/azure-native/recoveryservices";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
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
    const protectedVms = new Set<string>();
    const withoutPolicy = new Set<string>();
    for (const item of index.ofType([AZURE.recoveryServicesProtectedItem])) {
      const { properties } = item.props as ProtectedItem;
      const settings: Record<string, unknown> = isRecord(properties) ? properties : {};
      const vm = targets.referenced(item, "properties", () => settings["sourceResourceId"]);
      if (vm === undefined) continue;
      const policyId = settings["policyId"];
      if (typeof policyId === "string" && policyId !== "") protectedVms.add(vm.urn);
      else withoutPolicy.add(vm.urn);
    }
    const violations: StackViolation[] = [];
    for (const vm of vms) {
      if (protectedVms.has(vm.urn)) continue;
      violations.push({
        resource: vm,
        actual: withoutPolicy.has(vm.urn)
          ? "The VM is not backed up on a schedule: its ProtectedItem sets no `properties.policyId`"
          : "The VM is not backed up: no Recovery Services ProtectedItem's `properties.sourceResourceId` refers to it",
      });
    }
    return violations;
  },
});
