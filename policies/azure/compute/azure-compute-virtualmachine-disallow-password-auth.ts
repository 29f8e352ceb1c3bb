import type { VirtualMachineArgs } from "@pulumi/azure-native/compute";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vm = Pick<VirtualMachineArgs, "osProfile" | "storageProfile">;

export default defineRule({
  name: "azure-compute-virtualmachine-disallow-password-auth",
  displayName: "Linux VMs accept only SSH keys",
  description: "Every Linux virtual machine sets `osProfile.linuxConfiguration.disablePasswordAuthentication` to true.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [AZURE.computeVirtualMachine],
  remediation:
    "Set `osProfile.linuxConfiguration: { disablePasswordAuthentication: true, ssh: { publicKeys: [...] } }` on the VM (and sign in through Entra ID where possible).",
  why: "passwords can be guessed or sprayed over SSH without any second factor",
  controls: { nist: ["IA-2", "IA-5"], pciDss: ["8.3.1"], iso27001: ["A.8.5"] },
  check(vm) {
    const { osProfile, storageProfile } = vm.props as Vm;
    const osDisk = isRecord(storageProfile) ? storageProfile["osDisk"] : undefined;
    if (isRecord(osDisk) && osDisk["osType"] === "Windows") return notApplicable("The VM runs Windows, which has no SSH key-only sign-in");
    if (!isRecord(osProfile))
      return notApplicable("The VM has no `osProfile` (it boots from an existing OS disk), so the stack sets no sign-in method");
    if (isRecord(osProfile["windowsConfiguration"])) return notApplicable("The VM runs Windows, which has no SSH key-only sign-in");
    const linux = osProfile["linuxConfiguration"];
    const disabled = isRecord(linux) ? linux["disablePasswordAuthentication"] : undefined;
    if (disabled === true) return pass;
    return fail(
      disabled === false
        ? "The VM accepts SSH passwords: `osProfile.linuxConfiguration.disablePasswordAuthentication` is false"
        : "The VM accepts SSH passwords: `osProfile.linuxConfiguration.disablePasswordAuthentication` is not set, and Azure then allows passwords",
    );
  },
});
