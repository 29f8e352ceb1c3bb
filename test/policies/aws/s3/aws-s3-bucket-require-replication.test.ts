import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-replication";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, OWNER, resource, UNKNOWN, urnOf } from "../../../support/rules";

const CRITICAL = { owner: OWNER, "backup-tier": "critical" };
const RULES = [{ id: "dr", status: "Enabled", destination: { bucket: "arn:aws:s3:::assets-dr" } }];
const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}, extra = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", tags: CRITICAL, ...props }, extra);
const replication = (rules: unknown, bucketType: string = AWS.s3Bucket) =>
  resource(
    AWS.s3BucketReplicationConfig,
    "assets-replication",
    { bucket: UNKNOWN.string, role: UNKNOWN.string, rules },
    { propertyDependencies: { bucket: [urnOf(bucketType, "assets")] } },
  );

const provider = (region: string) => ({ type: "pulumi:providers:aws", props: { region } });
/** Preview: the source in eu-west-1, a destination bucket of the stack on a provider (or own `region`) of its own. */
const drBucket = (region: string | undefined, viaOwnRegion = false) =>
  resource(
    AWS.s3Bucket,
    "assets-dr",
    { bucket: "assets-dr", ...(viaOwnRegion && region ? { region } : {}) },
    viaOwnRegion || region === undefined ? {} : { provider: provider(region) },
  );
const joinedReplication = () =>
  resource(
    AWS.s3BucketReplicationConfig,
    "assets-replication",
    { bucket: UNKNOWN.string, role: UNKNOWN.string, rules: [{ id: "dr", status: "Enabled", destination: { bucket: UNKNOWN.string } }] },
    { propertyDependencies: { bucket: [urnOf(AWS.s3Bucket, "assets")], rules: [urnOf(AWS.s3Bucket, "assets-dr")] } },
  );

describeRule(rule, {
  compliant: [
    { title: "critical Bucket with an enabled BucketReplicationConfig rule", resources: [bucket(), replication(RULES)] },
    {
      title: "critical BucketV2 with an enabled BucketReplicationConfig rule",
      resources: [bucket(AWS.s3BucketV2), replication(RULES, AWS.s3BucketV2)],
    },
    {
      title: "critical Bucket with deprecated inline replicationConfiguration",
      resources: [bucket(AWS.s3Bucket, { replicationConfiguration: { role: "arn:aws:iam::1:role/r", rules: RULES } })],
    },
    {
      title: "critical BucketV2 with deprecated inline replicationConfigurations",
      resources: [bucket(AWS.s3BucketV2, { replicationConfigurations: [{ role: "r", rules: [{ status: "Enabled", destinations: [] }] }] })],
    },
    {
      title: "deployed critical bucket joined by name",
      resources: [
        bucket(AWS.s3Bucket, {}, { id: "assets-1a2b" }),
        resource(
          AWS.s3BucketReplicationConfig,
          "assets-replication",
          { bucket: "assets-1a2b", role: "r", rules: RULES },
          { id: "assets-1a2b" },
        ),
      ],
    },
    {
      title: "preview: replication to a stack bucket on a provider in another region (joined through the rules' dependencies)",
      resources: [bucket(AWS.s3Bucket, {}, { provider: provider("eu-west-1") }), drBucket("us-east-1"), joinedReplication()],
    },
    {
      title: "preview: replication to a stack bucket whose own `region` (provider v7) is another region",
      resources: [bucket(AWS.s3Bucket, {}, { provider: provider("eu-west-1") }), drBucket("eu-central-1", true), joinedReplication()],
    },
    {
      title: "deployed: replication whose destination ARN names a stack bucket in another region",
      resources: [
        bucket(AWS.s3Bucket, { region: "eu-west-1", arn: "arn:aws:s3:::assets-1a2b" }, { id: "assets-1a2b" }),
        resource(
          AWS.s3Bucket,
          "assets-dr",
          { bucket: "assets-dr", region: "us-east-1", arn: "arn:aws:s3:::assets-dr" },
          { id: "assets-dr" },
        ),
        resource(
          AWS.s3BucketReplicationConfig,
          "assets-replication",
          { bucket: "assets-1a2b", role: "r", rules: RULES },
          { id: "assets-1a2b" },
        ),
      ],
    },
    {
      title: "replication to a bucket outside the stack, whose region S3 ARNs cannot show (not judged)",
      resources: [bucket(AWS.s3Bucket, {}, { provider: provider("eu-west-1") }), replication(RULES)],
    },
    {
      title: "bucket tagged with a configured tag",
      resources: [bucket(AWS.s3Bucket, { tags: { owner: OWNER, tier: "gold" } }), replication(RULES)],
      config: { criticalTagKey: "tier", criticalTagValue: "gold" },
    },
  ],
  violating: [
    {
      title: "critical bucket without replication next to a bucket whose replication rules are computed",
      resources: [bucket(), replication(UNKNOWN.array), resource(AWS.s3Bucket, "logs", { bucket: "logs-1a2b", tags: CRITICAL })],
      codes: ["not-replicated"],
      undecided: ["assets"],
    },
    { title: "critical bucket without replication", resources: [bucket()], codes: ["not-replicated"] },
    {
      title: "critical bucket whose replication rule is Disabled",
      resources: [bucket(), replication([{ ...RULES[0], status: "Disabled" }])],
      codes: ["not-replicated"],
    },
    { title: "critical BucketV2 without replication", resources: [bucket(AWS.s3BucketV2)], codes: ["not-replicated"] },
    {
      title: "deployed critical bucket whose replication refers to another bucket",
      resources: [
        bucket(AWS.s3Bucket, {}, { id: "assets-1a2b" }),
        resource(AWS.s3BucketReplicationConfig, "other", { bucket: "other-bucket", role: "r", rules: RULES }, { id: "other-bucket" }),
      ],
      codes: ["not-replicated"],
    },
    {
      title: "preview: replication only to a stack bucket on a provider in the same region",
      resources: [bucket(AWS.s3Bucket, {}, { provider: provider("eu-west-1") }), drBucket("eu-west-1"), joinedReplication()],
      codes: ["same-region"],
    },
    {
      title: "deployed: replication whose destination ARN names a stack bucket in the same region",
      resources: [
        bucket(AWS.s3Bucket, { region: "eu-west-1", arn: "arn:aws:s3:::assets-1a2b" }, { id: "assets-1a2b" }),
        resource(
          AWS.s3Bucket,
          "assets-dr",
          { bucket: "assets-dr", region: "eu-west-1", arn: "arn:aws:s3:::assets-dr" },
          { id: "assets-dr" },
        ),
        resource(
          AWS.s3BucketReplicationConfig,
          "assets-replication",
          { bucket: "assets-1a2b", role: "r", rules: RULES },
          { id: "assets-1a2b" },
        ),
      ],
      codes: ["same-region"],
    },
    {
      title: "deployed BucketV2 whose inline replicationConfigurations[].rules[].destinations[] name a same-region stack bucket",
      resources: [
        bucket(
          AWS.s3BucketV2,
          {
            region: "eu-west-1",
            replicationConfigurations: [
              { role: "r", rules: [{ status: "Enabled", destinations: [{ bucket: "arn:aws:s3:::assets-dr" }] }] },
            ],
          },
          { id: "assets-1a2b" },
        ),
        resource(AWS.s3BucketV2, "assets-dr", { bucket: "assets-dr", region: "eu-west-1" }, { id: "assets-dr" }),
      ],
      codes: ["same-region"],
    },
  ],
  notApplicable: [
    {
      title: "stack without critical buckets",
      resources: [bucket(AWS.s3Bucket, { tags: { owner: OWNER } })],
      reason: "No S3 bucket in the stack carries the tag backup-tier=critical that marks it as critical",
    },
  ],
  unknown: [
    // Whether any bucket is critical, so whether the rule applies, is unknown: the rule stops.
    { title: "the only bucket's tags are computed", resources: [bucket(AWS.s3Bucket, { tags: UNKNOWN.object })] },
    {
      title: "bucket whose tags are computed next to a critical bucket that replicates",
      resources: [bucket(), replication(RULES), resource(AWS.s3Bucket, "scratch", { bucket: "scratch-1a2b", tags: UNKNOWN.object })],
      undecided: ["scratch"],
    },
    { title: "replication whose rules are computed", resources: [bucket(), replication(UNKNOWN.array)], undecided: ["assets"] },
    {
      title: "same-region destination whose region is computed",
      resources: [
        bucket(AWS.s3Bucket, {}, { provider: provider("eu-west-1") }),
        resource(AWS.s3Bucket, "assets-dr", { bucket: "assets-dr", region: UNKNOWN.string }),
        joinedReplication(),
      ],
      undecided: ["assets"],
    },
  ],
});
