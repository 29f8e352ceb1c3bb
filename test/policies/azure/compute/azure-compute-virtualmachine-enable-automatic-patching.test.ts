import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-enable-automatic-patching";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const AUTO = { patchMode: "AutomaticByPlatform", assessmentMode: "AutomaticByPlatform" };
const vm = (osProfile: unknown) =>
  resource(AZURE.computeVirtualMachine, "web", {
    resourceGroupName: "rg-app",
    hardwareProfile: { vmSize: "Standard_D2s_v5" },
    osProfile,
  });
const linux = (patchSettings: unknown) => vm({ computerName: "web", adminUsername: "ops", linuxConfiguration: { patchSettings } });
const windows = (configuration: Record<string, unknown>) =>
  vm({ computerName: "web", adminUsername: "ops", windowsConfiguration: configuration });
const scaleSet = (osProfile: unknown, upgradePolicy?: unknown) =>
  resource(AZURE.computeVirtualMachineScaleSet, "workers", {
    resourceGroupName: "rg-app",
    virtualMachineProfile: { osProfile },
    upgradePolicy,
  });

describeRule(rule, {
  compliant: [
    { title: "Linux VM patched and assessed by the platform", resources: [linux(AUTO)] },
    { title: "Windows VM patched and assessed by the platform", resources: [windows({ patchSettings: AUTO })] },
    {
      title: "Windows VM patched by the OS (AutomaticByOS) and assessed by the platform",
      resources: [windows({ patchSettings: { patchMode: "AutomaticByOS", assessmentMode: "AutomaticByPlatform" } })],
    },
    { title: "scale set profile with platform patching", resources: [scaleSet({ linuxConfiguration: { patchSettings: AUTO } })] },
    {
      title: "Windows scale set with automatic OS image upgrade (automatic updates forced off)",
      resources: [
        scaleSet(
          { windowsConfiguration: { enableAutomaticUpdates: false, patchSettings: { assessmentMode: "AutomaticByPlatform" } } },
          { automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
        ),
      ],
    },
  ],
  violating: [
    {
      title: "Linux VM on ImageDefault patching and assessment",
      resources: [linux({ patchMode: "ImageDefault", assessmentMode: "ImageDefault" })],
      codes: ["assessment-not-automatic", "linux-patching-not-automatic"],
    },
    {
      title: "Linux VM without patch settings",
      resources: [linux(undefined)],
      codes: ["assessment-not-automatic", "linux-patching-not-automatic"],
    },
    {
      title: "Windows VM on manual patching",
      resources: [
        windows({ enableAutomaticUpdates: false, patchSettings: { patchMode: "Manual", assessmentMode: "AutomaticByPlatform" } }),
      ],
      codes: ["windows-patching-manual"],
    },
    {
      title: "Windows VM with automatic updates off",
      resources: [windows({ enableAutomaticUpdates: false, patchSettings: { assessmentMode: "AutomaticByPlatform" } })],
      codes: ["windows-automatic-updates-off"],
    },
    {
      title: "Windows VM left at the defaults (no periodic assessment)",
      resources: [windows({ provisionVMAgent: true })],
      codes: ["assessment-not-automatic"],
    },
    {
      title: "osProfile without an OS configuration",
      resources: [vm({ computerName: "web", adminUsername: "ops" })],
      codes: ["assessment-not-automatic"],
    },
    {
      title: "Windows scale set profile with automatic updates off and no OS image upgrade",
      resources: [
        scaleSet({ windowsConfiguration: { enableAutomaticUpdates: false, patchSettings: { assessmentMode: "AutomaticByPlatform" } } }),
      ],
      codes: ["windows-automatic-updates-off"],
    },
    {
      title: "the message names the scale set path",
      resources: [scaleSet({ linuxConfiguration: { patchSettings: { assessmentMode: "AutomaticByPlatform" } } })],
      problems: [
        "The platform does not patch the Linux guest: `virtualMachineProfile.osProfile.linuxConfiguration.patchSettings.patchMode` is not AutomaticByPlatform (the image's own patching, if any, applies)",
      ],
    },
  ],
  notApplicable: [
    {
      title: "VM attached to an existing OS disk (no osProfile)",
      resources: [vm(undefined)],
      reason: "The VM declares no `osProfile` (guest settings come from the OS disk)",
    },
  ],
  unknown: [
    { title: "Linux patch mode computed", resources: [linux({ patchMode: UNKNOWN.string, assessmentMode: "AutomaticByPlatform" })] },
    { title: "Windows configuration computed", resources: [vm({ computerName: "web", windowsConfiguration: UNKNOWN.object })] },
    { title: "scale set OS profile computed", resources: [scaleSet(UNKNOWN.object)] },
  ],
});
