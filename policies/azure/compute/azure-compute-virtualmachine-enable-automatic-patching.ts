import type { VirtualMachineArgs, VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, pass, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vm = Pick<VirtualMachineArgs, "osProfile">;
type ScaleSet = Pick<VirtualMachineScaleSetArgs, "virtualMachineProfile" | "upgradePolicy">;

const PLATFORM = "AutomaticByPlatform";

export default defineRule({
  name: "azure-compute-virtualmachine-enable-automatic-patching",
  displayName: "Virtual machines are patched and assessed automatically",
  description:
    "Every virtual machine (and scale set VM profile) with an `osProfile` lets the platform assess missing updates (`patchSettings.assessmentMode: AutomaticByPlatform`), keeps Windows Update on (`patchMode` not `Manual`, `enableAutomaticUpdates` not false) and has Linux patched by the platform (`patchMode: AutomaticByPlatform`).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AZURE.computeVirtualMachine, AZURE.computeVirtualMachineScaleSet],
  remediation:
    'Set `osProfile.<windowsConfiguration|linuxConfiguration>.patchSettings: { patchMode: "AutomaticByPlatform", assessmentMode: "AutomaticByPlatform" }` (under `virtualMachineProfile` on a scale set) and leave `enableAutomaticUpdates` on.',
  why: "a machine nobody patches or assesses keeps known OS vulnerabilities, and nobody sees the missing updates",
  controls: {
    nist: ["SI-2"],
    pciDss: ["6.3.3"],
    iso27001: ["A.8.8"],
    mcsb: ["PV-6"],
    azurePolicy: ["bd876905-5b84-4f73-ab2d-2e7a7c4568d9"],
  },
  problems: {
    "assessment-not-automatic": "the platform does not assess missing updates periodically (`assessmentMode` is not AutomaticByPlatform)",
    "windows-patching-manual": "Windows patching is manual (`patchMode: Manual`)",
    "windows-automatic-updates-off": "Windows automatic updates are off (`enableAutomaticUpdates: false`)",
    "linux-patching-not-automatic": "the platform does not patch the Linux guest (`patchMode` is not AutomaticByPlatform)",
  },
  check(resource) {
    const isScaleSet = resource.type === AZURE.computeVirtualMachineScaleSet;
    let osProfile: unknown;
    if (isScaleSet) {
      const { virtualMachineProfile } = resource.props as ScaleSet;
      osProfile = isRecord(virtualMachineProfile) ? virtualMachineProfile["osProfile"] : undefined;
    } else {
      osProfile = (resource.props as Vm).osProfile;
    }
    const base = isScaleSet ? "virtualMachineProfile.osProfile" : "osProfile";
    // SDK: osProfile "Specifies the operating system settings used while creating the virtual machine"; a VM
    // attached to an existing OS disk declares none, so its guest settings are not in the program.
    if (!isRecord(osProfile))
      return notApplicable(`The ${isScaleSet ? "scale set" : "VM"} declares no \`${base}\` (guest settings come from the OS disk)`);
    const windows = osProfile["windowsConfiguration"];
    const linux = osProfile["linuxConfiguration"];
    const problems: Violation[] = [];
    const patchSettingsOf = (configuration: unknown): Record<string, unknown> | undefined => {
      if (!isRecord(configuration)) return undefined;
      const settings = configuration["patchSettings"];
      return isRecord(settings) ? settings : undefined;
    };
    const windowsSettings = patchSettingsOf(windows);
    const linuxSettings = patchSettingsOf(linux);
    // SDK (both patch settings): assessmentMode "**ImageDefault** - You control the timing of patch assessments ... **AutomaticByPlatform** - The platform will trigger periodic patch assessments."
    // No default is documented, so anything but AutomaticByPlatform is treated as not automatic.
    const assessed = windowsSettings?.["assessmentMode"] === PLATFORM || linuxSettings?.["assessmentMode"] === PLATFORM;
    if (!assessed) {
      const which = isRecord(windows) ? "windowsConfiguration" : isRecord(linux) ? "linuxConfiguration" : "<windows|linux>Configuration";
      problems.push({
        actual: `The platform does not assess missing updates: \`${base}.${which}.patchSettings.assessmentMode\` is not AutomaticByPlatform`,
        code: "assessment-not-automatic",
        fix: `Set \`${base}.${which}.patchSettings.assessmentMode: "AutomaticByPlatform"\`.`,
      });
    }
    if (isRecord(windows)) {
      // SDK (WindowsVMGuestPatchMode): "**Manual** - You control the application of patches ... automatic updates are disabled".
      if (windowsSettings?.["patchMode"] === "Manual") {
        problems.push({
          actual: `Windows patching is manual: \`${base}.windowsConfiguration.patchSettings.patchMode\` is Manual, so automatic updates are disabled`,
          code: "windows-patching-manual",
          fix: `Set \`${base}.windowsConfiguration.patchSettings.patchMode: "AutomaticByPlatform"\` (or AutomaticByOS) and \`enableAutomaticUpdates: true\`.`,
        });
      } else if (windows["enableAutomaticUpdates"] === false && !automaticOsUpgrade(resource.props as ScaleSet, isScaleSet)) {
        // SDK: enableAutomaticUpdates "Default value is true". On a scale set with automatic OS image upgrade,
        // SDK (enableAutomaticOSUpgrade): "for Windows based scale sets, enableAutomaticUpdates is automatically set to false".
        problems.push({
          actual: `Windows automatic updates are off: \`${base}.windowsConfiguration.enableAutomaticUpdates\` is false`,
          code: "windows-automatic-updates-off",
          fix: `Remove \`enableAutomaticUpdates: false\` (default true) from \`${base}.windowsConfiguration\`.`,
        });
      }
    }
    if (isRecord(linux) && linuxSettings?.["patchMode"] !== PLATFORM) {
      // SDK (LinuxVMGuestPatchMode): "**ImageDefault** - The virtual machine's default patching configuration is used. **AutomaticByPlatform** - The virtual machine will be automatically updated by the platform."
      problems.push({
        actual: `The platform does not patch the Linux guest: \`${base}.linuxConfiguration.patchSettings.patchMode\` is not AutomaticByPlatform (the image's own patching, if any, applies)`,
        code: "linux-patching-not-automatic",
        fix: `Set \`${base}.linuxConfiguration.patchSettings.patchMode: "AutomaticByPlatform"\`.`,
      });
    }
    return problems.length === 0 ? pass : problems;
  },
});

/** Whether a scale set upgrades its OS image automatically (SDK: enableAutomaticOSUpgrade "Default value is false"). */
function automaticOsUpgrade(props: ScaleSet, isScaleSet: boolean): boolean {
  if (!isScaleSet) return false;
  const { upgradePolicy } = props;
  if (!isRecord(upgradePolicy)) return false;
  const automatic = upgradePolicy["automaticOSUpgradePolicy"];
  return isRecord(automatic) && automatic["enableAutomaticOSUpgrade"] === true;
}
