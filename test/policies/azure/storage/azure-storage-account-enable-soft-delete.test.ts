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
/**
 * Deployed form: outputs carry no path parameters (`resourceGroupName`, `accountName`); the service's
 * id nests under the account's.
 */
const deployedAccount = account({ resourceGroupName: undefined, name: "stapp" }, { id: ACCOUNT_ID });
const deployedService = (props: Record<string, unknown> = {}, accountId = ACCOUNT_ID) =>
  resource(
    AZURE.storageBlobServiceProperties,
    "data-blob",
    { ...blobProps, resourceGroupName: undefined, accountName: undefined, name: "default", ...props },
    { id: `${accountId}/blobServices/default` },
  );
/** Preview form with literal names and no dependency (the account deployed earlier). */
const literalService = (props: Record<string, unknown> = {}) =>
  resource(AZURE.storageBlobServiceProperties, "data-blob", { ...blobProps, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "account with soft delete, container soft delete and versioning (preview)", resources: [account(), service()] },
    { title: "same in deployed state, joined by the service's id", resources: [deployedAccount, deployedService()] },
    { title: "literal account name in preview joins the deployed account by its id", resources: [deployedAccount, literalService()] },
    {
      title: "FileStorage account has no blobs; another account is covered",
      resources: [account({ kind: "FileStorage" }), deployedAccount, deployedService()],
    },
  ],
  violating: [
    {
      title: "account without BlobServiceProperties, an explicit failure next to an account whose soft-delete policy is computed",
      resources: [
        account(),
        resource(AZURE.storageAccount, "logs", { resourceGroupName: "rg-app", kind: "StorageV2", sku: { name: "Standard_ZRS" } }),
        resource(
          AZURE.storageBlobServiceProperties,
          "logs-blob",
          { ...blobProps, accountName: "stlogs", deleteRetentionPolicy: UNKNOWN.object },
          { propertyDependencies: { accountName: [urnOf(AZURE.storageAccount, "logs")] } },
        ),
      ],
      codes: ["no-blob-service"],
      undecided: ["logs"],
    },
    {
      title: "account without BlobServiceProperties",
      resources: [account()],
      codes: ["no-blob-service"],
    },
    {
      title: "deployed account whose service names another account",
      resources: [deployedAccount, deployedService({}, ACCOUNT_ID.replace("stapp", "stother"))],
      codes: ["no-blob-service"],
    },
    {
      title: "blob soft delete disabled",
      resources: [account(), service({ deleteRetentionPolicy: { enabled: false } })],
      codes: ["blob-soft-delete-off"],
    },
    {
      title: "blob soft delete for 3 days (deployed)",
      resources: [deployedAccount, deployedService({ deleteRetentionPolicy: { enabled: true, days: 3 } })],
      codes: ["blob-retention-too-short"],
    },
    {
      title: "no container soft delete and no versioning",
      resources: [account(), service({ containerDeleteRetentionPolicy: undefined, isVersioningEnabled: false })],
      codes: ["container-soft-delete-off", "versioning-off"],
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
    {
      title: "soft-delete policy computed",
      resources: [account(), service({ deleteRetentionPolicy: UNKNOWN.object })],
      undecided: ["data"],
    },
    { title: "versioning flag computed", resources: [account(), service({ isVersioningEnabled: UNKNOWN.boolean })], undecided: ["data"] },
    { title: "account kind computed", resources: [account({ kind: UNKNOWN.string }), service()], undecided: ["data"] },
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
    confidential: ["blob-retention-too-short"],
    restricted: ["blob-retention-too-short"],
  },
});
