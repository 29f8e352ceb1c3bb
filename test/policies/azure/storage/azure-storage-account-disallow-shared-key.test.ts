import rule from "../../../../policies/azure/storage/azure-storage-account-disallow-shared-key";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const account = (props: Record<string, unknown>) =>
  resource(AZURE.storageAccount, "data", {
    resourceGroupName: "rg-app",
    kind: "StorageV2",
    sku: { name: "Standard_ZRS" },
    allowSharedKeyAccess: false,
    defaultToOAuthAuthentication: true,
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "account with allowSharedKeyAccess=false and defaultToOAuthAuthentication=true", resources: [account({})] }],
  violating: [
    {
      title: "account with allowSharedKeyAccess=true",
      resources: [account({ allowSharedKeyAccess: true })],
      problems: ["The storage account accepts shared keys: `allowSharedKeyAccess` is true"],
    },
    {
      title: "account with both flags unset",
      resources: [account({ allowSharedKeyAccess: undefined, defaultToOAuthAuthentication: undefined })],
      problems: [
        "The storage account accepts shared keys: `allowSharedKeyAccess` is not set, and Azure then allows them",
        "The portal defaults to key access: `defaultToOAuthAuthentication` is not set, and Azure then treats it as false",
      ],
    },
    {
      title: "account with defaultToOAuthAuthentication=false",
      resources: [account({ defaultToOAuthAuthentication: false })],
      problems: ["The portal defaults to key access: `defaultToOAuthAuthentication` is false"],
    },
  ],
  notApplicable: [
    {
      title: "account where the map puts strong authentication on the provider's side",
      resources: [account({ allowSharedKeyAccess: true })],
      map: mapWithScope("mfa", {
        provider: "azure",
        resourceTypes: ["azure-native:storage:*"],
        side: "provider",
        note: "Shared keys are governed centrally.",
      }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "account whose allowSharedKeyAccess is computed", resources: [account({ allowSharedKeyAccess: UNKNOWN.boolean })] }],
});
