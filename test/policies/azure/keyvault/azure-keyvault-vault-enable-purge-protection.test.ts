import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-enable-purge-protection";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: [
        "Deleted keys can be purged at once: `properties.enablePurgeProtection` is not set, and Azure then leaves purge protection off",
      ],
    },
    {
      title: "vault with enableSoftDelete=false and enablePurgeProtection=false",
      resources: [vault({ enableSoftDelete: false, enablePurgeProtection: false })],
      problems: [
        "The vault deletes keys immediately: `properties.enableSoftDelete` is false",
        "Deleted keys can be purged at once: `properties.enablePurgeProtection` is false",
      ],
    },
  ],
  notApplicable: [
    {
      title: "vault where the map puts key management on the provider's side",
      resources: [vault({ enablePurgeProtection: false })],
      map: mapWithScope("key-management", {
        provider: "azure",
        resourceTypes: ["azure-native:keyvault:*"],
        side: "provider",
        note: "Managed by the platform team's HSM.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "purge protection computed", resources: [vault({ enablePurgeProtection: UNKNOWN.boolean })] }],
});
