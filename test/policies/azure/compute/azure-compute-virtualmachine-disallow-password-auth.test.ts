import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-disallow-password-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const vm = (osProfile: unknown, osType = "Linux") =>
  resource(AZURE.computeVirtualMachine, "web", {
    resourceGroupName: "rg-app",
    osProfile,
    storageProfile: { osDisk: { createOption: "FromImage", osType } },
  });
const linux = (linuxConfiguration: unknown) => ({ computerName: "web", adminUsername: "azureuser", linuxConfiguration });

describeRule(rule, {
  compliant: [
    {
      title: "Linux VM with disablePasswordAuthentication=true",
      resources: [vm(linux({ disablePasswordAuthentication: true, ssh: { publicKeys: [] } }))],
    },
  ],
  violating: [
    {
      title: "Linux VM with disablePasswordAuthentication=false",
      resources: [vm(linux({ disablePasswordAuthentication: false }))],
      problems: ["The VM accepts SSH passwords: `osProfile.linuxConfiguration.disablePasswordAuthentication` is false"],
    },
    {
      title: "VM with a password and no linuxConfiguration",
      resources: [vm({ computerName: "web", adminUsername: "azureuser", adminPassword: "x" })],
      problems: [
        "The VM accepts SSH passwords: `osProfile.linuxConfiguration.disablePasswordAuthentication` is not set, and Azure then allows passwords",
      ],
    },
  ],
  notApplicable: [
    {
      title: "Windows VM by OS disk type",
      resources: [vm({ computerName: "win", adminUsername: "azureuser" }, "Windows")],
      reason: "The VM runs Windows, which has no SSH key-only sign-in",
    },
    {
      title: "Windows VM by windowsConfiguration",
      resources: [
        vm(
          { computerName: "win", adminUsername: "azureuser", windowsConfiguration: { provisionVMAgent: true } },
          undefined as unknown as string,
        ),
      ],
      reason: "The VM runs Windows, which has no SSH key-only sign-in",
    },
    { title: "VM attached to an existing OS disk", resources: [vm(undefined)], reason: /has no `osProfile`/ },
  ],
  unknown: [{ title: "password flag computed", resources: [vm(linux({ disablePasswordAuthentication: UNKNOWN.boolean }))] }],
});
