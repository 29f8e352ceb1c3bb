import rule from "../../../../policies/azure/storage/azure-storage-account-enable-soft-delete";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN, urnOf } from "../../../support/rules";

const ACCOUNT_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stapp";
const account = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(
    AZURE.storageAccount,
    "data",
    { resourceGroupName: "rg-app", kind: "StorageV2", sku: { name: "Standard_ZRS" }, ...props },
    extra,
  );
const blobProps = {
  resourceGroupName: "rg-app",
  accountName: "stapp",
  deleteRetentionPolicy: { enabled: true, days: 14 },
  containerDeleteRetentionPolicy: { enabled: true, days: 14 },
  isVersioningEnabled: true,
};
/** Preview form: `accountName` comes from the account's output. */
const service = (props: Record<string, unknown> = {}) =>
  resource(
    AZURE.storageBlobServiceProperties,
    "data-blob",
    { ...blobProps, ...props },
    { propertyDependencies: { accountName: [urnOf(AZURE.storageAccount, "data")] } },
  );
/** Deployed form: the account has an id, the service names it by resource group and name. */
const deployedAccount = account({ name: "stapp" }, { id: ACCOUNT_ID });
const deployedService = (props: Record<string, unknown> = {}) =>
  resource(AZURE.storageBlobServiceProperties, "data-blob", { ...blobProps, ...props }, { id: `${ACCOUNT_ID}/blobServices/default` });

const cases: RuleCases = {
  compliant: [
    { title: "account with soft delete, container soft delete and versioning (preview)", resources: [account(), service()] },
    { title: "same in deployed state, joined by resource group and account name", resources: [deployedAccount, deployedService()] },
    {
      title: "FileStorage account has no blobs; another account is covered",
      resources: [account({ kind: "FileStorage" }), deployedAccount, deployedService()],
    },
  ],
  violating: [
    {
      title: "account without BlobServiceProperties",
      resources: [account()],
      problems: ["The storage account has no BlobServiceProperties, so blob and container soft delete and versioning stay off"],
    },
    {
      title: "deployed account whose service names another account",
      resources: [
        deployedAccount,
        { ...deployedService({ accountName: "stother" }), id: `${ACCOUNT_ID.replace("stapp", "stother")}/blobServices/default` },
      ],
      problems: ["The storage account has no BlobServiceProperties, so blob and container soft delete and versioning stay off"],
    },
    {
      title: "blob soft delete disabled",
      resources: [account(), service({ deleteRetentionPolicy: { enabled: false } })],
      problems: [
        "The storage account does not soft-delete blobs: `deleteRetentionPolicy.enabled` is not true on its BlobServiceProperties",
      ],
    },
    {
      title: "blob soft delete for 3 days (deployed)",
      resources: [deployedAccount, deployedService({ deleteRetentionPolicy: { enabled: true, days: 3 } })],
      problems: ["The storage account keeps deleted blobs for 3 days: `deleteRetentionPolicy.days` is 3, below the required 7"],
    },
    {
      title: "no container soft delete and no versioning",
      resources: [account(), service({ containerDeleteRetentionPolicy: undefined, isVersioningEnabled: false })],
      problems: [
        "The storage account does not soft-delete containers: `containerDeleteRetentionPolicy.enabled` is not true on its BlobServiceProperties",
        "The storage account keeps no blob versions: `isVersioningEnabled` is not true on its BlobServiceProperties",
      ],
    },
  ],
  notApplicable: [
    { title: "stack without storage accounts", resources: [], reason: "The stack has no storage account with blob storage" },
    {
      title: "stack with only a FileStorage account",
      resources: [account({ kind: "FileStorage" })],
      reason: "The stack has no storage account with blob storage",
    },
  ],
  unknown: [
    { title: "soft-delete policy computed", resources: [account(), service({ deleteRetentionPolicy: UNKNOWN.object })] },
    { title: "versioning flag computed", resources: [account(), service({ isVersioningEnabled: UNKNOWN.boolean })] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "account soft-deleting blobs for 7 days",
  resources: (tags) => [account({ tags }), service({ deleteRetentionPolicy: { enabled: true, days: 7 } })],
  expected: {
    public: [],
    internal: [],
    confidential: [
      "The storage account keeps deleted blobs for 7 days: `deleteRetentionPolicy.days` is 7, below the 14 days confidential data requires",
    ],
    restricted: [
      "The storage account keeps deleted blobs for 7 days: `deleteRetentionPolicy.days` is 7, below the 35 days restricted data requires",
    ],
  },
});
