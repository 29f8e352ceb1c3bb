import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-require-rbac";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["access-policies"],
    },
    {
      title: "vault with enableRbacAuthorization=false",
      resources: [vault({ enableRbacAuthorization: false })],
      codes: ["access-policies"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "RBAC flag computed", resources: [vault({ enableRbacAuthorization: UNKNOWN.boolean })] }],
});
