import type { BucketArgs, BucketObjectLockConfigurationArgs } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";
import { CRITICAL_BUCKET_OPTIONS, type CriticalBucketOptions, criticalBuckets } from "../support/critical-buckets";

const LOCK_SIBLINGS = [AWS.s3BucketObjectLock, AWS.s3BucketObjectLockV2];

type Lock = Pick<BucketObjectLockConfigurationArgs, "objectLockEnabled">;
type Bucket = Pick<BucketArgs, "objectLockEnabled" | "objectLockConfiguration">;

export default defineStackRule<CriticalBucketOptions>({
  name: "aws-s3-bucket-require-object-lock",
  displayName: "Critical S3 buckets lock objects against deletion",
  description:
    'Every S3 bucket tagged as critical (`backup-tier` = "critical" by default) has Object Lock enabled (`objectLockEnabled` on the bucket, a BucketObjectLockConfiguration, or the deprecated inline configuration).',
  duty: "backup",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, ...LOCK_SIBLINGS],
  remediation:
    "Set `objectLockEnabled: true` on the bucket and add an `aws.s3.BucketObjectLockConfiguration` with a default retention `rule`.",
  why: "an attacker or a mistake can delete or overwrite every copy of data the organisation marked as critical",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], securityHub: ["S3.15"] },
  options: CRITICAL_BUCKET_OPTIONS,
  problems: {
    "not-locked": "the critical bucket does not enable Object Lock and no BucketObjectLockConfiguration refers to it",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const found = criticalBuckets(index, ctx.config);
    if (!("critical" in found)) return found;
    // Whether each lock configuration enables Object Lock; one whose bucket or setting is unknown
    // at preview leaves the buckets it may lock undecided, and the others are still judged.
    const locks = new Siblings(
      index.ofType(LOCK_SIBLINGS),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      (sibling) => {
        // s3/bucketObjectLockConfiguration.d.ts: `objectLockEnabled` defaults to "Enabled".
        const { objectLockEnabled } = sibling.props as Lock;
        return objectLockEnabled === undefined || objectLockEnabled === "Enabled";
      },
    );
    const judged = judgeEach(found.critical, (bucket) => {
      if (locks.some(bucket, (enabled) => enabled)) return undefined;
      const { objectLockEnabled } = bucket.props as Bucket;
      if (objectLockEnabled === true) return undefined;
      const { objectLockConfiguration } = bucket.props as Bucket;
      if (isRecord(objectLockConfiguration) && objectLockConfiguration["objectLockEnabled"] === "Enabled") return undefined;
      locks.settle(bucket);
      return [
        {
          code: "not-locked",
          resource: bucket,
          actual:
            "The critical bucket does not lock objects: `objectLockEnabled` is not true and no BucketObjectLockConfiguration refers to it",
        },
      ];
    });
    return [...found.undecided, ...judged];
  },
});
