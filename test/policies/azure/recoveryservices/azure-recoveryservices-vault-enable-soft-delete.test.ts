import rule from "../../../../policies/azure/recoveryservices/azure-recoveryservices-vault-enable-soft-delete";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const vault = (securitySettings: unknown) =>
  resource(AZURE.recoveryServicesVault, "rsv", {
    resourceGroupName: "rg-backup",
    sku: { name: "Standard" },
    properties: { publicNetworkAccess: "Disabled", securitySettings },
  });
const DISABLED = "The vault deletes backups immediately: `properties.securitySettings.softDeleteSettings.softDeleteState` is Disabled";

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
      problems: [
        "The vault's backups are not immutable: `properties.securitySettings.immutabilitySettings.state` is not a recognised immutability state",
      ],
    },
    {
      title: "vault with softDeleteState=Disabled",
      resources: [vault({ softDeleteSettings: { softDeleteState: "Disabled" } })],
      problems: [DISABLED],
    },
    {
      title: "vault without immutability when required",
      resources: [vault({ immutabilitySettings: { state: "Disabled" } })],
      config: { requireImmutability: true },
      problems: ['The vault\'s backups are not immutable: `properties.securitySettings.immutabilitySettings.state` is "Disabled"'],
    },
  ],
  notApplicable: [
    {
      title: "vault where the map puts backup on the provider's side",
      resources: [vault({ softDeleteSettings: { softDeleteState: "Disabled" } })],
      map: mapWithScope("backup", {
        provider: "azure",
        resourceTypes: ["azure-native:recoveryservices:*"],
        side: "provider",
        note: "Backups are a managed service here.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "soft-delete state computed", resources: [vault({ softDeleteSettings: { softDeleteState: UNKNOWN.string } })] }],
});
