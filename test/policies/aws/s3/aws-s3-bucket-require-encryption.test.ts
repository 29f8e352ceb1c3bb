import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-encryption";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const KMS_RULES = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-1:1:key/k" } }];
const bucket = (props: Record<string, unknown> = {}, type: string = AWS.s3Bucket, name = "assets") =>
  resource(type, name, { bucket: `${name}-bkt`, ...props });
const sse = (bucketType: string, extra: Record<string, unknown> = {}, type: string = AWS.s3BucketSse, name = "assets") =>
  resource(
    type,
    `${name}-sse`,
    { bucket: UNKNOWN.string, rules: KMS_RULES, ...extra },
    { propertyDependencies: { bucket: [urnOf(bucketType, name)] } },
  );
describeRule(rule, {
  compliant: [
    { title: "Bucket with a sibling joined through propertyDependencies (id unknown)", resources: [bucket(), sse(AWS.s3Bucket)] },
    { title: "BucketV2 with a V2 sibling", resources: [bucket({}, AWS.s3BucketV2), sse(AWS.s3BucketV2, {}, AWS.s3BucketSseV2)] },
    {
      title: "deployed state: sibling refers to the bucket's id by value",
      resources: [
        { ...bucket({ bucket: "assets-bkt" }), id: "assets-bkt" },
        { ...resource(AWS.s3BucketSse, "assets-sse", { bucket: "assets-bkt", rules: KMS_RULES }), id: "assets-bkt" },
      ],
    },
    {
      // BucketServerSideEncryptionConfigurationV2 is the deprecated alias of the same resource; its
      // `bucket` is the bucket's name (s3/bucketServerSideEncryptionConfigurationV2.d.ts).
      title: "deployed state: a V2 sibling refers to a BucketV2's id by value",
      resources: [
        { ...bucket({ bucket: "assets-bkt" }, AWS.s3BucketV2), id: "assets-bkt" },
        { ...resource(AWS.s3BucketSseV2, "assets-sse", { bucket: "assets-bkt", rules: KMS_RULES }), id: "assets-bkt" },
      ],
    },
    { title: "a stack without buckets", resources: [resource(AWS.ebsVolume, "v", { encrypted: true })] },
  ],
  violating: [
    {
      title: "bucket without a configuration next to a bucket whose sibling's rules are unknown",
      resources: [bucket(), sse(AWS.s3Bucket, { rules: UNKNOWN.array }), bucket({}, AWS.s3Bucket, "other")],
      codes: ["undeclared"],
      undecided: ["assets"],
    },
    {
      title: "Bucket with the deprecated inline configuration",
      resources: [
        bucket({ serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } }),
      ],
      codes: ["undeclared"],
    },
    {
      title:
        "BucketV2 with the deprecated inline lists (serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[])",
      resources: [
        bucket(
          {
            serverSideEncryptionConfigurations: [
              { rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms" }], bucketKeyEnabled: true }] },
            ],
          },
          AWS.s3BucketV2,
        ),
      ],
      codes: ["undeclared"],
    },
    {
      title: "deployed BucketV2 whose outputs show the inline lists S3 reports for its default (the same verdict as its preview)",
      resources: [
        {
          ...bucket(
            {
              serverSideEncryptionConfigurations: [
                {
                  rules: [
                    { applyServerSideEncryptionByDefaults: [{ kmsMasterKeyId: "", sseAlgorithm: "AES256" }], bucketKeyEnabled: false },
                  ],
                },
              ],
            },
            AWS.s3BucketV2,
          ),
          id: "assets-bkt",
        },
      ],
      codes: ["undeclared"],
    },
    { title: "Bucket without any encryption configuration", resources: [bucket()], codes: ["undeclared"] },
    { title: "BucketV2 without any encryption configuration", resources: [bucket({}, AWS.s3BucketV2)], codes: ["undeclared"] },
    {
      title: "BucketV2 written with Bucket's singular inline shape, which BucketV2 does not read",
      resources: [
        bucket(
          { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } },
          AWS.s3BucketV2,
        ),
      ],
      codes: ["undeclared"],
    },
    {
      title: "BucketV2 whose inline rule lists no default algorithm",
      resources: [
        bucket({ serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [] }] }] }, AWS.s3BucketV2),
      ],
      codes: ["undeclared"],
    },
    { title: "sibling with an empty rule list", resources: [bucket(), sse(AWS.s3Bucket, { rules: [] })], codes: ["undeclared"] },
    {
      title: "sibling that refers to another bucket",
      resources: [bucket(), bucket({}, AWS.s3Bucket, "other"), sse(AWS.s3Bucket, {}, AWS.s3BucketSse, "other")],
      codes: ["undeclared"],
    },
    {
      title: "deployed state: sibling names a bucket that is not in the stack",
      resources: [
        { ...bucket({ bucket: "assets-bkt" }), id: "assets-bkt" },
        resource(AWS.s3BucketSse, "x-sse", { bucket: "elsewhere", rules: KMS_RULES }),
      ],
      codes: ["undeclared"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "sibling whose rules are unknown", resources: [bucket(), sse(AWS.s3Bucket, { rules: UNKNOWN.array })], undecided: ["assets"] },
    {
      title: "sibling whose bucket is computed without a dependency, next to a declared bucket",
      resources: [
        bucket(),
        sse(AWS.s3Bucket),
        bucket({}, AWS.s3Bucket, "other"),
        resource(AWS.s3BucketSse, "loose-sse", { bucket: UNKNOWN.string, rules: KMS_RULES }),
      ],
      undecided: ["other"],
    },
  ],
});
