import rule from "../../../../policies/azure/storage/azure-storage-account-disallow-shared-key";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["shared-key-allowed"],
    },
    {
      title: "account with both flags unset",
      resources: [account({ allowSharedKeyAccess: undefined, defaultToOAuthAuthentication: undefined })],
      codes: ["shared-key-allowed", "oauth-not-default"],
    },
    {
      title: "account with defaultToOAuthAuthentication=false",
      resources: [account({ defaultToOAuthAuthentication: false })],
      codes: ["oauth-not-default"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "account whose allowSharedKeyAccess is computed", resources: [account({ allowSharedKeyAccess: UNKNOWN.boolean })] }],
});
