import rule from "../../../../policies/azure/cosmosdb/azure-cosmosdb-account-disallow-public-network-access";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const account = (props: Record<string, unknown>) =>
  resource(AZURE.cosmosDbAccount, "cosmos", {
    resourceGroupName: "rg-app",
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope" }],
    publicNetworkAccess: "Disabled",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "account with publicNetworkAccess=Disabled", resources: [account({})] },
    { title: "account secured by a network security perimeter", resources: [account({ publicNetworkAccess: "SecuredByPerimeter" })] },
    {
      title: "public account limited by ipRules",
      resources: [account({ publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }] })],
    },
    {
      title: "account with publicNetworkAccess unset and the virtual network filter on",
      resources: [account({ publicNetworkAccess: undefined, isVirtualNetworkFilterEnabled: true })],
    },
  ],
  violating: [
    {
      title: "account with publicNetworkAccess unset and no rules",
      resources: [account({ publicNetworkAccess: undefined })],
      codes: ["public-network-access"],
    },
    {
      title: "account with publicNetworkAccess=Enabled, empty ipRules and the filter off",
      resources: [account({ publicNetworkAccess: "Enabled", ipRules: [], isVirtualNetworkFilterEnabled: false })],
      codes: ["public-network-access"],
    },
    {
      title: "account whose publicNetworkAccess is a secret that is no known value",
      resources: [account({ publicNetworkAccess: canary("Disabled") })],
      codes: ["public-network-access"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "account whose publicNetworkAccess is computed", resources: [account({ publicNetworkAccess: UNKNOWN.string })] },
    {
      title: "public account whose ipRules are computed",
      resources: [account({ publicNetworkAccess: "Enabled", ipRules: UNKNOWN.array })],
    },
  ],
});
