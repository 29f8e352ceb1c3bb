import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-require-rbac";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const vault = (properties: Record<string, unknown>) =>
  resource(AZURE.keyVault, "kv", {
    resourceGroupName: "rg-app",
    properties: {
      tenantId: "00000000-0000-0000-0000-000000000000",
      sku: { family: "A", name: "standard" },
      enableRbacAuthorization: true,
      ...properties,
    },
  });

describeRule(rule, {
  compliant: [{ title: "vault with enableRbacAuthorization=true", resources: [vault({})] }],
  violating: [
    {
      title: "vault with enableRbacAuthorization unset",
      resources: [vault({ enableRbacAuthorization: undefined })],
      problems: ["The vault uses access policies: `properties.enableRbacAuthorization` is not set, and Azure then treats it as false"],
    },
    {
      title: "vault with enableRbacAuthorization=false",
      resources: [vault({ enableRbacAuthorization: false })],
      problems: ["The vault uses access policies: `properties.enableRbacAuthorization` is false"],
    },
  ],
  notApplicable: [
    {
      title: "vault where the map puts key management on the provider's side",
      resources: [vault({ enableRbacAuthorization: false })],
      map: mapWithScope("key-management", { provider: "azure", side: "provider", note: "Keys are managed by the provider." }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "RBAC flag computed", resources: [vault({ enableRbacAuthorization: UNKNOWN.boolean })] }],
});
