import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-disallow-public-access";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

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
      problems: [
        "The vault accepts traffic from any network: `properties.publicNetworkAccess` is not a recognised access setting and `properties.networkAcls.defaultAction` is not a recognised network action",
      ],
    },
    {
      title: "vault with publicNetworkAccess and networkAcls unset",
      resources: [vault({ publicNetworkAccess: undefined })],
      problems: [
        "The vault accepts traffic from any network: `properties.publicNetworkAccess` is not set (Azure enables it) and `properties.networkAcls.defaultAction` is not set (Azure allows by default)",
      ],
    },
    {
      title: "vault with publicNetworkAccess=Enabled and networkAcls.defaultAction=Allow",
      resources: [vault({ publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow" } })],
      problems: [
        'The vault accepts traffic from any network: `properties.publicNetworkAccess` is "Enabled" and `properties.networkAcls.defaultAction` is "Allow"',
      ],
    },
    {
      title: "vault without properties",
      resources: [resource(AZURE.keyVault, "secrets", { resourceGroupName: "rg" })],
      problems: ["The vault accepts traffic from any network: `properties.publicNetworkAccess` and `properties.networkAcls` are not set"],
    },
  ],
  notApplicable: [
    {
      title: "vault where the map puts key management on the provider's side",
      resources: [vault({ publicNetworkAccess: "Enabled" })],
      map: mapWithScope("key-management", {
        provider: "azure",
        resourceTypes: ["azure-native:keyvault:*"],
        side: "provider",
        note: "Test scope.",
      }),
      reason: /^The responsibility map puts key management for azure-native:keyvault:Vault on the provider.s side: Test scope\.$/,
    },
  ],
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
