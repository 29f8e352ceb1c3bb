import type { BucketArgs, BucketV2Args } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";

const LOGGING_SIBLINGS = [AWS.s3BucketLogging, AWS.s3BucketLoggingV2];
const ELBV2 = [AWS.lbLoadBalancer, AWS.albLoadBalancer];

/** A CloudFront `loggingConfig.bucket` is a bucket domain name (`logs.s3.amazonaws.com`, SDK); the bucket's name precedes `.s3`. */
const BUCKET_DOMAIN = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;

type Bucket = Pick<BucketArgs, "logging" | "bucket">;
type BucketV2 = Pick<BucketV2Args, "loggings">;

/**
 * The inline (deprecated) logging blocks that name a target: `logging` on Bucket, `loggings` on
 * BucketV2. A block whose value came from another bucket of the stack names that bucket, even while
 * the bucket's name is unknown during preview, so its target is not read; otherwise the target is
 * read, and an unknown one stops the rule (it could turn out empty).
 */
function inlineLogging(bucket: ResourceView, index: StackIndex): { property: "logging" | "loggings"; blocks: Record<string, unknown>[] } {
  const property = bucket.type === AWS.s3BucketV2 ? "loggings" : "logging";
  const fromBucket = (bucket.propertyDependencies?.[property] ?? []).some(
    (urn) => urn !== bucket.urn && S3_BUCKETS.includes(index.byUrnOf(urn)?.type ?? ""),
  );
  const hasTarget = (block: Record<string, unknown>) => {
    if (fromBucket) return true;
    const target = block["targetBucket"];
    return typeof target === "string" && target !== "";
  };
  if (property === "loggings") {
    const { loggings } = bucket.props as BucketV2;
    return { property, blocks: Array.isArray(loggings) ? (loggings as unknown[]).filter(isRecord).filter(hasTarget) : [] };
  }
  const { logging } = bucket.props as Bucket;
  return { property, blocks: isRecord(logging) && hasTarget(logging) ? [logging] : [] };
}

export default defineStackRule({
  name: "aws-s3-bucket-enable-access-logging",
  displayName: "S3 buckets log server access",
  description:
    "Every S3 bucket has server access logging (a sibling BucketLogging or the deprecated inline `logging`), unless it is itself a log target: of another bucket, a CloudTrail trail, a load balancer's `accessLogs` or a CloudFront distribution's `loggingConfig`.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, ...LOGGING_SIBLINGS, AWS.cloudtrailTrail, ...ELBV2, AWS.elbLoadBalancer, AWS.cloudfrontDistribution],
  remediation: "Add an `aws.s3.BucketLogging` with `bucket` set to this bucket, `targetBucket` set to the log bucket and a `targetPrefix`.",
  why: "reads, writes and deletions of objects leave no record for investigation",
  controls: { nist: ["AU-2", "AU-12"], pciDss: ["10.2.1"], iso27001: ["A.8.15"], securityHub: ["S3.9"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const logged = new Set<string>();
    const targetUrns = new Set<string>();
    const targetNames = new Set<string>();
    const addTarget = (from: ResourceView, property: string) => {
      const target = index.referenced(from, property, S3_BUCKETS, ["bucket"]);
      if (target) targetUrns.add(target.urn);
      else if (typeof from.props[property] === "string") targetNames.add(from.props[property] as string);
    };
    for (const sibling of index.ofType(LOGGING_SIBLINGS)) {
      const bucket = index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]);
      if (bucket) logged.add(bucket.urn);
      addTarget(sibling, "targetBucket");
    }
    for (const trail of index.ofType([AWS.cloudtrailTrail])) addTarget(trail, "s3BucketName");
    /**
     * A bucket named inside a block (`accessLogs.bucket`, `loggingConfig.bucket`): through the
     * block's dependencies when a stack bucket supplied it (its name is unknown during preview),
     * else by the name the block holds. A block that does not deliver logs names no target.
     */
    const addBlockTarget = (
      from: ResourceView,
      property: string,
      delivers: (block: Record<string, unknown>) => boolean,
      nameOf: (value: string) => string,
    ) => {
      const block = from.props[property];
      if (!isRecord(block) || !delivers(block)) return;
      const dependencies = (from.propertyDependencies?.[property] ?? []).filter((urn) =>
        S3_BUCKETS.includes(index.byUrnOf(urn)?.type ?? ""),
      );
      if (dependencies.length > 0) {
        for (const urn of dependencies) targetUrns.add(urn);
        return;
      }
      const value = block["bucket"];
      if (typeof value === "string" && value !== "") targetNames.add(nameOf(value));
    };
    const asIs = (value: string) => value;
    // SDK (lb, alb): `accessLogs.enabled` "Defaults to `false`, even when `bucket` is specified".
    for (const lb of index.ofType(ELBV2)) addBlockTarget(lb, "accessLogs", (block) => block["enabled"] === true, asIs);
    // SDK (elb): `accessLogs.enabled` "Default is `true`".
    for (const elb of index.ofType([AWS.elbLoadBalancer])) addBlockTarget(elb, "accessLogs", (block) => block["enabled"] !== false, asIs);
    // SDK (cloudfront): "V1 logging is enabled when this argument [`loggingConfig.bucket`] is specified".
    for (const distribution of index.ofType([AWS.cloudfrontDistribution])) {
      addBlockTarget(
        distribution,
        "loggingConfig",
        () => true,
        (domain) => BUCKET_DOMAIN.exec(domain)?.[1] ?? domain,
      );
    }
    const buckets = index.ofType(S3_BUCKETS);
    for (const bucket of buckets) {
      if (logged.has(bucket.urn)) continue;
      const inline = inlineLogging(bucket, index);
      if (inline.blocks.length === 0) continue;
      logged.add(bucket.urn);
      // The target bucket, through the inline block's dependencies (preview) or by name (deployed state).
      const dependencies = bucket.propertyDependencies?.[inline.property] ?? [];
      for (const urn of dependencies) {
        if (urn !== bucket.urn && S3_BUCKETS.includes(index.byUrnOf(urn)?.type ?? "")) targetUrns.add(urn);
      }
      if (dependencies.length === 0) for (const block of inline.blocks) targetNames.add(String(block["targetBucket"]));
    }
    const violations: StackViolation[] = [];
    for (const bucket of buckets) {
      if (logged.has(bucket.urn) || targetUrns.has(bucket.urn)) continue;
      if (targetNames.size > 0) {
        const name = (bucket.props as Bucket).bucket;
        if ((typeof name === "string" && targetNames.has(name)) || (bucket.id !== undefined && targetNames.has(bucket.id))) continue;
      }
      violations.push({
        resource: bucket,
        actual:
          "The bucket does not log access: no BucketLogging refers to it, it has no inline logging, and it is not the log target of another bucket, trail, load balancer or distribution",
      });
    }
    return violations;
  },
});
