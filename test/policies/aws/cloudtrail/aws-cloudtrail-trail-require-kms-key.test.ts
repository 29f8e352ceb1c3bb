import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const trail = (props: Record<string, unknown>) =>
  resource(AWS.cloudtrailTrail, "account", { s3BucketName: "audit-logs", kmsKeyId: KEY, ...props });

describeRule(rule, {
  compliant: [
    { title: "trail with a customer-managed key", resources: [trail({})] },
    { title: "trail with an allowed key", resources: [trail({})], config: { allowedKeys: [KEY] } },
  ],
  violating: [
    {
      title: "trail with kmsKeyId unset",
      resources: [trail({ kmsKeyId: undefined })],
      codes: ["key-not-set"],
    },
    {
      title: "trail with a key outside the allow-list",
      resources: [trail({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"] },
      codes: ["key-not-allowed"],
    },
    {
      title: "trail naming an AWS-managed alias",
      resources: [trail({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:alias/aws/cloudtrail" })],
      codes: ["key-aws-managed"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "trail whose key is computed", resources: [trail({ kmsKeyId: UNKNOWN.string })] }],
});
