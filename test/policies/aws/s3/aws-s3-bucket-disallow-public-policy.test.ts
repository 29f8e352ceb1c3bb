import rule from "../../../../policies/aws/s3/aws-s3-bucket-disallow-public-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const READ_ALL = {
  Sid: "PublicRead",
  Effect: "Allow",
  Principal: "*",
  Action: "s3:GetObject",
  Resource: "arn:aws:s3:::assets-1a2b/*",
};
const DENY_HTTP = { ...READ_ALL, Effect: "Deny", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } };
const doc = (...statements: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

const policy = (document: unknown, props: Record<string, unknown> = {}) =>
  resource(AWS.s3BucketPolicy, "assets-policy", { bucket: "assets-1a2b", policy: document, ...props });
const bucket = (type: string, props: Record<string, unknown> = {}) => resource(type, "assets", { bucket: "assets-1a2b", ...props });

describeRule(rule, {
  compliant: [
    { title: "policy that only denies plain HTTP to everyone", resources: [policy(doc(DENY_HTTP))] },
    {
      title: "public read narrowed to one VPC endpoint (aws:SourceVpce)",
      resources: [policy(doc({ ...READ_ALL, Condition: { StringEquals: { "aws:SourceVpce": "vpce-0a1b2c3d" } } }))],
    },
    {
      title: "public read narrowed to the organisation (aws:PrincipalOrgID, any case)",
      resources: [policy({ Statement: [{ ...READ_ALL, Condition: { stringequals: { "AWS:PrincipalOrgId": "o-a1b2c3" } } }] })],
    },
    {
      title: "CloudFront service principal narrowed by aws:SourceArn",
      resources: [
        policy(
          doc({
            ...READ_ALL,
            Principal: { Service: "cloudfront.amazonaws.com" },
            Condition: { StringEquals: { "aws:SourceArn": "arn:aws:cloudfront::111122223333:distribution/E1" } },
          }),
        ),
      ],
    },
    {
      title: "read for a named account",
      resources: [policy(doc({ ...READ_ALL, Principal: { AWS: "arn:aws:iam::111122223333:root" } }))],
    },
    { title: "BucketV2 without an inline policy", resources: [bucket(AWS.s3BucketV2)] },
    {
      title: "allow-listed website bucket",
      resources: [policy(doc(READ_ALL), { bucket: "www-example-com" })],
      config: { allowedBuckets: ["www-example-com"] },
    },
  ],
  violating: [
    { title: "BucketPolicy with public s3:GetObject", resources: [policy(doc(DENY_HTTP, READ_ALL))], codes: ["public-statement"] },
    {
      title: "principal { AWS: ['*'] } with only a TLS condition",
      resources: [policy(doc({ ...READ_ALL, Principal: { AWS: ["*"] }, Condition: { Bool: { "aws:SecureTransport": "true" } } }))],
      codes: ["public-statement"],
    },
    {
      title: "Allow with NotPrincipal and a public PutObject",
      resources: [
        policy(
          doc(
            { ...READ_ALL, Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } },
            { ...READ_ALL, Action: "s3:PutObject" },
          ),
        ),
      ],
      codes: ["public-statement", "public-statement"],
    },
    {
      title: "Bucket with a public inline policy",
      resources: [bucket(AWS.s3Bucket, { policy: doc(READ_ALL) })],
      codes: ["public-statement"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "BucketPolicy whose document is computed", resources: [policy(UNKNOWN.string)] },
    {
      title: "public policy whose bucket name is computed, with an allow-list",
      resources: [policy(doc(READ_ALL), { bucket: UNKNOWN.string })],
      config: { allowedBuckets: ["www-*"] },
    },
  ],
});
