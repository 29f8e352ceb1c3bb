import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-require-encryption-at-host";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["encryption-at-host-off"],
    },
    {
      title: "VM with encryptionAtHost=false",
      resources: [vm({ encryptionAtHost: false })],
      codes: ["encryption-at-host-off"],
    },
    {
      title: "scale set with encryptionAtHost unset",
      resources: [scaleSet({ securityType: "TrustedLaunch" })],
      codes: ["encryption-at-host-off"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "VM flag computed", resources: [vm({ encryptionAtHost: UNKNOWN.boolean })] },
    { title: "scale set profile computed", resources: [scaleSet(UNKNOWN.object)] },
  ],
});
