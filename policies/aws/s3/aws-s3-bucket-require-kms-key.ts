import { StackIndex } from "../../core/joins";
import { valueClause } from "../../core/message";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";
import { cmkReason, customerManagedKeyRequired, isAwsManagedKey, type KmsKeyConfig, keyProblem, kmsKeyOptions } from "../support/kms";
import { inlineSseRule, siblingSseRule } from "../support/s3";

const SSE_SIBLINGS = [AWS.s3BucketSse, AWS.s3BucketSseV2];
const KMS_ALGORITHMS = new Set(["aws:kms", "aws:kms:dsse"]);
const ALGORITHMS = ["AES256", ...KMS_ALGORITHMS];

interface Config extends KmsKeyConfig {
  readonly requireBucketKey: boolean;
}

export default defineStackRule<Config>({
  name: "aws-s3-bucket-require-kms-key",
  displayName: "S3 buckets encrypt by default with a customer-managed KMS key",
  description:
    "Every S3 bucket whose data requires a customer-managed key (by its classification level, else the `requireCustomerManagedKey` option) encrypts by default with `aws:kms` (or `aws:kms:dsse`) and a customer-managed `kmsMasterKeyId`; with `aws:kms`, `bucketKeyEnabled` is true.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, ...SSE_SIBLINGS],
  remediation:
    'Add an `aws.s3.BucketServerSideEncryptionConfiguration` for the bucket whose rule sets `applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: <customer-managed key ARN> }` and `bucketKeyEnabled: true`.',
  why: "S3-managed and AWS-managed keys cannot be restricted by a key policy, rotated on the organisation's schedule or withdrawn to cut off access",
  controls: { nist: ["SC-12", "SC-28(1)"], pciDss: ["3.5.1", "3.6"], iso27001: ["A.8.24"], securityHub: ["S3.17"] },
  options: {
    ...kmsKeyOptions(true),
    requireBucketKey: {
      type: "boolean",
      description: "Require `bucketKeyEnabled: true` with `aws:kms` (S3 Bucket Keys cut KMS requests; DSSE-KMS does not support them).",
      default: true,
    },
  },
  problems: {
    "no-kms-configuration": "no encryption configuration is set, so S3 uses S3-managed keys (SSE-S3)",
    "not-kms-algorithm": "`sseAlgorithm` is not a KMS algorithm",
    "key-aws-managed": "the bucket is encrypted with the AWS-managed key",
    "key-not-allowed": "the bucket's key is not one of the configured `allowedKeys`",
    "bucket-key-off": "`bucketKeyEnabled` is not true with `aws:kms`",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    // Each configuration's first rule; one whose bucket or rules are unknown at preview leaves the
    // buckets it may configure undecided, and the others are still judged.
    const siblings = new Siblings(
      index.ofType(SSE_SIBLINGS),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      siblingSseRule,
    );
    return judgeEach(index.ofType(S3_BUCKETS), (bucket): StackViolation[] => {
      // The first configuration with a rule decides, so one not known yet leaves the bucket undecided.
      siblings.settle(bucket);
      const violations: StackViolation[] = [];
      const rule = siblings.of(bucket).find((found) => found !== undefined) ?? inlineSseRule(bucket);
      // SSE-S3 is encryption at rest (S3 applies it to every bucket since 2023-01-05, "Default
      // encryption" in the S3 user guide); asking for a KMS key is key management, so only a
      // resource whose classification level (or, unclassified, the rule's option) requires a
      // customer-managed key is asked for one.
      const required = customerManagedKeyRequired(bucket, ctx);
      if (rule === undefined) {
        if (required.value) {
          violations.push({
            code: "no-kms-configuration",
            resource: bucket,
            actual: `The bucket is not encrypted with a KMS key: no BucketServerSideEncryptionConfiguration refers to it and no inline configuration is set, so S3 uses S3-managed keys (SSE-S3)${cmkReason(required)}`,
          });
        }
        return violations;
      }
      const algorithm = rule.byDefault["sseAlgorithm"];
      if (typeof algorithm !== "string" || !KMS_ALGORITHMS.has(algorithm)) {
        // An algorithm that is not S3's own `AES256` is no encryption S3 knows: report it at any level.
        if (required.value || algorithm !== "AES256") {
          violations.push({
            code: "not-kms-algorithm",
            resource: bucket,
            subject: "sseAlgorithm",
            actual: `The bucket is not encrypted with a KMS key: \`sseAlgorithm\` ${valueClause(algorithm, ALGORITHMS, "encryption algorithm")}${cmkReason(required)}`,
          });
        }
        return violations;
      }
      const key = rule.byDefault["kmsMasterKeyId"];
      if (typeof key !== "string" || key === "") {
        if (required.value) {
          violations.push({
            code: "key-aws-managed",
            resource: bucket,
            subject: "kmsMasterKeyId",
            actual: `The bucket is encrypted with the AWS-managed key: \`sseAlgorithm\` is ${quoted(algorithm)} but \`kmsMasterKeyId\` is not set${cmkReason(required)}`,
            fix: "Set `applyServerSideEncryptionByDefault.kmsMasterKeyId` to the ARN of a customer-managed KMS key.",
          });
        }
      } else {
        const problem = keyProblem(key, "kmsMasterKeyId", ctx.config, "The bucket", required);
        if (problem) {
          // keyProblem (support/kms.ts) reports an AWS-managed alias first, then a key off the allowed list.
          const code = required.value && isAwsManagedKey(key) ? "key-aws-managed" : "key-not-allowed";
          violations.push({ code, resource: bucket, subject: "kmsMasterKeyId", actual: problem });
        }
      }
      if (ctx.config.requireBucketKey && algorithm === "aws:kms" && rule.bucketKeyEnabled !== true) {
        violations.push({
          code: "bucket-key-off",
          resource: bucket,
          subject: "bucketKeyEnabled",
          actual: "The bucket calls KMS for every object: `bucketKeyEnabled` is not true",
          why: "every object read and write is a KMS request of its own, billed and counted against the account's KMS quota",
          fix: "Set `bucketKeyEnabled: true` on the encryption rule.",
        });
      }
      return violations;
    });
  },
});
