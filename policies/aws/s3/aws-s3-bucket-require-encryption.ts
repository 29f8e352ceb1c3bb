import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { hasAlgorithm, inlineSseRule, siblingSseRule } from "../support/s3";

const SSE_SIBLINGS = [AWS.s3BucketSse, AWS.s3BucketSseV2];

export default defineStackRule({
  name: "aws-s3-bucket-require-encryption",
  displayName: "S3 buckets declare server-side encryption",
  description:
    "Every S3 bucket has a server-side encryption configuration, as a sibling BucketServerSideEncryptionConfiguration or the deprecated inline property.",
  duty: "encryption-at-rest",
  severity: "low",
  resourceTypes: [...S3_BUCKETS, ...SSE_SIBLINGS],
  remediation:
    "Add an `aws.s3.BucketServerSideEncryptionConfiguration` with `bucket` set to this bucket and a rule whose `applyServerSideEncryptionByDefault.sseAlgorithm` is `aws:kms`.",
  why: "its encryption rests on an S3 account default that nobody in the stack declared or reviews",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const encrypted = new Set<string>();
    for (const sibling of index.ofType(SSE_SIBLINGS)) {
      const bucket = index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]);
      if (bucket && hasAlgorithm(siblingSseRule(sibling))) encrypted.add(bucket.urn);
    }
    const violations: StackViolation[] = [];
    for (const bucket of index.ofType(S3_BUCKETS)) {
      if (encrypted.has(bucket.urn)) continue;
      // Bucket: singular `serverSideEncryptionConfiguration.rule`; BucketV2: the plural lists.
      if (hasAlgorithm(inlineSseRule(bucket))) continue;
      violations.push({
        resource: bucket,
        actual:
          "The bucket declares no server-side encryption: no BucketServerSideEncryptionConfiguration refers to it and no inline server-side encryption configuration is set",
      });
    }
    return violations;
  },
});
