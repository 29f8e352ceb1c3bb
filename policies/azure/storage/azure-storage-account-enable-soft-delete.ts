import type { BlobServicePropertiesArgs, StorageAccountArgs } from "@pulumi/azure-native/storage";
import { belowRequired, requirement } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { ParentIndex } from "../support/arm-ids";

type BlobService = Pick<BlobServicePropertiesArgs, "deleteRetentionPolicy" | "containerDeleteRetentionPolicy" | "isVersioningEnabled">;
type StorageAccount = Pick<StorageAccountArgs, "kind">;

interface Options {
  minimumRetentionDays: number;
  requireVersioning: boolean;
}

export default defineStackRule<Options>({
  name: "azure-storage-account-enable-soft-delete",
  displayName: "Storage accounts keep deleted blobs and containers recoverable",
  description:
    "Every storage account with blob storage has BlobServiceProperties with blob soft delete for at least the minimum days, container soft delete and blob versioning enabled.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AZURE.storageAccount, AZURE.storageBlobServiceProperties],
  remediation:
    "Add an `azure-native.storage.BlobServiceProperties` with `accountName` set to this account, `deleteRetentionPolicy: { enabled: true, days: 7 }`, `containerDeleteRetentionPolicy: { enabled: true, days: 7 }` and `isVersioningEnabled: true`.",
  why: "a deleted or overwritten blob cannot be recovered",
  controls: {
    nist: ["CP-9"],
    iso27001: ["A.8.13"],
    mcsb: ["BR-1"],
    azurePolicy: ["c36a325b-ae04-4863-ad4f-19c6678f8e08", "9fbd64e3-67b8-489b-98e5-fa0007d17e76"],
  },
  options: {
    minimumRetentionDays: { type: "integer", description: "Minimum blob soft-delete retention in days.", default: 7, minimum: 1 },
    requireVersioning: { type: "boolean", description: "Require blob versioning.", default: true },
  },
  checkStack(resources, ctx) {
    const { config } = ctx;
    const index = StackIndex.of(resources);
    const accounts = index.ofType([AZURE.storageAccount]).filter((account) => (account.props as StorageAccount).kind !== "FileStorage");
    if (accounts.length === 0) return notApplicable("The stack has no storage account with blob storage");
    const parents = new ParentIndex(index, [AZURE.storageAccount], [{ property: "accountName", attribute: "accountName" }]);
    const services = new Map<string, ResourceView>();
    for (const service of index.ofType([AZURE.storageBlobServiceProperties])) {
      const account = parents.parentOf(service);
      if (account) services.set(account.urn, service);
    }
    const violations: StackViolation[] = [];
    for (const account of accounts) {
      const required = requirement(account, ctx, "minBackupRetentionDays", config.minimumRetentionDays);
      const minimum = required.value;
      const service = services.get(account.urn);
      if (service === undefined) {
        violations.push({
          resource: account,
          actual: "The storage account has no BlobServiceProperties, so blob and container soft delete and versioning stay off",
        });
        continue;
      }
      const { deleteRetentionPolicy, containerDeleteRetentionPolicy, isVersioningEnabled } = service.props as BlobService;
      const blob = isRecord(deleteRetentionPolicy) ? deleteRetentionPolicy : {};
      const days = blob["days"];
      if (blob["enabled"] !== true) {
        violations.push({
          resource: account,
          subject: "deleteRetentionPolicy",
          actual:
            "The storage account does not soft-delete blobs: `deleteRetentionPolicy.enabled` is not true on its BlobServiceProperties",
        });
      } else if (typeof days === "number" && days < minimum) {
        violations.push({
          resource: account,
          subject: "deleteRetentionPolicy",
          actual: `The storage account keeps deleted blobs for ${quoted(days)} days: \`deleteRetentionPolicy.days\` is ${quoted(days)}, ${belowRequired(required)}`,
          fix: `Set \`deleteRetentionPolicy.days\` to at least ${minimum} on the BlobServiceProperties.`,
        });
      }
      const container = isRecord(containerDeleteRetentionPolicy) ? containerDeleteRetentionPolicy : {};
      if (container["enabled"] !== true) {
        violations.push({
          resource: account,
          subject: "containerDeleteRetentionPolicy",
          actual:
            "The storage account does not soft-delete containers: `containerDeleteRetentionPolicy.enabled` is not true on its BlobServiceProperties",
        });
      }
      if (config.requireVersioning && isVersioningEnabled !== true) {
        violations.push({
          resource: account,
          subject: "isVersioningEnabled",
          actual: "The storage account keeps no blob versions: `isVersioningEnabled` is not true on its BlobServiceProperties",
        });
      }
    }
    return violations;
  },
});
