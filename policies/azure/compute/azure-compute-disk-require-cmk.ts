import type { DiskArgs } from "@pulumi/azure-native/compute";
import { cmkFail, cmkNotRequired, customerManagedKeyRequired } from "../../core/classification";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Disk = Pick<DiskArgs, "encryption">;

const CUSTOMER_KEY_TYPES = new Set(["EncryptionAtRestWithCustomerKey", "EncryptionAtRestWithPlatformAndCustomerKeys"]);
const ENCRYPTION_TYPES = ["EncryptionAtRestWithPlatformKey", ...CUSTOMER_KEY_TYPES];

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineRule<Options>({
  name: "azure-compute-disk-require-cmk",
  displayName: "Managed disks encrypt with a customer-managed key",
  description: "Every managed disk sets `encryption.type` to a customer-key type with a `diskEncryptionSetId`.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.computeDisk],
  remediation: 'Set `encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: diskEncryptionSet.id }` on the disk.',
  why: "the keys that protect the disk stay under Microsoft's control and cannot be revoked or audited by you",
  controls: {
    nist: ["SC-12", "SC-28"],
    mcsb: ["DP-5"],
    cis: ["Azure 3.0 8.3"],
    azurePolicy: ["702dd420-7fcc-42c5-afe8-4026edd20fe0", "ca91455f-eace-4f96-be59-e6e2c35b4816"],
  },
  problems: {
    "platform-managed-key": "the disk encrypts with platform-managed keys",
    "no-encryption-set": "a customer-key type names no disk encryption set",
  },
  options: { requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true } },
  check(disk, ctx) {
    const required = customerManagedKeyRequired(disk, ctx);
    if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's requireCustomerManagedKey option is off"));
    const { encryption } = disk.props as Disk;
    const type = isRecord(encryption) ? encryption["type"] : undefined;
    const setId = isRecord(encryption) ? encryption["diskEncryptionSetId"] : undefined;
    if (typeof type === "string" && CUSTOMER_KEY_TYPES.has(type)) {
      if (typeof setId === "string" && setId !== "") return pass;
      return cmkFail(required, "The disk names no customer-managed key: `encryption.diskEncryptionSetId` is not set", {
        code: "no-encryption-set",
      });
    }
    return cmkFail(
      required,
      type === undefined
        ? "The disk uses platform-managed keys: `encryption.type` is not set, and Azure then uses EncryptionAtRestWithPlatformKey"
        : `The disk uses platform-managed keys: \`encryption.type\` ${valueClause(type, ENCRYPTION_TYPES, "encryption type")}`,
      { code: "platform-managed-key" },
    );
  },
});
