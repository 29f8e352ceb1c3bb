import rule from "../../../../policies/azure/compute/azure-compute-disk-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const SET_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Compute/diskEncryptionSets/des-app";
const disk = (encryption: unknown) =>
  resource(AZURE.computeDisk, "data", {
    resourceGroupName: "rg-app",
    creationData: { createOption: "Empty" },
    diskSizeGB: 128,
    encryption,
  });

const cases: RuleCases = {
  compliant: [
    { title: "disk with a customer key", resources: [disk({ type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: SET_ID })] },
    {
      title: "disk with platform and customer keys",
      resources: [disk({ type: "EncryptionAtRestWithPlatformAndCustomerKeys", diskEncryptionSetId: SET_ID })],
    },
  ],
  violating: [
    {
      title: "disk with a secret encryption type that is no encryption type",
      resources: [disk({ type: canary("EncryptionAtRestWithCustomerKey"), diskEncryptionSetId: SET_ID })],
      codes: ["platform-managed-key"],
    },
    {
      title: "disk without encryption settings",
      resources: [disk(undefined)],
      codes: ["platform-managed-key"],
    },
    {
      title: "disk with type=EncryptionAtRestWithPlatformKey",
      resources: [disk({ type: "EncryptionAtRestWithPlatformKey" })],
      codes: ["platform-managed-key"],
    },
    {
      title: "disk with a customer-key type but no encryption set",
      resources: [disk({ type: "EncryptionAtRestWithCustomerKey" })],
      codes: ["no-encryption-set"],
    },
  ],
  notApplicable: [
    {
      title: "disk when CMKs are not required",
      resources: [disk(undefined)],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's requireCustomerManagedKey option is off",
    },
  ],
  unknown: [{ title: "encryption type computed", resources: [disk({ type: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "disk with platform-managed keys",
  resources: (tags) => [resource(AZURE.computeDisk, "data", { encryption: { type: "EncryptionAtRestWithPlatformKey" }, tags })],
  expected: {
    public: { notApplicable: "The resource's classification level public does not require a customer-managed key" },
    internal: { notApplicable: "The resource's classification level internal does not require a customer-managed key" },
    confidential: ["platform-managed-key"],
    restricted: ["platform-managed-key"],
  },
});
