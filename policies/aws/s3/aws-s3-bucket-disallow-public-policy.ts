import type { BucketArgs, BucketPolicyArgs } from "@pulumi/aws/s3";
import { parsePolicy } from "../../core/policy-document";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ALLOWED_PUBLIC_BUCKETS_OPTION, allowsPublicUnconditioned, isAllowedBucket } from "../support/exposure";

type Policy = Pick<BucketPolicyArgs | BucketArgs, "policy">;

interface Config {
  readonly allowedBuckets: readonly string[];
}

export default defineRule<Config>({
  name: "aws-s3-bucket-disallow-public-policy",
  displayName: "S3 bucket policies do not allow everyone",
  description:
    'No S3 bucket policy (BucketPolicy or the deprecated inline `policy`) has an Allow statement for `Principal: "*"` whose `Condition` does not narrow the callers (source VPC or endpoint, IP range, organisation, account or source ARN), unless the bucket is allow-listed.',
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.s3Bucket, AWS.s3BucketV2, AWS.s3BucketPolicy],
  remediation:
    'Name the accounts or roles in `Principal`, or keep `"*"` only with a `Condition` such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`; serve public content through CloudFront with origin access control.',
  why: "anyone on the internet can call the allowed S3 actions on the bucket without credentials",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.3"], securityHub: ["S3.2", "S3.3"] },
  options: { allowedBuckets: ALLOWED_PUBLIC_BUCKETS_OPTION },
  problems: { "public-statement": 'an Allow statement names `Principal: "*"` with no Condition that narrows the callers' },
  check(resource, ctx) {
    // SDK (s3.BucketPolicy `policy`, s3.Bucket/BucketV2 deprecated `policy`): the policy document as JSON text.
    const { policy } = resource.props as Policy;
    if (policy === undefined || policy === null || policy === "") return [];
    const property = resource.type === AWS.s3BucketPolicy ? "policy" : "policy (inline)";
    const violations: Violation[] = [];
    parsePolicy(policy).statements.forEach((statement, i) => {
      if (!allowsPublicUnconditioned(statement)) return;
      violations.push({
        code: "public-statement",
        subject: `policy.Statement[${i}]`,
        actual: `Statement ${i} of the bucket's ${property} allows everyone (\`Principal: "*"\`) with no Condition that narrows the callers`,
      });
    });
    if (violations.length === 0 || isAllowedBucket(resource, ctx.config.allowedBuckets)) return [];
    return violations;
  },
});
