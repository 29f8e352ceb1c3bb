import type { BucketArgs, BucketReplicationConfigArgs, BucketV2Args } from "@pulumi/aws/s3";
import { CRITICAL_BUCKET_OPTIONS, type CriticalBucketOptions, criticalBuckets } from "../../core/aws-critical-buckets";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";

type Replication = Pick<BucketReplicationConfigArgs, "rules">;
type Bucket = Pick<BucketArgs, "replicationConfiguration">;
type BucketV2 = Pick<BucketV2Args, "replicationConfigurations">;

function hasEnabledRule(rules: unknown): boolean {
  return Array.isArray(rules) && rules.some((rule) => isRecord(rule) && rule["status"] === "Enabled");
}

function inlineReplicates(bucket: ResourceView): boolean {
  if (bucket.type === AWS.s3BucketV2) {
    const { replicationConfigurations } = bucket.props as BucketV2;
    return Array.isArray(replicationConfigurations) && replicationConfigurations.some((c) => isRecord(c) && hasEnabledRule(c["rules"]));
  }
  const { replicationConfiguration } = bucket.props as Bucket;
  return isRecord(replicationConfiguration) && hasEnabledRule(replicationConfiguration["rules"]);
}

export default defineStackRule<CriticalBucketOptions>({
  name: "aws-s3-bucket-require-replication",
  displayName: "Critical S3 buckets replicate to another bucket",
  description:
    'Every S3 bucket tagged as critical (`backup-tier` = "critical" by default) has a BucketReplicationConfig (or deprecated inline replication) with an enabled rule.',
  duty: "backup",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, AWS.s3BucketReplicationConfig],
  remediation:
    'Add an `aws.s3.BucketReplicationConfig` with `bucket` set to this bucket, a replication `role` and a rule with `status: "Enabled"` whose `destination.bucket` is a bucket in another region or account.',
  why: "losing the region, the account or the bucket loses data the organisation marked as critical, with no copy elsewhere",
  controls: { nist: ["CP-6", "CP-9"], iso27001: ["A.8.13"], securityHub: ["S3.7"] },
  options: CRITICAL_BUCKET_OPTIONS,
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const critical = criticalBuckets(index, ctx.config);
    if (!Array.isArray(critical)) return critical;
    const replicated = new Set<string>();
    for (const sibling of index.ofType([AWS.s3BucketReplicationConfig])) {
      const bucket = index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]);
      if (bucket && hasEnabledRule((sibling.props as Replication).rules)) replicated.add(bucket.urn);
    }
    const violations: StackViolation[] = [];
    for (const bucket of critical) {
      if (replicated.has(bucket.urn) || inlineReplicates(bucket)) continue;
      violations.push({
        resource: bucket,
        actual:
          'The critical bucket is not replicated: no BucketReplicationConfig with a rule whose `status` is "Enabled" refers to it, and it has no inline replication',
      });
    }
    return violations;
  },
});
