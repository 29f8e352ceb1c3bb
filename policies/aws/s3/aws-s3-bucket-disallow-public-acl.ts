import type { BucketAclArgs, BucketArgs } from "@pulumi/aws/s3";
import { appendAll } from "../../core/arrays";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ALLOWED_PUBLIC_BUCKETS_OPTION, isAllowedBucket } from "../support/exposure";

type Bucket = Pick<BucketArgs, "acl" | "grants">;
type Acl = Pick<BucketAclArgs, "acl" | "accessControlPolicy">;

interface Config {
  readonly allowedBuckets: readonly string[];
}

/**
 * Canned ACLs that grant the AllUsers or AuthenticatedUsers group (S3 user guide, "Canned ACL"):
 * `public-read` and `public-read-write` grant everyone, `authenticated-read` any AWS account.
 * SDK (s3.Bucket `acl`): "Valid values are `private`, `public-read`, `public-read-write`, ...".
 */
const PUBLIC_CANNED = new Set(["public-read", "public-read-write", "authenticated-read"]);

/** The predefined groups that stand for the public (S3 user guide, "Amazon S3 predefined groups"). */
const PUBLIC_GROUPS = new Set([
  "http://acs.amazonaws.com/groups/global/AllUsers",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
]);

function groupName(uri: string): string {
  return uri.endsWith("AllUsers") ? "AllUsers (everyone)" : "AuthenticatedUsers (any AWS account)";
}

function isPublicGroup(uri: unknown): uri is string {
  return typeof uri === "string" && PUBLIC_GROUPS.has(uri);
}

function cannedViolation(acl: unknown, noun: string): Violation[] {
  if (typeof acl !== "string" || !PUBLIC_CANNED.has(acl)) return [];
  return [
    {
      code: "public-canned-acl",
      subject: "acl",
      actual: `The ${noun} grants ${acl === "authenticated-read" ? "any AWS account" : "everyone"} access: \`acl\` is "${acl}"`,
      fix: 'Set `acl: "private"` (or drop it and keep S3 Object Ownership at BucketOwnerEnforced, which disables ACLs).',
    },
  ];
}

function grantViolation(uri: string, where: string, noun: string): Violation {
  return {
    code: "public-grant",
    subject: where,
    actual: `The ${noun} grants the ${groupName(uri)} group access: \`${where}\` names it`,
    fix: `Remove the grant \`${where}\`; grant named accounts or canonical users only.`,
  };
}

export default defineRule<Config>({
  name: "aws-s3-bucket-disallow-public-acl",
  displayName: "S3 bucket ACLs grant no public access",
  description:
    "No S3 bucket or BucketAcl sets a public canned ACL (`public-read`, `public-read-write`, `authenticated-read`) or grants the AllUsers or AuthenticatedUsers group, unless the bucket is allow-listed.",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.s3Bucket, AWS.s3BucketV2, AWS.s3BucketAcl, AWS.s3BucketAclV2],
  remediation:
    'Set `acl: "private"` and remove grants to the AllUsers and AuthenticatedUsers groups; share objects through a bucket policy that names the callers, or CloudFront with origin access control.',
  why: "anyone on the internet can list or read the bucket's objects, or write to it",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.3"], securityHub: ["S3.2", "S3.3"] },
  options: { allowedBuckets: ALLOWED_PUBLIC_BUCKETS_OPTION },
  problems: {
    "public-canned-acl": "`acl` is `public-read`, `public-read-write` or `authenticated-read`",
    "public-grant": "a grant names the AllUsers or AuthenticatedUsers group",
  },
  check(resource, ctx) {
    const violations: Violation[] = [];
    if (resource.type === AWS.s3Bucket || resource.type === AWS.s3BucketV2) {
      // SDK (s3.Bucket, s3.BucketV2): `acl` "Defaults to `private`"; `grants[]` of `{ type, uri, permissions }`.
      const { acl, grants } = resource.props as Bucket;
      appendAll(violations, cannedViolation(acl, "bucket"));
      if (Array.isArray(grants)) {
        grants.forEach((grant, i) => {
          if (isRecord(grant) && isPublicGroup(grant["uri"])) violations.push(grantViolation(grant["uri"], `grants[${i}].uri`, "bucket"));
        });
      }
    } else {
      // SDK (s3.BucketAcl, s3.BucketAclV2): `acl` canned, or `accessControlPolicy.grants[].grantee.uri`.
      const { acl, accessControlPolicy } = resource.props as Acl;
      appendAll(violations, cannedViolation(acl, "bucket ACL"));
      const grants = isRecord(accessControlPolicy) ? accessControlPolicy["grants"] : undefined;
      if (Array.isArray(grants)) {
        grants.forEach((grant, i) => {
          const grantee = isRecord(grant) ? grant["grantee"] : undefined;
          const uri = isRecord(grantee) ? grantee["uri"] : undefined;
          if (isPublicGroup(uri)) violations.push(grantViolation(uri, `accessControlPolicy.grants[${i}].grantee.uri`, "bucket ACL"));
        });
      }
    }
    if (violations.length === 0 || isAllowedBucket(resource, ctx.config.allowedBuckets)) return [];
    return violations;
  },
});
