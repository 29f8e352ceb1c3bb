import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-tls-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const DENY_HTTP = {
  Sid: "DenyInsecureTransport",
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::assets-1a2b", "arn:aws:s3:::assets-1a2b/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const DENY_OLD_TLS = { ...DENY_HTTP, Sid: "DenyOldTls", Condition: { NumericLessThan: { "s3:TlsVersion": 1.2 } } };
const doc = (...statements: unknown[]) => ({ Version: "2012-10-17", Statement: statements });

const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", ...props });
const policy = (document: unknown, bucketType: string = AWS.s3Bucket) =>
  resource(
    AWS.s3BucketPolicy,
    "assets-policy",
    { bucket: UNKNOWN.string, policy: document },
    { propertyDependencies: { bucket: [urnOf(bucketType, "assets")] } },
  );
const deployedBucket = resource(AWS.s3Bucket, "assets", { bucket: "assets-1a2b" }, { id: "assets-1a2b" });
const deployedPolicy = (document: unknown) =>
  resource(AWS.s3BucketPolicy, "assets-policy", { bucket: "assets-1a2b", policy: document }, { id: "assets-1a2b" });

describeRule(rule, {
  compliant: [
    { title: "Bucket with a sibling policy object denying aws:SecureTransport=false", resources: [bucket(), policy(doc(DENY_HTTP))] },
    {
      title: "BucketV2 with a sibling policy as a JSON string",
      resources: [bucket(AWS.s3BucketV2), policy(JSON.stringify(doc(DENY_HTTP)), AWS.s3BucketV2)],
    },
    {
      title: "single Statement object with BoolIfExists and a boolean false",
      resources: [bucket(), policy({ Statement: { ...DENY_HTTP, Condition: { BoolIfExists: { "aws:SecureTransport": false } } } })],
    },
    {
      title: "principal written as { AWS: '*' } and action '*'",
      resources: [bucket(), policy(doc({ ...DENY_HTTP, Principal: { AWS: "*" }, Action: ["*"] }))],
    },
    { title: "Bucket with the deprecated inline policy", resources: [bucket(AWS.s3Bucket, { policy: JSON.stringify(doc(DENY_HTTP)) })] },
    {
      title: "BucketV2 with the deprecated inline policy",
      resources: [bucket(AWS.s3BucketV2, { policy: JSON.stringify(doc(DENY_HTTP)) })],
    },
    { title: "deployed bucket joined by name", resources: [deployedBucket, deployedPolicy(JSON.stringify(doc(DENY_HTTP)))] },
    {
      title: "TLS version statement when it is required",
      resources: [bucket(), policy(doc(DENY_HTTP, DENY_OLD_TLS))],
      config: { requireMinimumTlsVersion: true },
    },
  ],
  violating: [
    {
      title: "Bucket without any policy",
      resources: [bucket()],
      problems: ["The bucket accepts requests without TLS: no BucketPolicy refers to it and it has no inline `policy`"],
    },
    {
      title: "policy without a TLS statement",
      resources: [
        bucket(),
        policy(doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "*" })),
      ],
      problems: [
        'The bucket accepts requests without TLS: its bucket policy has no statement that denies `s3:*` to every principal when `aws:SecureTransport` is "false"',
      ],
    },
    {
      title: "TLS statement that allows instead of denying",
      resources: [bucket(), policy(doc({ ...DENY_HTTP, Effect: "Allow" }))],
      problems: [
        'The bucket accepts requests without TLS: its bucket policy has no statement that denies `s3:*` to every principal when `aws:SecureTransport` is "false"',
      ],
    },
    {
      title: "TLS statement limited to one action",
      resources: [bucket(), policy(doc({ ...DENY_HTTP, Action: "s3:GetObject" }))],
      problems: [
        'The bucket accepts requests without TLS: its bucket policy has no statement that denies `s3:*` to every principal when `aws:SecureTransport` is "false"',
      ],
    },
    {
      title: "policy that is not valid JSON",
      resources: [bucket(), policy("{not json")],
      problems: ["The bucket accepts requests without TLS: its bucket policy is not valid JSON, so it has no statement that denies them"],
    },
    {
      title: "TLS statement without a version statement when one is required",
      resources: [bucket(), policy(doc(DENY_HTTP))],
      config: { requireMinimumTlsVersion: true },
      problems: ['The bucket accepts TLS older than 1.2: its bucket policy does not deny requests when `s3:TlsVersion` is less than "1.2"'],
    },
    {
      title: "deployed bucket whose policy lacks the TLS statement",
      resources: [deployedBucket, deployedPolicy(JSON.stringify(doc({ ...DENY_HTTP, Condition: {} })))],
      problems: [
        'The bucket accepts requests without TLS: its bucket policy has no statement that denies `s3:*` to every principal when `aws:SecureTransport` is "false"',
      ],
    },
  ],
  notApplicable: [
    {
      title: "bucket where the map puts S3 transit encryption on the provider's side",
      resources: [bucket()],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:s3/*"],
        side: "provider",
        note: "An SCP denies plain HTTP.",
      }),
      reason: /on the provider's side: An SCP denies plain HTTP\.$/,
    },
  ],
  unknown: [
    { title: "sibling whose policy document is computed", resources: [bucket(), policy(UNKNOWN.string)] },
    { title: "inline policy that is computed", resources: [bucket(AWS.s3Bucket, { policy: UNKNOWN.string })] },
  ],
});
