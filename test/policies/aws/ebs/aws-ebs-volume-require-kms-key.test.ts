import rule from "../../../../policies/aws/ebs/aws-ebs-volume-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
const volume = (props: Record<string, unknown>) =>
  resource(AWS.ebsVolume, "data", { availabilityZone: "eu-west-1a", size: 100, encrypted: true, kmsKeyId: KEY, ...props });

const cases: RuleCases = {
  compliant: [
    { title: "volume with a customer-managed kmsKeyId", resources: [volume({})] },
    {
      title: "volume on the AWS-managed key when customer keys are not required",
      resources: [volume({ kmsKeyId: undefined })],
      config: { requireCustomerManagedKey: false },
    },
    {
      // Deployed shape: the provider stores `kmsKeyId` as the key ARN the alias targets (ebs/volume.d.ts).
      title: "deployed volume showing the key ARN of an allowed alias",
      resources: [volume({})],
      config: { allowedKeys: ["alias/app-data"] },
    },
    { title: "volume whose key ARN names a key allowed by id", resources: [volume({})], config: { allowedKeys: [KEY_ID] } },
    {
      title: "volume on the AWS-managed key when the allowed list names alias/aws/ebs",
      resources: [volume({ kmsKeyId: undefined })],
      config: { requireCustomerManagedKey: false, allowedKeys: ["alias/aws/ebs"] },
    },
  ],
  violating: [
    {
      title: "encrypted volume with kmsKeyId unset",
      resources: [volume({ kmsKeyId: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "volume with kmsKeyId=alias/aws/ebs",
      resources: [volume({ kmsKeyId: "alias/aws/ebs" })],
      codes: ["key-aws-managed"],
    },
    {
      title: "volume on the AWS-managed key when the allowed list omits it",
      resources: [volume({ kmsKeyId: undefined })],
      config: { requireCustomerManagedKey: false, allowedKeys: [KEY] },
      codes: ["default-key-not-allowed"],
    },
    {
      title: "deployed volume showing the ARN of a key not on the allowed list",
      resources: [volume({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000" })],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
    },
  ],
  notApplicable: [
    {
      title: "unencrypted volume",
      resources: [volume({ encrypted: false, kmsKeyId: undefined })],
      reason: "The volume is not encrypted, so no key is in use (aws-ebs-volume-require-encryption reports it)",
    },
  ],
  unknown: [{ title: "volume whose kmsKeyId is computed", resources: [volume({ kmsKeyId: UNKNOWN.string })] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "volume with encrypted=true and no kmsKeyId",
  resources: (tags) => [resource(AWS.ebsVolume, "data", { availabilityZone: "eu-west-1a", encrypted: true, tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-not-set"],
    restricted: ["key-not-set"],
  },
});
