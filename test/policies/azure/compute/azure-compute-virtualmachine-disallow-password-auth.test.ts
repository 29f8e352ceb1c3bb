import { expect, it } from "vitest";
import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-disallow-password-auth";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, run, UNKNOWN } from "../../../support/rules";

/** `osType: null` leaves it out, as programs that deploy a marketplace image usually do. */
const vm = (osProfile: unknown, osType: string | null = "Linux", imageReference: unknown = undefined) =>
  resource(AZURE.computeVirtualMachine, "web", {
    resourceGroupName: "rg-app",
    osProfile,
    storageProfile: { osDisk: { createOption: "FromImage", osType: osType ?? undefined }, imageReference },
  });
const withPassword = { computerName: "web", adminUsername: "azureuser", adminPassword: "x" };
const WINDOWS_IMAGE = {
  publisher: "MicrosoftWindowsServer",
  offer: "WindowsServer",
  sku: "2022-datacenter-azure-edition",
  version: "latest",
};
const UBUNTU_IMAGE = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const GALLERY_IMAGE = {
  id: "/subscriptions/0000/resourceGroups/rg-img/providers/Microsoft.Compute/galleries/g/images/base/versions/1.0.0",
};
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
      codes: ["password-auth-allowed"],
    },
    {
      title: "Ubuntu marketplace VM with a password and no linuxConfiguration (osType not written)",
      resources: [vm(withPassword, null, UBUNTU_IMAGE)],
      codes: ["password-auth-allowed"],
      levels: ["mandatory"],
    },
    {
      title: "gallery-image VM whose OS the program does not say: advisory, never blocks",
      resources: [vm(withPassword, null, GALLERY_IMAGE)],
      codes: ["os-unknown"],
      levels: ["advisory"],
    },
    {
      title: "VM with a password and no linuxConfiguration",
      resources: [vm({ computerName: "web", adminUsername: "azureuser", adminPassword: "x" })],
      codes: ["password-auth-allowed"],
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
      resources: [vm({ computerName: "win", adminUsername: "azureuser", windowsConfiguration: { provisionVMAgent: true } }, null)],
      reason: "The VM runs Windows, which has no SSH key-only sign-in",
    },
    { title: "VM attached to an existing OS disk", resources: [vm(undefined)], reason: /has no `osProfile`/ },
    {
      // A Windows marketplace VM usually sets neither osType nor windowsConfiguration in its inputs.
      title: "Windows marketplace VM without osType or windowsConfiguration (preview inputs)",
      resources: [vm(withPassword, null, WINDOWS_IMAGE)],
      reason: "The VM runs Windows, which has no SSH key-only sign-in",
    },
    {
      title: "the same VM deployed (outputs carry osType and windowsConfiguration)",
      resources: [
        vm({ computerName: "web", adminUsername: "azureuser", windowsConfiguration: { provisionVMAgent: true } }, "Windows", WINDOWS_IMAGE),
      ],
      reason: "The VM runs Windows, which has no SSH key-only sign-in",
    },
  ],
  unknown: [{ title: "password flag computed", resources: [vm(linux({ disablePasswordAuthentication: UNKNOWN.boolean }))] }],
});

// The advisory must not claim what the program does not show: the OS is not known, so it "may" accept passwords.
it("says only that a VM of unknown OS may accept passwords", () => {
  const [finding] = run(rule, [vm(withPassword, null, GALLERY_IMAGE)]);
  expect(finding?.problem).toMatch(/^The VM may accept SSH passwords: .*its OS cannot be told from the program/);
});
