import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["The trail's log files are only encrypted with S3-managed keys: `kmsKeyId` is not set"],
    },
    {
      title: "trail with a key outside the allow-list",
      resources: [trail({})],
      config: { allowedKeys: ["arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-00aa-00aa-00aa-000000000000"] },
      problems: ["The trail uses a key outside the allowed list: `kmsKeyId` is not one of the configured `allowedKeys`"],
    },
  ],
  notApplicable: [
    {
      title: "trail where the map puts CloudTrail logging on the provider's side",
      resources: [trail({ kmsKeyId: undefined })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:cloudtrail/*"],
        side: "provider",
        note: "The organisation trail is authoritative.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:cloudtrail/trail:Trail on the provider's side: The organisation trail is authoritative.",
    },
  ],
  unknown: [{ title: "trail whose key is computed", resources: [trail({ kmsKeyId: UNKNOWN.string })] }],
});
