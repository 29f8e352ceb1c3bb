import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-object-lock";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, OWNER, resource, UNKNOWN, urnOf } from "../../../support/rules";

const CRITICAL = { owner: OWNER, "backup-tier": "critical" };
const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}, extra = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", tags: CRITICAL, objectLockEnabled: true, ...props }, extra);
const lock = (props: Record<string, unknown> = {}, type: string = AWS.s3BucketObjectLock, bucketType: string = AWS.s3Bucket) =>
  resource(
    type,
    "assets-lock",
    { bucket: UNKNOWN.string, rule: { defaultRetention: { mode: "COMPLIANCE", days: 30 } }, ...props },
    { propertyDependencies: { bucket: [urnOf(bucketType, "assets")] } },
  );

describeRule(rule, {
  compliant: [
    { title: "critical Bucket with objectLockEnabled=true", resources: [bucket()] },
    { title: "critical BucketV2 with objectLockEnabled=true", resources: [bucket(AWS.s3BucketV2)] },
    {
      title: "critical bucket with a BucketObjectLockConfiguration",
      resources: [bucket(AWS.s3Bucket, { objectLockEnabled: undefined }), lock()],
    },
    {
      title: "critical BucketV2 with a BucketObjectLockConfigurationV2",
      resources: [bucket(AWS.s3BucketV2, { objectLockEnabled: undefined }), lock({}, AWS.s3BucketObjectLockV2, AWS.s3BucketV2)],
    },
    {
      title: "critical Bucket with deprecated inline objectLockConfiguration",
      resources: [bucket(AWS.s3Bucket, { objectLockEnabled: undefined, objectLockConfiguration: { objectLockEnabled: "Enabled" } })],
    },
    {
      title: "deployed critical bucket joined by name",
      resources: [
        bucket(AWS.s3Bucket, { objectLockEnabled: undefined }, { id: "assets-1a2b" }),
        resource(AWS.s3BucketObjectLock, "assets-lock", { bucket: "assets-1a2b", objectLockEnabled: "Enabled" }, { id: "assets-1a2b" }),
      ],
    },
    {
      // BucketObjectLockConfigurationV2 is the deprecated alias of the same resource (s3/bucketObjectLockConfigurationV2.d.ts).
      title: "deployed critical BucketV2 joined by name to a BucketObjectLockConfigurationV2",
      resources: [
        bucket(AWS.s3BucketV2, { objectLockEnabled: undefined }, { id: "assets-1a2b" }),
        resource(
          AWS.s3BucketObjectLockV2,
          "assets-lock",
          { bucket: "assets-1a2b", objectLockEnabled: "Enabled", rule: { defaultRetention: { mode: "COMPLIANCE", days: 30 } } },
          { id: "assets-1a2b" },
        ),
      ],
    },
  ],
  violating: [
    {
      title: "critical bucket without Object Lock next to a bucket whose lock setting is computed",
      resources: [
        bucket(AWS.s3Bucket, { objectLockEnabled: undefined }),
        lock({ objectLockEnabled: UNKNOWN.string }),
        resource(AWS.s3Bucket, "archive", { bucket: "archive-1a2b", tags: CRITICAL }),
        resource(AWS.s3Bucket, "scratch", { bucket: "scratch-1a2b", tags: UNKNOWN.object }),
      ],
      codes: ["not-locked"],
      undecided: ["scratch", "assets"],
    },
    {
      title: "critical bucket without Object Lock",
      resources: [bucket(AWS.s3Bucket, { objectLockEnabled: undefined })],
      codes: ["not-locked"],
    },
    {
      title: "critical BucketV2 with objectLockEnabled=false",
      resources: [bucket(AWS.s3BucketV2, { objectLockEnabled: false })],
      codes: ["not-locked"],
    },
    {
      title: "deployed critical bucket whose lock configuration refers to another bucket",
      resources: [
        bucket(AWS.s3Bucket, { objectLockEnabled: undefined }, { id: "assets-1a2b" }),
        resource(AWS.s3BucketObjectLock, "other-lock", { bucket: "other" }, { id: "other" }),
      ],
      codes: ["not-locked"],
    },
  ],
  notApplicable: [
    {
      title: "stack without critical buckets",
      resources: [bucket(AWS.s3Bucket, { tags: { owner: OWNER }, objectLockEnabled: undefined })],
      reason: "No S3 bucket in the stack carries the tag backup-tier=critical that marks it as critical",
    },
  ],
  unknown: [
    {
      title: "critical bucket whose objectLockEnabled is computed",
      resources: [bucket(AWS.s3Bucket, { objectLockEnabled: UNKNOWN.boolean })],
      undecided: ["assets"],
    },
    {
      // Whether any bucket is critical, so whether the rule applies, is unknown: the rule stops.
      title: "the only bucket's tags are computed, so it may be critical",
      resources: [bucket(AWS.s3Bucket, { objectLockEnabled: undefined, tags: UNKNOWN.object })],
    },
    {
      title: "lock configuration whose setting is computed",
      resources: [bucket(AWS.s3Bucket, { objectLockEnabled: undefined }), lock({ objectLockEnabled: UNKNOWN.string })],
      undecided: ["assets"],
    },
  ],
});
