import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-enable-purge-protection";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const vault = (properties: Record<string, unknown>) =>
  resource(AZURE.keyVault, "kv", {
    resourceGroupName: "rg-app",
    properties: {
      tenantId: "00000000-0000-0000-0000-000000000000",
      sku: { family: "A", name: "standard" },
      enablePurgeProtection: true,
      ...properties,
    },
  });

describeRule(rule, {
  compliant: [
    { title: "vault with enablePurgeProtection=true and default soft delete", resources: [vault({})] },
    { title: "vault with enableSoftDelete=true", resources: [vault({ enableSoftDelete: true })] },
  ],
  violating: [
    {
      title: "vault with purge protection unset",
      resources: [vault({ enablePurgeProtection: undefined })],
      codes: ["purge-protection-off"],
    },
    {
      title: "vault with enableSoftDelete=false and enablePurgeProtection=false",
      resources: [vault({ enableSoftDelete: false, enablePurgeProtection: false })],
      codes: ["soft-delete-off", "purge-protection-off"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "purge protection computed", resources: [vault({ enablePurgeProtection: UNKNOWN.boolean })] }],
});
