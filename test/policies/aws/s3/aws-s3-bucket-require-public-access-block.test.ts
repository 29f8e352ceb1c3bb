import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-public-access-block";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", ...props });
const block = (flags: Record<string, unknown> = ALL_ON, bucketType: string = AWS.s3Bucket) =>
  resource(
    AWS.s3BucketPublicAccessBlock,
    "assets-block",
    { bucket: UNKNOWN.string, ...flags },
    { propertyDependencies: { bucket: [urnOf(bucketType, "assets")] } },
  );
const deployedBucket = resource(AWS.s3Bucket, "assets", { bucket: "assets-1a2b" }, { id: "assets-1a2b" });
const deployedBlock = (flags: Record<string, unknown>) =>
  resource(AWS.s3BucketPublicAccessBlock, "assets-block", { bucket: "assets-1a2b", ...flags }, { id: "assets-1a2b" });

describeRule(rule, {
  compliant: [
    { title: "Bucket with a block that turns all four settings on", resources: [bucket(), block()] },
    { title: "BucketV2 with a block that turns all four settings on", resources: [bucket(AWS.s3BucketV2), block(ALL_ON, AWS.s3BucketV2)] },
    { title: "deployed bucket joined by name", resources: [deployedBucket, deployedBlock(ALL_ON)] },
    {
      title: "allow-listed website bucket without a block",
      resources: [bucket(AWS.s3Bucket, { bucket: "www-example-com" })],
      config: { allowedBuckets: ["www-*"] },
    },
  ],
  violating: [
    { title: "bucket without a public access block", resources: [bucket()], codes: ["no-public-access-block"] },
    { title: "BucketV2 without a public access block", resources: [bucket(AWS.s3BucketV2)], codes: ["no-public-access-block"] },
    {
      title: "block leaving restrictPublicBuckets unset (default false)",
      resources: [bucket(), block({ ...ALL_ON, restrictPublicBuckets: undefined })],
      codes: ["setting-off"],
    },
    {
      title: "deployed block with two settings false",
      resources: [deployedBucket, deployedBlock({ ...ALL_ON, blockPublicPolicy: false, ignorePublicAcls: false })],
      codes: ["setting-off", "setting-off"],
    },
    {
      title: "bucket without a block next to a bucket whose block is computed",
      resources: [
        bucket(),
        block({ ...ALL_ON, blockPublicAcls: UNKNOWN.boolean }),
        resource(AWS.s3Bucket, "logs", { bucket: "logs-1a2b" }),
      ],
      codes: ["no-public-access-block"],
      undecided: ["assets"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "block whose setting is computed",
      resources: [bucket(), block({ ...ALL_ON, blockPublicAcls: UNKNOWN.boolean })],
      undecided: ["assets"],
    },
  ],
});
