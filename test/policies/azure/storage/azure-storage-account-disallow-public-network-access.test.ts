import rule from "../../../../policies/azure/storage/azure-storage-account-disallow-public-network-access";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const account = (props: Record<string, unknown>) =>
  resource(AZURE.storageAccount, "data", {
    resourceGroupName: "rg-app",
    kind: "StorageV2",
    sku: { name: "Standard_ZRS" },
    publicNetworkAccess: "Disabled",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "account with publicNetworkAccess=Disabled", resources: [account({})] },
    { title: "account secured by a network security perimeter", resources: [account({ publicNetworkAccess: "SecuredByPerimeter" })] },
    {
      title: "account with public access on but networkRuleSet.defaultAction=Deny",
      resources: [account({ publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" } })],
    },
    {
      title: "account with publicNetworkAccess unset and networkRuleSet.defaultAction=deny (any case)",
      resources: [account({ publicNetworkAccess: undefined, networkRuleSet: { defaultAction: "deny" } })],
    },
  ],
  violating: [
    {
      title: "account with publicNetworkAccess and networkRuleSet unset",
      resources: [account({ publicNetworkAccess: undefined })],
      codes: ["public-network-access"],
    },
    {
      title: "account with publicNetworkAccess=Enabled and networkRuleSet.defaultAction=Allow",
      resources: [account({ publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow" } })],
      codes: ["public-network-access"],
    },
    {
      title: "account with a secret publicNetworkAccess and defaultAction that are no known values",
      resources: [account({ publicNetworkAccess: canary("Disabled"), networkRuleSet: { defaultAction: canary("Deny") } })],
      codes: ["public-network-access"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "account whose publicNetworkAccess is computed", resources: [account({ publicNetworkAccess: UNKNOWN.string })] },
    {
      title: "account with public access on whose networkRuleSet.defaultAction is computed",
      resources: [account({ publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: UNKNOWN.string } })],
    },
  ],
});
