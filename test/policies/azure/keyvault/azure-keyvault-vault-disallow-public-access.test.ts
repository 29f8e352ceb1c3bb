import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-disallow-public-access";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const vault = (properties: Record<string, unknown>) =>
  resource(AZURE.keyVault, "secrets", {
    resourceGroupName: "rg",
    properties: {
      tenantId: "00000000-0000-0000-0000-000000000000",
      sku: { family: "A", name: "standard" },
      publicNetworkAccess: "Disabled",
      ...properties,
    },
  });

const cases: RuleCases = {
  compliant: [
    { title: "vault with publicNetworkAccess=Disabled", resources: [vault({})] },
    { title: "vault with publicNetworkAccess=disabled (any case)", resources: [vault({ publicNetworkAccess: "disabled" })] },
    {
      title: "vault with public access on but networkAcls.defaultAction=Deny",
      resources: [vault({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } })],
    },
    {
      title: "vault with publicNetworkAccess unset and networkAcls.defaultAction=Deny",
      resources: [vault({ publicNetworkAccess: undefined, networkAcls: { defaultAction: "Deny" } })],
    },
  ],
  violating: [
    {
      title: "vault with a secret publicNetworkAccess and defaultAction that are no known values",
      resources: [vault({ publicNetworkAccess: canary("Disabled"), networkAcls: { defaultAction: canary("Deny") } })],
      codes: ["public-network-access"],
    },
    {
      title: "vault with publicNetworkAccess and networkAcls unset",
      resources: [vault({ publicNetworkAccess: undefined })],
      codes: ["public-network-access"],
    },
    {
      title: "vault with publicNetworkAccess=Enabled and networkAcls.defaultAction=Allow",
      resources: [vault({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow" } })],
      codes: ["public-network-access"],
    },
    {
      title: "vault without properties",
      resources: [resource(AZURE.keyVault, "secrets", { resourceGroupName: "rg" })],
      codes: ["public-network-access"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "vault whose properties are computed", resources: [resource(AZURE.keyVault, "secrets", { properties: UNKNOWN.object })] },
    { title: "vault whose publicNetworkAccess is computed", resources: [vault({ publicNetworkAccess: UNKNOWN.string })] },
    {
      title: "vault with public access on whose networkAcls.defaultAction is computed",
      resources: [vault({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: UNKNOWN.string } })],
    },
  ],
};

describeRule(rule, cases);
