import type { BucketArgs, BucketServerSideEncryptionConfigurationArgs, BucketV2Args } from "@pulumi/aws/s3";
import { cmkReason, customerManagedKeyRequired, type KmsKeyConfig, keyProblem, kmsKeyOptions } from "../../core/aws-kms";
import { StackIndex } from "../../core/joins";
import { valueClause } from "../../core/message";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";

const SSE_SIBLINGS = [AWS.s3BucketSse, AWS.s3BucketSseV2];
const KMS_ALGORITHMS = new Set(["aws:kms", "aws:kms:dsse"]);
const ALGORITHMS = ["AES256", ...KMS_ALGORITHMS];

type SseSibling = Pick<BucketServerSideEncryptionConfigurationArgs, "rules">;
type Bucket = Pick<BucketArgs, "serverSideEncryptionConfiguration">;
type BucketV2 = Pick<BucketV2Args, "serverSideEncryptionConfigurations">;

interface Config extends KmsKeyConfig {
  readonly requireBucketKey: boolean;
}

/** One default-encryption rule, normalised across the sibling and both inline shapes. */
interface SseRule {
  readonly byDefault: Record<string, unknown>;
  readonly bucketKeyEnabled: unknown;
}

function fromRule(
  rule: unknown,
  byDefaultKey: "applyServerSideEncryptionByDefault" | "applyServerSideEncryptionByDefaults",
): SseRule | undefined {
  if (!isRecord(rule)) return undefined;
  let byDefault = rule[byDefaultKey];
  if (Array.isArray(byDefault)) byDefault = byDefault[0];
  if (!isRecord(byDefault)) return undefined;
  return { byDefault, bucketKeyEnabled: rule["bucketKeyEnabled"] };
}

/** The inline (deprecated) configuration: `serverSideEncryptionConfiguration.rule` on Bucket, arrays on BucketV2. */
function inlineRule(bucket: ResourceView): SseRule | undefined {
  if (bucket.type === AWS.s3BucketV2) {
    const { serverSideEncryptionConfigurations } = bucket.props as BucketV2;
    if (!Array.isArray(serverSideEncryptionConfigurations)) return undefined;
    for (const configuration of serverSideEncryptionConfigurations) {
      if (!isRecord(configuration) || !Array.isArray(configuration["rules"])) continue;
      for (const rule of configuration["rules"]) {
        const found = fromRule(rule, "applyServerSideEncryptionByDefaults");
        if (found) return found;
      }
    }
    return undefined;
  }
  const { serverSideEncryptionConfiguration } = bucket.props as Bucket;
  return isRecord(serverSideEncryptionConfiguration)
    ? fromRule(serverSideEncryptionConfiguration["rule"], "applyServerSideEncryptionByDefault")
    : undefined;
}

export default defineStackRule<Config>({
  name: "aws-s3-bucket-require-kms-key",
  displayName: "S3 buckets encrypt by default with a customer-managed KMS key",
  description:
    "Every S3 bucket's default encryption uses `aws:kms` (or `aws:kms:dsse`) with a customer-managed `kmsMasterKeyId` and, for `aws:kms`, `bucketKeyEnabled`.",
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
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const siblingRules = new Map<string, SseRule>();
    for (const sibling of index.ofType(SSE_SIBLINGS)) {
      const bucket = index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]);
      if (bucket === undefined || siblingRules.has(bucket.urn)) continue;
      const { rules } = sibling.props as SseSibling;
      const found = Array.isArray(rules)
        ? rules.map((rule) => fromRule(rule, "applyServerSideEncryptionByDefault")).find((rule) => rule)
        : undefined;
      if (found) siblingRules.set(bucket.urn, found);
    }
    const violations: StackViolation[] = [];
    for (const bucket of index.ofType(S3_BUCKETS)) {
      const rule = siblingRules.get(bucket.urn) ?? inlineRule(bucket);
      if (rule === undefined) {
        violations.push({
          resource: bucket,
          actual:
            "The bucket is not encrypted with a KMS key: no BucketServerSideEncryptionConfiguration refers to it and no inline configuration is set, so S3 uses S3-managed keys (SSE-S3)",
        });
        continue;
      }
      const algorithm = rule.byDefault["sseAlgorithm"];
      if (typeof algorithm !== "string" || !KMS_ALGORITHMS.has(algorithm)) {
        violations.push({
          resource: bucket,
          subject: "sseAlgorithm",
          actual: `The bucket is not encrypted with a KMS key: \`sseAlgorithm\` ${valueClause(algorithm, ALGORITHMS, "encryption algorithm")}`,
        });
        continue;
      }
      const key = rule.byDefault["kmsMasterKeyId"];
      const required = customerManagedKeyRequired(bucket, ctx);
      if (typeof key !== "string" || key === "") {
        if (required.value) {
          violations.push({
            resource: bucket,
            subject: "kmsMasterKeyId",
            actual: `The bucket is encrypted with the AWS-managed key: \`sseAlgorithm\` is ${JSON.stringify(algorithm)} but \`kmsMasterKeyId\` is not set${cmkReason(required)}`,
            fix: "Set `applyServerSideEncryptionByDefault.kmsMasterKeyId` to the ARN of a customer-managed KMS key.",
          });
        }
      } else {
        const problem = keyProblem(key, "kmsMasterKeyId", ctx.config, "The bucket", required);
        if (problem) violations.push({ resource: bucket, subject: "kmsMasterKeyId", actual: problem });
      }
      if (ctx.config.requireBucketKey && algorithm === "aws:kms" && rule.bucketKeyEnabled !== true) {
        violations.push({
          resource: bucket,
          subject: "bucketKeyEnabled",
          actual: "The bucket calls KMS for every object: `bucketKeyEnabled` is not true",
          why: "every object read and write is a KMS request of its own, billed and counted against the account's KMS quota",
          fix: "Set `bucketKeyEnabled: true` on the encryption rule.",
        });
      }
    }
    return violations;
  },
});
