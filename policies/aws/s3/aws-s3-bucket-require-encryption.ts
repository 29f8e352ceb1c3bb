import { StackIndex } from "../../core/joins";
import { defineStackRule } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";
import { hasAlgorithm, siblingSseRule } from "../support/s3";

const SSE_SIBLINGS = [AWS.s3BucketSse, AWS.s3BucketSseV2];

export default defineStackRule({
  name: "aws-s3-bucket-require-encryption",
  displayName: "S3 buckets declare their server-side encryption",
  description:
    "Every S3 bucket has a BucketServerSideEncryptionConfiguration in the stack. S3 encrypts every bucket with SSE-S3 by default, so this rule asks only that the choice be declared and reviewed; the key a bucket must use is `aws-s3-bucket-require-kms-key`'s question.",
  duty: "encryption-at-rest",
  severity: "low",
  resourceTypes: [...S3_BUCKETS, ...SSE_SIBLINGS],
  remediation:
    "Add an `aws.s3.BucketServerSideEncryptionConfiguration` with `bucket` set to this bucket and a rule whose `applyServerSideEncryptionByDefault.sseAlgorithm` names the algorithm you chose.",
  why: "its encryption is whatever S3's default is, which nobody in the stack chose or reviews",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"] },
  problems: { undeclared: "no BucketServerSideEncryptionConfiguration in the stack declares the bucket's encryption" },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // Whether each configuration names an algorithm; one whose bucket or rules are unknown at
    // preview leaves the buckets it may declare undecided, and the others are still judged.
    const declared = new Siblings(
      index.ofType(SSE_SIBLINGS),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      (sibling) => hasAlgorithm(siblingSseRule(sibling)),
    );
    return judgeEach(index.ofType(S3_BUCKETS), (bucket) => {
      if (declared.some(bucket, (named) => named)) return undefined;
      declared.settle(bucket);
      // The deprecated inline `serverSideEncryptionConfiguration(s)` is not read: deployed outputs
      // always show one, S3's SSE-S3 default included ("S3 applies SSE-S3 as the base level of
      // encryption for every bucket" since 2023-01-05: AmazonS3/latest/userguide/default-encryption-faq.html;
      // s3/bucketServerSideEncryptionConfiguration.d.ts: destroying the sibling "resets the bucket to
      // Amazon S3 bucket default encryption"), so only the sibling gives preview and deployed state one verdict.
      return [
        {
          code: "undeclared",
          resource: bucket,
          actual:
            "No BucketServerSideEncryptionConfiguration in the stack declares the bucket's encryption: S3 encrypts it with its SSE-S3 default (an inline `serverSideEncryptionConfiguration` is deprecated and, in deployed state, cannot be told from that default)",
        },
      ];
    });
  },
});
