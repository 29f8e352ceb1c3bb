import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-require-encryption-at-host";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const vm = (securityProfile: unknown) =>
  resource(AZURE.computeVirtualMachine, "web", {
    resourceGroupName: "rg-app",
    hardwareProfile: { vmSize: "Standard_D2s_v5" },
    securityProfile,
  });
const scaleSet = (securityProfile: unknown) =>
  resource(AZURE.computeVirtualMachineScaleSet, "workers", { resourceGroupName: "rg-app", virtualMachineProfile: { securityProfile } });

describeRule(rule, {
  compliant: [
    { title: "VM with encryptionAtHost=true", resources: [vm({ encryptionAtHost: true })] },
    { title: "scale set with encryptionAtHost=true", resources: [scaleSet({ encryptionAtHost: true })] },
  ],
  violating: [
    {
      title: "VM without securityProfile",
      resources: [vm(undefined)],
      problems: ["The VM does not encrypt at the host: `securityProfile.encryptionAtHost` is not true"],
    },
    {
      title: "VM with encryptionAtHost=false",
      resources: [vm({ encryptionAtHost: false })],
      problems: ["The VM does not encrypt at the host: `securityProfile.encryptionAtHost` is not true"],
    },
    {
      title: "scale set with encryptionAtHost unset",
      resources: [scaleSet({ securityType: "TrustedLaunch" })],
      problems: ["The scale set does not encrypt at the host: `virtualMachineProfile.securityProfile.encryptionAtHost` is not true"],
    },
  ],
  notApplicable: [
    {
      title: "VM where the map puts encryption at rest on the provider's side",
      resources: [vm(undefined)],
      map: mapWithScope("encryption-at-rest", {
        provider: "azure",
        resourceTypes: ["azure-native:compute:*"],
        side: "provider",
        note: "Disks use SSE only.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [
    { title: "VM flag computed", resources: [vm({ encryptionAtHost: UNKNOWN.boolean })] },
    { title: "scale set profile computed", resources: [scaleSet(UNKNOWN.object)] },
  ],
});
