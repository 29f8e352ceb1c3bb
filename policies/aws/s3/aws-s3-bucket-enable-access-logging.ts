import type { BucketArgs, BucketV2Args } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

const LOGGING_SIBLINGS: readonly string[] = [AWS.s3BucketLogging, AWS.s3BucketLoggingV2];
const ELBV2: readonly string[] = [AWS.lbLoadBalancer, AWS.albLoadBalancer];

/** A CloudFront `loggingConfig.bucket` is a bucket domain name (`logs.s3.amazonaws.com`, SDK); the bucket's name precedes `.s3`. */
const BUCKET_DOMAIN = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;

type Bucket = Pick<BucketArgs, "logging" | "bucket">;
type BucketV2 = Pick<BucketV2Args, "loggings">;

/**
 * The inline (deprecated) logging blocks that name a target: `logging` on Bucket, `loggings` on
 * BucketV2. A block whose value came from another bucket of the stack names that bucket, even while
 * the bucket's name is unknown during preview, so its target is not read; otherwise the target is
 * read, and an unknown one leaves the bucket undecided (it could turn out empty).
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
  problems: {
    "no-logging": "the bucket has no access logging and is not the log target of another bucket, trail, load balancer or distribution",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const buckets = index.ofType(S3_BUCKETS);
    const byUrn = (urns: readonly string[], except?: ResourceView): ResourceView[] =>
      urns
        .map((urn) => index.byUrnOf(urn))
        .filter((target): target is ResourceView => target !== undefined && target !== except && S3_BUCKETS.includes(target.type));
    const byName = (name: string): ResourceView[] => {
      const target = index.byValue(S3_BUCKETS, ["bucket"], name);
      return target === undefined ? [] : [target];
    };
    const target = (from: ResourceView, property: string): ResourceView[] => {
      const found = index.referenced(from, property, S3_BUCKETS, ["bucket"]);
      if (found) return [found];
      const name = from.props[property];
      return typeof name === "string" ? byName(name) : [];
    };
    /**
     * A bucket named inside a block (`accessLogs.bucket`, `loggingConfig.bucket`): through the
     * block's dependencies when a stack bucket supplied it (its name is unknown during preview),
     * else by the name the block holds. Whether the block delivers logs is `delivers`' question.
     */
    const blockTarget = (from: ResourceView, property: string, nameOf: (value: string) => string = (value) => value): ResourceView[] => {
      const dependencies = byUrn(from.propertyDependencies?.[property] ?? []);
      if (dependencies.length > 0) return dependencies;
      const block = from.props[property];
      if (!isRecord(block)) return [];
      const value = block["bucket"];
      return typeof value === "string" && value !== "" ? byName(nameOf(value)) : [];
    };
    /** The buckets a resource may send logs to. */
    const targetsOf = (from: ResourceView): ResourceView[] => {
      if (LOGGING_SIBLINGS.includes(from.type)) return target(from, "targetBucket");
      if (from.type === AWS.cloudtrailTrail) return target(from, "s3BucketName");
      if (ELBV2.includes(from.type) || from.type === AWS.elbLoadBalancer) return blockTarget(from, "accessLogs");
      // SDK (cloudfront): "V1 logging is enabled when this argument [`loggingConfig.bucket`] is specified".
      if (from.type === AWS.cloudfrontDistribution) {
        return blockTarget(from, "loggingConfig", (domain) => BUCKET_DOMAIN.exec(domain)?.[1] ?? domain);
      }
      // A bucket's inline logging: the target through the block's dependencies (preview) or by name (deployed state).
      const inline = inlineLogging(from, index);
      if (inline.blocks.length === 0) return [];
      const dependencies = from.propertyDependencies?.[inline.property] ?? [];
      if (dependencies.length > 0) return byUrn(dependencies, from);
      return inline.blocks.flatMap((block) => byName(String(block["targetBucket"])));
    };
    // Which buckets log (a BucketLogging refers to them) and which receive logs. A resource whose
    // part of this is unknown at preview may concern any bucket: it leaves only the buckets no
    // known resource settles undecided.
    const loggedBy = new Siblings(
      index.ofType(LOGGING_SIBLINGS),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      () => true,
    );
    const senders = [
      ...index.ofType(LOGGING_SIBLINGS),
      ...index.ofType([AWS.cloudtrailTrail, ...ELBV2, AWS.elbLoadBalancer, AWS.cloudfrontDistribution]),
      ...buckets,
    ];
    /** Whether a load balancer's access logs are on (the other senders always deliver). */
    const delivers = (from: ResourceView): boolean => {
      if (!ELBV2.includes(from.type) && from.type !== AWS.elbLoadBalancer) return true;
      const block = from.props["accessLogs"];
      if (!isRecord(block)) return false;
      // SDK (lb, alb): `accessLogs.enabled` "Defaults to `false`, even when `bucket` is specified";
      // SDK (elb): `accessLogs.enabled` "Default is `true`".
      return ELBV2.includes(from.type) ? block["enabled"] === true : block["enabled"] !== false;
    };
    const receives = new Siblings(senders, targetsOf, delivers);
    return judgeEach(buckets, (bucket): StackViolation[] | undefined => {
      if (loggedBy.of(bucket).length > 0 || receives.some(bucket, (delivered) => delivered)) return undefined;
      if (inlineLogging(bucket, index).blocks.length > 0) return undefined;
      loggedBy.settle(bucket);
      receives.settle(bucket);
      return [
        {
          code: "no-logging",
          resource: bucket,
          actual:
            "The bucket does not log access: no BucketLogging refers to it, it has no inline logging, and it is not the log target of another bucket, trail, load balancer or distribution",
        },
      ];
    });
  },
});
