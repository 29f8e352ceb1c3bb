import rule from "../../../../policies/azure/recoveryservices/azure-recoveryservices-vault-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const cmk = {
  keyVaultProperties: { keyUri: "https://kv-backup.vault.azure.net/keys/rsv" },
  kekIdentity: {
    userAssignedIdentity: "/subscriptions/0000/resourceGroups/rg-backup/providers/Microsoft.ManagedIdentity/userAssignedIdentities/rsv",
  },
};
const vault = (encryption: unknown) =>
  resource(AZURE.recoveryServicesVault, "rsv", {
    resourceGroupName: "rg-backup",
    sku: { name: "Standard" },
    properties: { publicNetworkAccess: "Disabled", encryption },
  });

const cases: RuleCases = {
  compliant: [{ title: "vault with a Key Vault key", resources: [vault(cmk)] }],
  violating: [
    { title: "vault without encryption settings", resources: [vault(undefined)], codes: ["microsoft-managed-key"] },
    {
      title: "vault with encryption but no keyVaultProperties",
      resources: [vault({ ...cmk, keyVaultProperties: undefined })],
      codes: ["microsoft-managed-key"],
    },
    {
      title: "vault without properties",
      resources: [resource(AZURE.recoveryServicesVault, "rsv", { resourceGroupName: "rg-backup", sku: { name: "Standard" } })],
      codes: ["microsoft-managed-key"],
    },
  ],
  notApplicable: [
    {
      title: "vault when customer-managed keys are not required",
      resources: [vault(undefined)],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's options do not require a customer-managed key",
    },
  ],
  unknown: [{ title: "key URI computed", resources: [vault({ ...cmk, keyVaultProperties: { keyUri: UNKNOWN.string } })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "vault with no customer-managed key",
  resources: (tags) => [resource(AZURE.recoveryServicesVault, "rsv", { tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: ["microsoft-managed-key"],
    restricted: ["microsoft-managed-key"],
  },
});
