import type { BlobContainerArgs, StorageAccountArgs } from "@pulumi/azure-native/storage";
import { valueClause } from "../../core/message";
import { defineRule, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type StorageAccount = Pick<StorageAccountArgs, "allowBlobPublicAccess">;
type BlobContainer = Pick<BlobContainerArgs, "publicAccess">;

/** SDK enum storage.PublicAccess: Container, Blob, None. */
const PUBLIC_ACCESS = ["Container", "Blob", "None"];

export default defineRule({
  name: "azure-storage-account-disallow-anonymous-access",
  displayName: "Storage accounts and blob containers do not allow anonymous reads",
  description: 'No storage account sets `allowBlobPublicAccess: true`, and no blob container sets `publicAccess` to "Blob" or "Container".',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AZURE.storageAccount, AZURE.storageBlobContainer],
  remediation:
    'Set `allowBlobPublicAccess: false` on the storage account (or leave it unset) and `publicAccess: "None"` on its blob containers; share data with SAS tokens or through a CDN instead.',
  why: "anyone on the internet who learns a blob's address can read it without credentials",
  controls: {
    nist: ["AC-3", "SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["Azure 3.0 4.17"],
    mcsb: ["NS-2", "PA-7"],
    azurePolicy: ["4fa4b6c0-31ca-4c0d-b10d-24b96f62a751"],
  },
  problems: {
    "blob-public-access-allowed": "the storage account lets its containers be read anonymously",
    "container-public": "the blob container can be read anonymously",
  },
  check(resource) {
    if (resource.type === AZURE.storageAccount) {
      // SDK: "The default interpretation is false for this property", so only true allows it.
      const { allowBlobPublicAccess } = resource.props as StorageAccount;
      if (allowBlobPublicAccess !== true) return pass;
      return [
        {
          code: "blob-public-access-allowed",
          actual: "The storage account lets its containers be read anonymously: `allowBlobPublicAccess` is true",
          fix: "Set `allowBlobPublicAccess: false` (or leave it unset).",
        },
      ];
    }
    // SDK (BlobContainer.publicAccess): "whether data in the container may be accessed publicly and
    // the level of access"; unset or "None" is private.
    const { publicAccess } = resource.props as BlobContainer;
    if (typeof publicAccess !== "string") return pass;
    const level = publicAccess.toLowerCase();
    if (level !== "blob" && level !== "container") return pass;
    return [
      {
        code: "container-public",
        actual: `The blob container can be read anonymously: \`publicAccess\` ${valueClause(publicAccess, PUBLIC_ACCESS, "access level")}`,
        fix: 'Set `publicAccess: "None"` (or leave it unset).',
      },
    ];
  },
});
