import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-require-backup";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";
import { SUBSCRIPTION_ID } from "../../../support/shapes";

// In the subscription the VM's deployed form gets, so a literal id naming it still names it once deployed.
const VM_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-web`;
const POLICY_ID = "/subscriptions/0000/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv/backupPolicies/daily";
const vm = (extra = {}) => resource(AZURE.computeVirtualMachine, "web", { resourceGroupName: "rg-app" }, extra);
const itemProps = (properties: Record<string, unknown>) => ({
  resourceGroupName: "rg-backup",
  vaultName: "rsv",
  fabricName: "Azure",
  containerName: "iaasvmcontainer;iaasvmcontainerv2;rg-app;vm-web",
  properties: { protectedItemType: "Microsoft.Compute/virtualMachines", policyId: POLICY_ID, ...properties },
});
/** Preview form: `properties` depends on the VM (its id) and the policy. */
const item = (properties: Record<string, unknown> = {}) =>
  resource(AZURE.recoveryServicesProtectedItem, "web-backup", itemProps(properties), {
    propertyDependencies: {
      properties: [urnOf("azure-native:recoveryservices:ProtectionPolicy", "daily"), urnOf(AZURE.computeVirtualMachine, "web")],
    },
  });
const deployedItem = (properties: Record<string, unknown> = {}) =>
  resource(AZURE.recoveryServicesProtectedItem, "web-backup", itemProps({ sourceResourceId: VM_ID, ...properties }));

describeRule(rule, {
  compliant: [
    { title: "VM with a protected item (preview)", resources: [vm(), item()] },
    {
      title: "preview item whose literal sourceResourceId names a VM the program creates",
      resources: [resource(AZURE.computeVirtualMachine, "web", { resourceGroupName: "rg-app", vmName: "vm-web" }), deployedItem()],
    },
    {
      title: "deployed VM matched by id, case-insensitively",
      resources: [vm({ id: VM_ID }), deployedItem({ sourceResourceId: VM_ID.toLowerCase() })],
    },
  ],
  violating: [
    {
      title: "VM without a protected item, an explicit failure next to a VM whose item's policy id is computed",
      resources: [
        vm(),
        resource(AZURE.computeVirtualMachine, "db", { resourceGroupName: "rg-app" }),
        resource(AZURE.recoveryServicesProtectedItem, "db-backup", itemProps({ policyId: UNKNOWN.string }), {
          propertyDependencies: { properties: [urnOf(AZURE.computeVirtualMachine, "db")] },
        }),
      ],
      codes: ["not-backed-up"],
      undecided: ["db"],
    },
    { title: "VM without a protected item", resources: [vm()], codes: ["not-backed-up"] },
    {
      title: "deployed item protecting another VM",
      resources: [vm({ id: VM_ID }), deployedItem({ sourceResourceId: `${VM_ID}-2` })],
      codes: ["not-backed-up"],
    },
    {
      title: "protected item without a policy",
      resources: [vm({ id: VM_ID }), deployedItem({ policyId: undefined })],
      codes: ["no-backup-policy"],
    },
  ],
  notApplicable: [{ title: "stack without VMs", resources: [deployedItem()], reason: "The stack has no virtual machine" }],
  unknown: [
    { title: "policy id computed (preview)", resources: [vm(), item({ policyId: UNKNOWN.string })], undecided: ["web"] },
    {
      title: "source id computed without dependencies",
      resources: [vm({ id: VM_ID }), deployedItem({ sourceResourceId: UNKNOWN.string })],
      undecided: ["web"],
    },
  ],
});
