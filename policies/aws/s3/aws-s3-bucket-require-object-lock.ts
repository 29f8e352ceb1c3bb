import type { BucketArgs, BucketObjectLockConfigurationArgs } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
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
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const critical = criticalBuckets(index, ctx.config);
    if (!Array.isArray(critical)) return critical;
    const locked = new Set<string>();
    for (const sibling of index.ofType(LOCK_SIBLINGS)) {
      const bucket = index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]);
      // `objectLockEnabled` defaults to "Enabled" on the sibling.
      const { objectLockEnabled } = sibling.props as Lock;
      if (bucket && (objectLockEnabled === undefined || objectLockEnabled === "Enabled")) locked.add(bucket.urn);
    }
    const violations: StackViolation[] = [];
    for (const bucket of critical) {
      if (locked.has(bucket.urn)) continue;
      const { objectLockEnabled } = bucket.props as Bucket;
      if (objectLockEnabled === true) continue;
      const { objectLockConfiguration } = bucket.props as Bucket;
      if (isRecord(objectLockConfiguration) && objectLockConfiguration["objectLockEnabled"] === "Enabled") continue;
      violations.push({
        resource: bucket,
        actual:
          "The critical bucket does not lock objects: `objectLockEnabled` is not true and no BucketObjectLockConfiguration refers to it",
      });
    }
    return violations;
  },
});
