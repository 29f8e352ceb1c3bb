import rule from "../../../../policies/azure/recoveryservices/azure-recoveryservices-vault-enable-soft-delete";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const vault = (securitySettings: unknown) =>
  resource(AZURE.recoveryServicesVault, "rsv", {
    resourceGroupName: "rg-backup",
    sku: { name: "Standard" },
    properties: { publicNetworkAccess: "Disabled", securitySettings },
  });

describeRule(rule, {
  compliant: [
    { title: "vault with default soft delete", resources: [vault(undefined)] },
    { title: "vault with softDeleteState=AlwaysON", resources: [vault({ softDeleteSettings: { softDeleteState: "AlwaysON" } })] },
    {
      title: "immutable vault when immutability is required",
      resources: [vault({ immutabilitySettings: { state: "Locked" } })],
      config: { requireImmutability: true },
    },
  ],
  violating: [
    {
      title: "vault with a secret immutability state that is no state",
      resources: [vault({ immutabilitySettings: { state: canary("Locked") } })],
      config: { requireImmutability: true },
      codes: ["not-immutable"],
    },
    {
      title: "vault with softDeleteState=Disabled",
      resources: [vault({ softDeleteSettings: { softDeleteState: "Disabled" } })],
      codes: ["soft-delete-off"],
    },
    {
      title: "vault without immutability when required",
      resources: [vault({ immutabilitySettings: { state: "Disabled" } })],
      config: { requireImmutability: true },
      codes: ["not-immutable"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "soft-delete state computed", resources: [vault({ softDeleteSettings: { softDeleteState: UNKNOWN.string } })] }],
});
