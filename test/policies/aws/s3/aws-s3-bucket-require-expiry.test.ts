import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-expiry";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, MAP_WITHOUT_CLASSIFICATION, tagsFor } from "../../../support/classification";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

// The bundled map: public data is kept at most 3650 days; the other levels set no maximum.
const PUBLIC = tagsFor("public");
const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}, extra = {}) =>
  resource(type, "site", { bucket: "site-1a2b", tags: PUBLIC, ...props }, extra);
const expiring = (days: unknown = 365, status: unknown = "Enabled", extra: Record<string, unknown> = {}) => ({
  id: "expire",
  status,
  filter: {},
  expiration: { days },
  ...extra,
});
// Joined by the bucket's name, as in deployed state; one case joins through propertyDependencies.
const lifecycle = (rules: unknown, type: string = AWS.s3BucketLifecycle) =>
  resource(type, "site-lifecycle", { bucket: "site-1a2b", rules });

describeRule(rule, {
  compliant: [
    {
      title: "public bucket with a BucketLifecycleConfiguration expiring objects after 365 days",
      resources: [bucket(), lifecycle([expiring()])],
    },
    {
      title: "public BucketV2 with a BucketLifecycleConfigurationV2 expiring objects after 3650 days",
      resources: [bucket(AWS.s3BucketV2), lifecycle([expiring(3650)], AWS.s3BucketLifecycleV2)],
    },
    {
      title: "public bucket with an empty-prefix filter rule",
      resources: [bucket(), lifecycle([expiring(30, "Enabled", { filter: { prefix: "" } })])],
    },
    {
      title: "public Bucket with deprecated inline lifecycleRules",
      resources: [bucket(AWS.s3Bucket, { lifecycleRules: [{ enabled: true, expiration: { days: 90 } }] })],
    },
    {
      title: "public BucketV2 with deprecated inline lifecycleRules",
      resources: [bucket(AWS.s3BucketV2, { lifecycleRules: [{ enabled: true, expirations: [{ days: 90 }] }] })],
    },
    { title: "public Object Lock bucket without lifecycle (exempt)", resources: [bucket(AWS.s3Bucket, { objectLockEnabled: true })] },
    {
      title: "public bucket locked by a BucketObjectLockConfiguration (exempt)",
      resources: [bucket(), resource(AWS.s3BucketObjectLock, "site-lock", { bucket: "site-1a2b" })],
    },
    {
      title: "public BucketV2 locked by a BucketObjectLockConfigurationV2 (exempt)",
      resources: [
        bucket(AWS.s3BucketV2),
        resource(AWS.s3BucketObjectLockV2, "site-lock", { bucket: "site-1a2b", objectLockEnabled: "Enabled" }),
      ],
    },
    {
      title: "public bucket with a lifecycle joined through its computed name",
      resources: [
        bucket(),
        resource(
          AWS.s3BucketLifecycle,
          "site-lifecycle",
          { bucket: UNKNOWN.string, rules: [expiring()] },
          { propertyDependencies: { bucket: [urnOf(AWS.s3Bucket, "site")] } },
        ),
      ],
    },
    {
      title: "deployed public bucket joined by name",
      resources: [
        bucket(AWS.s3Bucket, {}, { id: "site-1a2b" }),
        resource(AWS.s3BucketLifecycle, "site-lifecycle", { bucket: "site-1a2b", rules: [expiring()] }, { id: "site-1a2b" }),
      ],
    },
  ],
  violating: [
    {
      title: "public bucket whose lock configuration is disabled",
      resources: [bucket(), resource(AWS.s3BucketObjectLock, "site-lock", { bucket: "site-1a2b", objectLockEnabled: "Disabled" })],
      codes: ["no-expiry"],
    },
    { title: "public bucket without lifecycle", resources: [bucket()], codes: ["no-expiry"] },
    {
      title: "public bucket whose expiring rule is disabled",
      resources: [bucket(), lifecycle([expiring(365, "Disabled")])],
      codes: ["no-expiry"],
    },
    {
      title: "public bucket whose only expiring rule covers one prefix",
      resources: [bucket(), lifecycle([expiring(365, "Enabled", { filter: { prefix: "tmp/" } })])],
      codes: ["no-expiry"],
    },
    {
      title: "public bucket expiring objects after 4000 days",
      resources: [bucket(), lifecycle([expiring(4000)])],
      codes: ["expiry-too-late"],
    },
    {
      title: "public bucket without lifecycle next to a bucket whose tags are computed",
      resources: [bucket(), resource(AWS.s3Bucket, "other", { bucket: "other-1a2b", tags: UNKNOWN.object })],
      codes: ["no-expiry"],
      undecided: ["other"],
    },
  ],
  notApplicable: [
    {
      title: "internal bucket (no maximum)",
      resources: [bucket(AWS.s3Bucket, { tags: tagsFor("internal") })],
      reason: "No S3 bucket in the stack has a classification level that sets `maxDataRetentionDays`",
    },
    {
      title: "bucket under a map without classification",
      resources: [bucket()],
      map: MAP_WITHOUT_CLASSIFICATION,
      reason: "No S3 bucket in the stack has a classification level that sets `maxDataRetentionDays`",
    },
  ],
  unknown: [
    { title: "public bucket whose lifecycle days are computed", resources: [bucket(), lifecycle([expiring(UNKNOWN.number)])] },
    { title: "only bucket whose tags are computed", resources: [bucket(AWS.s3Bucket, { tags: UNKNOWN.object })] },
  ],
});

describeLevels(rule, {
  title: "bucket without lifecycle",
  resources: (tags) => [resource(AWS.s3Bucket, "site", { bucket: "site-1a2b", tags })],
  expected: {
    public: ["no-expiry"],
    internal: { notApplicable: /No S3 bucket/ },
    confidential: { notApplicable: /No S3 bucket/ },
    restricted: { notApplicable: /No S3 bucket/ },
  },
});
