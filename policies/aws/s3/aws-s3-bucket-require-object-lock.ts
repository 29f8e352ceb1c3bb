import type { BucketArgs, BucketObjectLockConfigurationArgs } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { readTag } from "../../core/tags";
import { AWS, S3_BUCKETS } from "../../core/tokens";

const LOCK_SIBLINGS = [AWS.s3BucketObjectLock, AWS.s3BucketObjectLockV2];

type Lock = Pick<BucketObjectLockConfigurationArgs, "objectLockEnabled">;
type Bucket = Pick<BucketArgs, "objectLockEnabled" | "objectLockConfiguration">;

interface Config {
  readonly criticalTagKey: string;
  readonly criticalTagValue: string;
}

export default defineStackRule<Config>({
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
  options: {
    criticalTagKey: { type: "string", description: "The tag that marks a bucket as critical.", default: "backup-tier" },
    criticalTagValue: {
      type: "string",
      description: "The value of `criticalTagKey` that marks a bucket as critical.",
      default: "critical",
    },
  },
  checkStack(resources, ctx) {
    const { criticalTagKey, criticalTagValue } = ctx.config;
    const index = StackIndex.of(resources);
    const critical = index.ofType(S3_BUCKETS).filter((bucket) => {
      const value = readTag(bucket, criticalTagKey);
      return typeof value === "string" && value.toLowerCase() === criticalTagValue.toLowerCase();
    });
    if (critical.length === 0) {
      return notApplicable(`No S3 bucket in the stack carries the tag ${criticalTagKey}=${criticalTagValue} that marks it as critical`);
    }
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
