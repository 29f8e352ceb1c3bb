import rule from "../../../../policies/aws/s3/aws-s3-account-require-public-access-block";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const block = (props: Record<string, unknown> = {}, extra = {}) =>
  resource(AWS.s3AccountPublicAccessBlock, "account-block", { ...ALL_ON, ...props }, extra);
const bucket = resource(AWS.s3Bucket, "assets", { bucket: "assets-1a2b" });
const bucketV2 = resource(AWS.s3BucketV2, "media", { bucket: "media-1a2b" });

describeRule(rule, {
  compliant: [
    { title: "buckets next to an account block with all four settings on", resources: [block(), bucket, bucketV2] },
    { title: "deployed account block", resources: [block({}, { id: "111122223333" })] },
  ],
  violating: [
    { title: "bucket without any account block", resources: [bucket], codes: ["not-declared"] },
    { title: "BucketV2 without any account block", resources: [bucketV2], codes: ["not-declared"] },
    {
      title: "account block with restrictPublicBuckets=false and ignorePublicAcls unset",
      resources: [block({ restrictPublicBuckets: false, ignorePublicAcls: undefined }), bucket],
      codes: ["setting-off", "setting-off"],
    },
    {
      title: "weak block next to a block whose setting is computed",
      resources: [
        block({ blockPublicAcls: UNKNOWN.boolean }),
        resource(AWS.s3AccountPublicAccessBlock, "legacy", { blockPublicAcls: true }),
      ],
      codes: ["setting-off", "setting-off", "setting-off"],
      undecided: ["account-block"],
    },
  ],
  notApplicable: [
    {
      title: "buckets in a stack whose account block the map says is managed centrally",
      resources: [bucket],
      map: centralMap(["s3-account-public-access-block"], "all"),
      reason:
        /^The responsibility map says the S3 account public access block is managed centrally in northwind\/landing-zone\/prod by Tomas Novak for every account/,
    },
    {
      title: "stack without buckets or an account block",
      resources: [resource(AWS.sqsQueue, "jobs", {})],
      reason: "The stack creates no S3 bucket and declares no account public access block",
    },
    {
      title: "bucket where the map says the account block is set elsewhere",
      resources: [bucket],
      map: mapWithScope("network-exposure", {
        provider: "aws",
        resourceTypes: ["aws:s3/accountPublicAccessBlock:*"],
        side: "provider",
        note: "The account baseline stack sets it.",
      }),
      reason: "The responsibility map puts the S3 account public access block outside this stack: The account baseline stack sets it.",
    },
  ],
  unknown: [
    {
      title: "account block whose setting is computed",
      resources: [block({ blockPublicAcls: UNKNOWN.boolean })],
      undecided: ["account-block"],
    },
  ],
});
