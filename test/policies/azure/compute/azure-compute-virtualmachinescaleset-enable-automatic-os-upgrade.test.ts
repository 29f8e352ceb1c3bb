import rule from "../../../../policies/azure/compute/azure-compute-virtualmachinescaleset-enable-automatic-os-upgrade";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const PLATFORM_IMAGE = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const scaleSet = (upgradePolicy: unknown, imageReference: unknown = PLATFORM_IMAGE) =>
  resource(AZURE.computeVirtualMachineScaleSet, "workers", {
    resourceGroupName: "rg-app",
    virtualMachineProfile: { storageProfile: { imageReference } },
    upgradePolicy,
  });
const AUTOMATIC = { mode: "Rolling", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } };

describeRule(rule, {
  compliant: [
    { title: "platform image with automatic OS upgrade", resources: [scaleSet(AUTOMATIC)] },
    {
      title: "gallery image with automatic OS upgrade and Automatic mode",
      resources: [
        scaleSet(
          { mode: "Automatic", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
          { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/galleries/gal/images/base" },
        ),
      ],
    },
  ],
  violating: [
    { title: "no upgrade policy", resources: [scaleSet(undefined)], codes: ["automatic-os-upgrade-off"] },
    {
      title: "automatic OS upgrade off in Manual mode",
      resources: [scaleSet({ mode: "Manual", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: false } })],
      codes: ["automatic-os-upgrade-off", "manual-upgrade-mode"],
    },
    {
      title: "shared gallery image in Manual mode",
      resources: [
        scaleSet(
          { mode: "Manual", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
          { sharedGalleryImageId: "/SharedGalleries/g/Images/i" },
        ),
      ],
      codes: ["manual-upgrade-mode"],
    },
  ],
  notApplicable: [
    {
      title: "managed image",
      resources: [scaleSet(undefined, { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/images/base" })],
      reason: "The scale set runs a managed image, which has no newer versions to upgrade to",
    },
    {
      title: "no image reference",
      resources: [resource(AZURE.computeVirtualMachineScaleSet, "workers", { resourceGroupName: "rg-app", virtualMachineProfile: {} })],
      reason: "The scale set names no `virtualMachineProfile.storageProfile.imageReference`",
    },
  ],
  unknown: [
    {
      title: "automatic OS upgrade flag computed",
      resources: [scaleSet({ automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: UNKNOWN.boolean } })],
    },
    { title: "image reference computed", resources: [scaleSet(AUTOMATIC, UNKNOWN.object)] },
  ],
});
