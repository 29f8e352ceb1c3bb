import rule from "../../../../policies/aws/s3/aws-s3-bucket-require-tls-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
      title: "bucket without any policy next to a bucket whose sibling policy is computed",
      resources: [bucket(), policy(UNKNOWN.string), resource(AWS.s3Bucket, "logs", { bucket: "logs-1a2b" })],
      codes: ["no-policy"],
      undecided: ["assets"],
    },
    {
      title: "Bucket without any policy",
      resources: [bucket()],
      codes: ["no-policy"],
    },
    {
      title: "policy without a TLS statement",
      resources: [
        bucket(),
        policy(doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "*" })),
      ],
      codes: ["no-tls-statement"],
    },
    {
      title: "TLS statement that allows instead of denying",
      resources: [bucket(), policy(doc({ ...DENY_HTTP, Effect: "Allow" }))],
      codes: ["no-tls-statement"],
    },
    {
      title: "TLS statement limited to one action",
      resources: [bucket(), policy(doc({ ...DENY_HTTP, Action: "s3:GetObject" }))],
      codes: ["no-tls-statement"],
    },
    {
      title: "policy that is not valid JSON",
      resources: [bucket(), policy("{not json")],
      codes: ["invalid"],
    },
    {
      title: "TLS statement without a version statement when one is required",
      resources: [bucket(), policy(doc(DENY_HTTP))],
      config: { requireMinimumTlsVersion: true },
      codes: ["no-tls-version"],
    },
    {
      title: "deployed bucket whose policy lacks the TLS statement",
      resources: [deployedBucket, deployedPolicy(JSON.stringify(doc({ ...DENY_HTTP, Condition: {} })))],
      codes: ["no-tls-statement"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "sibling whose policy document is computed", resources: [bucket(), policy(UNKNOWN.string)], undecided: ["assets"] },
    { title: "inline policy that is computed", resources: [bucket(AWS.s3Bucket, { policy: UNKNOWN.string })], undecided: ["assets"] },
  ],
});
