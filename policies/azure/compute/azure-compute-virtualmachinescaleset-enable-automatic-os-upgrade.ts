import type { VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, pass, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type ScaleSet = Pick<VirtualMachineScaleSetArgs, "upgradePolicy" | "virtualMachineProfile">;

export default defineRule({
  name: "azure-compute-virtualmachinescaleset-enable-automatic-os-upgrade",
  displayName: "Scale sets upgrade their OS image automatically",
  description:
    "Every scale set built from a platform or gallery image sets `upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade` to true and does not leave model changes to manual upgrades (`upgradePolicy.mode: Manual`).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AZURE.computeVirtualMachineScaleSet],
  remediation:
    'Set `upgradePolicy: { mode: "Rolling", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } }` (with a health probe or the application health extension).',
  why: "instances keep the OS image they were created from, with its known vulnerabilities, until someone reimages them",
  controls: {
    nist: ["SI-2"],
    pciDss: ["6.3.3"],
    iso27001: ["A.8.8"],
    mcsb: ["PV-6"],
    azurePolicy: ["465f0161-0087-490a-9ad9-ad6217f4f43a"],
  },
  problems: {
    "automatic-os-upgrade-off": "the scale set does not upgrade its OS image automatically",
    "manual-upgrade-mode": "model changes (a patched image) reach the instances only by manual upgrade (`upgradePolicy.mode: Manual`)",
  },
  check(resource) {
    const { virtualMachineProfile } = resource.props as ScaleSet;
    const storage = isRecord(virtualMachineProfile) ? virtualMachineProfile["storageProfile"] : undefined;
    const image = isRecord(storage) ? storage["imageReference"] : undefined;
    if (!isRecord(image)) return notApplicable("The scale set names no `virtualMachineProfile.storageProfile.imageReference`");
    // SDK (ImageReference): `publisher`/`offer`/`sku` name a platform or marketplace image; gallery images use `id`
    // (".../galleries/{galleryName}/images/{imageName}"), `sharedGalleryImageId` or `communityGalleryImageId`.
    // A managed image (`id` without "/galleries/") has no newer versions to upgrade to.
    const id = image["id"];
    const upgradable =
      typeof image["publisher"] === "string" ||
      typeof image["sharedGalleryImageId"] === "string" ||
      typeof image["communityGalleryImageId"] === "string" ||
      (typeof id === "string" && id.toLowerCase().includes("/galleries/"));
    if (!upgradable) return notApplicable("The scale set runs a managed image, which has no newer versions to upgrade to");
    const { upgradePolicy } = resource.props as ScaleSet;
    const policy = isRecord(upgradePolicy) ? upgradePolicy : {};
    const automatic = policy["automaticOSUpgradePolicy"];
    const problems: Violation[] = [];
    // SDK (AutomaticOSUpgradePolicy.enableAutomaticOSUpgrade): "Indicates whether OS upgrades should automatically be applied ... Default value is false."
    if (!isRecord(automatic) || automatic["enableAutomaticOSUpgrade"] !== true) {
      problems.push({
        actual:
          "The scale set does not upgrade its OS image automatically: `upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade` is not true (default false)",
        code: "automatic-os-upgrade-off",
        fix: "Set `upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade: true`.",
      });
    }
    // SDK (UpgradePolicy.mode): "**Manual** - You control the application of updates to virtual machines in the scale set. You do this by using the manualUpgrade action."
    // No default is documented, so only an explicit Manual is reported.
    if (policy["mode"] === "Manual") {
      problems.push({
        actual: "Model changes reach the instances only by manual upgrade: `upgradePolicy.mode` is Manual",
        code: "manual-upgrade-mode",
        fix: "Set `upgradePolicy.mode` to `Rolling` (or `Automatic`).",
      });
    }
    return problems.length === 0 ? pass : problems;
  },
});
