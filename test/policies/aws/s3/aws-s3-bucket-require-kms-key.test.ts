import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-kms-key";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, run, UNKNOWN, urnOf } from "../../../support/rules";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OTHER = "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab";
const KMS_RULE = { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY }, bucketKeyEnabled: true };

const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", ...props });
/** Preview: the sibling's `bucket` is the bucket's unknown id, traced through propertyDependencies. */
const sse = (rule: Record<string, unknown> = KMS_RULE, type: string = AWS.s3BucketSse, bucketType: string = AWS.s3Bucket) =>
  resource(
    type,
    "assets-sse",
    { bucket: UNKNOWN.string, rules: [rule] },
    { propertyDependencies: { bucket: [urnOf(bucketType, "assets")] } },
  );
const withRule = (byDefault: Record<string, unknown>, extra: Record<string, unknown> = { bucketKeyEnabled: true }) => ({
  applyServerSideEncryptionByDefault: byDefault,
  ...extra,
});
/** Deployed state: ids set, the sibling names the bucket. */
const deployedBucket = resource(AWS.s3Bucket, "assets", { bucket: "assets-1a2b" }, { id: "assets-1a2b" });
const deployedSse = (rule: Record<string, unknown>) =>
  resource(AWS.s3BucketSse, "assets-sse", { bucket: "assets-1a2b", rules: [rule] }, { id: "assets-1a2b" });

const cases: RuleCases = {
  compliant: [
    { title: "Bucket with a sibling aws:kms rule, customer-managed key and bucket key", resources: [bucket(), sse()] },
    { title: "BucketV2 with a V2 sibling", resources: [bucket(AWS.s3BucketV2), sse(KMS_RULE, AWS.s3BucketSseV2, AWS.s3BucketV2)] },
    {
      title: "Bucket with a DSSE-KMS rule and no bucket key",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms:dsse", kmsMasterKeyId: KEY }, {}))],
    },
    {
      title: "Bucket with the deprecated inline rule",
      resources: [bucket(AWS.s3Bucket, { serverSideEncryptionConfiguration: { rule: KMS_RULE } })],
    },
    {
      title: "BucketV2 with the deprecated inline arrays",
      resources: [
        bucket(AWS.s3BucketV2, {
          serverSideEncryptionConfigurations: [
            {
              rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY }], bucketKeyEnabled: true }],
            },
          ],
        }),
      ],
    },
    { title: "deployed bucket joined by name", resources: [deployedBucket, deployedSse(KMS_RULE)] },
    {
      // The V2 sibling is the deprecated alias of the same resource; `bucket` is the bucket's name
      // (s3/bucketServerSideEncryptionConfigurationV2.d.ts).
      title: "deployed BucketV2 joined by name to a V2 sibling",
      resources: [
        resource(AWS.s3BucketV2, "assets", { bucket: "assets-1a2b" }, { id: "assets-1a2b" }),
        resource(AWS.s3BucketSseV2, "assets-sse", { bucket: "assets-1a2b", rules: [KMS_RULE] }, { id: "assets-1a2b" }),
      ],
    },
    { title: "key on the allow-list", resources: [bucket(), sse()], config: { allowedKeys: [KEY] } },
    {
      title: "Bucket with no encryption configuration (SSE-S3) when customer keys are not required",
      resources: [bucket()],
      config: { requireCustomerManagedKey: false },
    },
    {
      title: "BucketV2 with an inline AES256 rule (plural lists) when customer keys are not required",
      resources: [
        bucket(AWS.s3BucketV2, {
          serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "AES256" }] }] }],
        }),
      ],
      config: { requireCustomerManagedKey: false },
    },
    {
      title: "deployed bucket whose sibling uses AES256 when customer keys are not required",
      resources: [deployedBucket, deployedSse(withRule({ sseAlgorithm: "AES256" }))],
      config: { requireCustomerManagedKey: false },
    },
    {
      title: "AWS-managed key when customer keys are not required",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms" }))],
      config: { requireCustomerManagedKey: false },
    },
  ],
  violating: [
    {
      title: "bucket without any encryption configuration next to a bucket whose key is computed",
      resources: [
        bucket(),
        sse(withRule({ sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN.string })),
        resource(AWS.s3Bucket, "logs", { bucket: "logs-1a2b" }),
      ],
      codes: ["no-kms-configuration"],
      undecided: ["assets"],
    },
    {
      title: "Bucket with a secret sseAlgorithm that is no algorithm",
      resources: [bucket(), sse(withRule({ sseAlgorithm: canary("aws:kms"), kmsMasterKeyId: KEY }))],
      codes: ["not-kms-algorithm"],
    },
    {
      title: "Bucket without any encryption configuration",
      resources: [bucket()],
      codes: ["no-kms-configuration"],
    },
    {
      title: "Bucket with sseAlgorithm=AES256",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "AES256" }))],
      codes: ["not-kms-algorithm"],
    },
    {
      title: "Bucket with aws:kms and kmsMasterKeyId unset",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms" }))],
      codes: ["key-aws-managed"],
    },
    {
      title: "Bucket with kmsMasterKeyId=alias/aws/s3",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms", kmsMasterKeyId: "alias/aws/s3" }))],
      codes: ["key-aws-managed"],
    },
    {
      title: "Bucket with a key outside the allow-list",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms", kmsMasterKeyId: OTHER }))],
      config: { allowedKeys: [KEY] },
      codes: ["key-not-allowed"],
    },
    {
      title: "Bucket with bucketKeyEnabled unset",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY }, {}))],
      codes: ["bucket-key-off"],
    },
    {
      title: "BucketV2 with an inline AES256 rule",
      resources: [
        bucket(AWS.s3BucketV2, {
          serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "AES256" }] }] }],
        }),
      ],
      codes: ["not-kms-algorithm"],
    },
    {
      title: "deployed bucket whose sibling uses AES256",
      resources: [deployedBucket, deployedSse(withRule({ sseAlgorithm: "AES256" }))],
      codes: ["not-kms-algorithm"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "sibling whose key is computed",
      resources: [bucket(), sse(withRule({ sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN.string }))],
      undecided: ["assets"],
    },
    {
      title: "sibling whose bucket is computed and not traced",
      resources: [bucket(), resource(AWS.s3BucketSse, "assets-sse", { bucket: UNKNOWN.string, rules: [KMS_RULE] })],
      undecided: ["assets"],
    },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "Bucket with an aws:kms rule and no kmsMasterKeyId",
  resources: (tags) => [bucket(AWS.s3Bucket, { tags }), sse(withRule({ sseAlgorithm: "aws:kms" }))],
  expected: {
    public: [],
    internal: [],
    confidential: ["key-aws-managed"],
    restricted: ["key-aws-managed"],
  },
});

describeLevels(rule, {
  title: "Bucket with no encryption configuration, so S3 encrypts with SSE-S3",
  resources: (tags) => [bucket(AWS.s3Bucket, { tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["no-kms-configuration"],
    restricted: ["no-kms-configuration"],
  },
});

describeLevels(rule, {
  title: "deployed BucketV2 whose inline lists show AES256",
  resources: (tags) => [
    resource(
      AWS.s3BucketV2,
      "assets",
      {
        bucket: "assets-1a2b",
        tags,
        serverSideEncryptionConfigurations: [
          { rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "AES256", kmsMasterKeyId: "" }] }] },
        ],
      },
      { id: "assets-1a2b" },
    ),
  ],
  expected: {
    public: [],
    internal: [],
    confidential: ["not-kms-algorithm"],
    restricted: ["not-kms-algorithm"],
  },
});

describe("the message of a missing bucket key", () => {
  it("says why a bucket key matters, not why an AWS-managed key does", () => {
    const findings = run(rule, [bucket(), sse(withRule({ sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY }, {}))]);
    expect(findings.map((f) => f.problem)).toEqual(["The bucket calls KMS for every object: `bucketKeyEnabled` is not true"]);
    expect(findings[0]?.message).toContain("so every object read and write is a KMS request of its own");
    expect(findings[0]?.message).not.toContain(rule.why);
  });
});
