import type { VirtualMachineArgs, VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vm = Pick<VirtualMachineArgs, "securityProfile">;
type ScaleSet = Pick<VirtualMachineScaleSetArgs, "virtualMachineProfile">;

export default defineRule({
  name: "azure-compute-virtualmachine-require-encryption-at-host",
  displayName: "Virtual machines encrypt at the host",
  description:
    "Every virtual machine (and scale set VM profile) sets `securityProfile.encryptionAtHost` to true, so temp disks and disk caches are encrypted too.",
  duty: "encryption-at-rest",
  severity: "medium",
  resourceTypes: [AZURE.computeVirtualMachine, AZURE.computeVirtualMachineScaleSet],
  remediation: "Set `securityProfile: { encryptionAtHost: true }` on the VM (`virtualMachineProfile.securityProfile` on a scale set).",
  why: "temp disks and disk caches on the host hold data unencrypted",
  controls: {
    nist: ["SC-28"],
    pciDss: ["3.5.1"],
    mcsb: ["DP-4"],
    azurePolicy: ["fc4d8e41-e223-45ea-9bf5-eada37891d87", "ca88aadc-6e2b-416c-9de2-5a0f01d1693f", "3dc5edcd-002d-444c-b216-e123bbfa37c0"],
  },
  problems: { "encryption-at-host-off": "encryption at host is not on" },
  check(resource) {
    const isScaleSet = resource.type === AZURE.computeVirtualMachineScaleSet;
    let profile: unknown;
    if (isScaleSet) {
      const { virtualMachineProfile } = resource.props as ScaleSet;
      profile = isRecord(virtualMachineProfile) ? virtualMachineProfile["securityProfile"] : undefined;
    } else {
      profile = (resource.props as Vm).securityProfile;
    }
    // SDK: "The default behavior is: The Encryption at host will be disabled unless this property is set to true".
    if (isRecord(profile) && profile["encryptionAtHost"] === true) return pass;
    const path = isScaleSet ? "virtualMachineProfile.securityProfile.encryptionAtHost" : "securityProfile.encryptionAtHost";
    return fail(`The ${isScaleSet ? "scale set" : "VM"} does not encrypt at the host: \`${path}\` is not true`, {
      code: "encryption-at-host-off",
      fix: `Set \`${path}: true\`.`,
    });
  },
});
