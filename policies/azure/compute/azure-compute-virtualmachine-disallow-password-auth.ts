import type { VirtualMachineArgs } from "@pulumi/azure-native/compute";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vm = Pick<VirtualMachineArgs, "osProfile" | "storageProfile">;

/** Marketplace publishers whose images are all Windows (`az vm image list-publishers`). */
const WINDOWS_PUBLISHERS = new Set([
  "microsoftwindowsserver",
  "microsoftwindowsdesktop",
  "microsoftvisualstudio",
  "microsoftwindowsserverhpcpack",
]);
/** Marketplace publishers whose images are all Linux. */
const LINUX_PUBLISHERS = new Set([
  "canonical",
  "redhat",
  "suse",
  "debian",
  "openlogic",
  "almalinux",
  "kinvolk",
  "oracle",
  "resf",
  "erockyenterprisesoftwarefoundationinc1653071250513",
]);

/** The VM's OS as far as the program shows it: the OS disk's `osType`, the OS-specific profile, the image's publisher or offer. */
function operatingSystem(storageProfile: unknown, osProfile: unknown): "Windows" | "Linux" | undefined {
  const storage = isRecord(storageProfile) ? storageProfile : {};
  const osDisk = storage["osDisk"];
  const osType = isRecord(osDisk) ? osDisk["osType"] : undefined;
  if (osType === "Windows" || osType === "Linux") return osType;
  if (isRecord(osProfile) && isRecord(osProfile["windowsConfiguration"])) return "Windows";
  if (isRecord(osProfile) && isRecord(osProfile["linuxConfiguration"])) return "Linux";
  const image = storage["imageReference"];
  const publisher = isRecord(image) ? image["publisher"] : undefined;
  const offer = isRecord(image) ? image["offer"] : undefined;
  if (typeof publisher === "string" && WINDOWS_PUBLISHERS.has(publisher.toLowerCase())) return "Windows";
  if (typeof offer === "string" && /windows/i.test(offer)) return "Windows";
  if (typeof publisher === "string" && LINUX_PUBLISHERS.has(publisher.toLowerCase())) return "Linux";
  return undefined;
}

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
  problems: {
    "password-auth-allowed": "a Linux VM accepts SSH passwords",
    "os-unknown": "the VM may accept SSH passwords: its OS cannot be told from the program (advisory)",
  },
  check(vm) {
    const { osProfile, storageProfile } = vm.props as Vm;
    const os = operatingSystem(storageProfile, osProfile);
    if (os === "Windows") return notApplicable("The VM runs Windows, which has no SSH key-only sign-in");
    if (!isRecord(osProfile))
      return notApplicable("The VM has no `osProfile` (it boots from an existing OS disk), so the stack sets no sign-in method");
    const linux = osProfile["linuxConfiguration"];
    // SDK: "Specifies whether password authentication should be disabled": only true disables it.
    const disabled = isRecord(linux) ? linux["disablePasswordAuthentication"] : undefined;
    if (disabled === true) return pass;
    if (disabled === false)
      return fail("The VM accepts SSH passwords: `osProfile.linuxConfiguration.disablePasswordAuthentication` is false", {
        code: "password-auth-allowed",
      });
    if (os === "Linux") {
      return fail(
        "The VM accepts SSH passwords: `osProfile.linuxConfiguration.disablePasswordAuthentication` is not set, and Azure then allows passwords",
        { code: "password-auth-allowed" },
      );
    }
    // Inputs need not say the OS (a gallery or custom image); deployed outputs always carry
    // `storageProfile.osDisk.osType`. Ask, without blocking, rather than guess.
    return fail(
      "The VM may accept SSH passwords: it sets no `osProfile.linuxConfiguration` and its OS cannot be told from the program (no `storageProfile.osDisk.osType`, and an image that does not name it); a Linux VM then allows passwords",
      {
        code: "os-unknown",
        advisory: true,
        fix: 'Set `storageProfile.osDisk.osType: "Linux"` and `osProfile.linuxConfiguration.disablePasswordAuthentication: true` (or `osType: "Windows"`).',
      },
    );
  },
});
