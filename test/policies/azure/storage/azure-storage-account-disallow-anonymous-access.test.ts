import rule from "../../../../policies/azure/storage/azure-storage-account-disallow-anonymous-access";
import { AZURE } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const account = (props: Record<string, unknown>) =>
  resource(AZURE.storageAccount, "data", { resourceGroupName: "rg-app", kind: "StorageV2", sku: { name: "Standard_ZRS" }, ...props });
const container = (props: Record<string, unknown>) =>
  resource(AZURE.storageBlobContainer, "uploads", { resourceGroupName: "rg-app", accountName: "data", ...props });

describeRule(rule, {
  compliant: [
    { title: "account with allowBlobPublicAccess unset (Azure treats it as false)", resources: [account({})] },
    { title: "account with allowBlobPublicAccess=false", resources: [account({ allowBlobPublicAccess: false })] },
    { title: "container with publicAccess=None", resources: [container({ publicAccess: "None" })] },
    { title: "container with publicAccess unset", resources: [container({})] },
    { title: "container whose publicAccess is a secret that is no known level", resources: [container({ publicAccess: canary() })] },
  ],
  violating: [
    {
      title: "account with allowBlobPublicAccess=true",
      resources: [account({ allowBlobPublicAccess: true })],
      codes: ["blob-public-access-allowed"],
    },
    { title: "container with publicAccess=Blob", resources: [container({ publicAccess: "Blob" })], codes: ["container-public"] },
    {
      title: "container with publicAccess=container (any case)",
      resources: [container({ publicAccess: "container" })],
      codes: ["container-public"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "account whose allowBlobPublicAccess is computed", resources: [account({ allowBlobPublicAccess: UNKNOWN.boolean })] },
    { title: "container whose publicAccess is computed", resources: [container({ publicAccess: UNKNOWN.string })] },
  ],
});
