import type { BucketArgs, BucketReplicationConfigArgs, BucketV2Args } from "@pulumi/aws/s3";
import { appendAll } from "../../core/arrays";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";
import { CRITICAL_BUCKET_OPTIONS, type CriticalBucketOptions, criticalBuckets } from "../support/critical-buckets";
import { AWS_REGION, awsRegionOf } from "../support/placement";

type ReplicationConfig = Pick<BucketReplicationConfigArgs, "rules">;
type Bucket = Pick<BucketArgs, "replicationConfiguration">;
type BucketV2 = Pick<BucketV2Args, "replicationConfigurations">;

/** Where a bucket's enabled replication rules send objects, as far as the stack shows. */
interface Replication {
  /** Destination buckets of the stack. */
  readonly destinations: ResourceView[];
  /** True when some destination is not a bucket of the stack (its region cannot be known). */
  unresolved: boolean;
}

function enabledRules(rules: unknown): Record<string, unknown>[] {
  return Array.isArray(rules)
    ? rules.filter((rule): rule is Record<string, unknown> => isRecord(rule) && rule["status"] === "Enabled")
    : [];
}

/**
 * Destination bucket names of enabled rules: `destination.bucket` (sibling and Bucket, an ARN
 * `arn:aws:s3:::name`) or `destinations[].bucket` (BucketV2's lists). Each shape has only one of
 * the two (s3/bucketV2.d.ts rules declare only `destinations`), so only that one is read.
 */
function destinationArns(rule: Record<string, unknown>, plural: boolean): unknown[] {
  if (!plural) {
    const single = rule["destination"];
    return isRecord(single) ? [single["bucket"]] : [];
  }
  const list = rule["destinations"];
  return Array.isArray(list) ? list.map((destination) => (isRecord(destination) ? destination["bucket"] : undefined)) : [];
}

/** Buckets of the stack by ARN, `arn:aws:s3:::<name>` and id, built once per run. */
function bucketsByArn(index: StackIndex): Map<string, ResourceView> {
  const byArn = new Map<string, ResourceView>();
  for (const bucket of index.ofType(S3_BUCKETS)) {
    const { arn, bucket: name } = bucket.props as { arn?: unknown; bucket?: unknown };
    if (typeof arn === "string" && arn !== "") byArn.set(arn, bucket);
    if (typeof name === "string" && name !== "") byArn.set(`arn:aws:s3:::${name}`, bucket);
    if (bucket.id) byArn.set(`arn:aws:s3:::${bucket.id}`, bucket);
  }
  return byArn;
}

/**
 * Adds the destinations of `holder.props[property]`'s enabled rules. Destinations built from stack
 * buckets are joined through the property's dependencies (their ARNs are unknown during preview);
 * literal ARNs (deployed state, buckets of other stacks) by value.
 */
function addDestinations(
  into: Replication,
  holder: ResourceView,
  property: string,
  rules: Record<string, unknown>[],
  source: ResourceView,
  index: StackIndex,
  byArn: () => Map<string, ResourceView>,
): void {
  const fromBuckets = (holder.propertyDependencies?.[property] ?? [])
    .map((urn) => index.byUrnOf(urn))
    .filter((target): target is ResourceView => target !== undefined && target !== source && S3_BUCKETS.includes(target.type));
  if (fromBuckets.length > 0) {
    appendAll(into.destinations, fromBuckets);
    return;
  }
  let any = false;
  for (const rule of rules) {
    for (const arn of destinationArns(rule, holder.type === AWS.s3BucketV2)) {
      any = true;
      const target = typeof arn === "string" ? byArn().get(arn) : undefined;
      if (target && target !== source) into.destinations.push(target);
      else into.unresolved = true;
    }
  }
  if (!any) into.unresolved = true;
}

export default defineStackRule<CriticalBucketOptions>({
  name: "aws-s3-bucket-require-replication",
  displayName: "Critical S3 buckets replicate to another region",
  description:
    'Every S3 bucket tagged as critical (`backup-tier` = "critical" by default) has a BucketReplicationConfig (or deprecated inline replication) with an enabled rule, and does not replicate only to buckets the stack places in its own region.',
  duty: "backup",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, AWS.s3BucketReplicationConfig],
  remediation:
    'Add an `aws.s3.BucketReplicationConfig` with `bucket` set to this bucket, a replication `role` and a rule with `status: "Enabled"` whose `destination.bucket` is a bucket in another region.',
  why: "losing the region, the account or the bucket loses data the organisation marked as critical, with no copy elsewhere",
  controls: { nist: ["CP-6", "CP-9"], iso27001: ["A.8.13"], securityHub: ["S3.7"] },
  options: CRITICAL_BUCKET_OPTIONS,
  problems: {
    "not-replicated": "no enabled replication rule (sibling or inline) covers the critical bucket",
    "same-region": "the critical bucket replicates only to buckets in its own region",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const found = criticalBuckets(index, ctx.config);
    if (!("critical" in found)) return found;
    const criticalUrns = new Set(found.critical.map((bucket) => bucket.urn));
    let arnIndex: Map<string, ResourceView> | undefined;
    const byArn = () => {
      arnIndex ??= bucketsByArn(index);
      return arnIndex;
    };
    // Where each BucketReplicationConfig sends a critical bucket's objects (undefined: no enabled
    // rule); one whose bucket or rules are unknown at preview leaves the buckets it may replicate
    // undecided, and the others are still judged.
    const siblings = new Siblings(
      index.ofType([AWS.s3BucketReplicationConfig]),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      (sibling, bucket): Replication | undefined => {
        if (!criticalUrns.has(bucket.urn)) return undefined;
        const rules = enabledRules((sibling.props as ReplicationConfig).rules);
        if (rules.length === 0) return undefined;
        const replication: Replication = { destinations: [], unresolved: false };
        addDestinations(replication, sibling, "rules", rules, bucket, index, byArn);
        return replication;
      },
    );
    const judged = judgeEach(found.critical, (bucket): StackViolation[] | undefined => {
      const replication: Replication = { destinations: [], unresolved: false };
      let replicated = false;
      for (const fromSibling of siblings.of(bucket)) {
        if (fromSibling === undefined) continue;
        replicated = true;
        appendAll(replication.destinations, fromSibling.destinations);
        if (fromSibling.unresolved) replication.unresolved = true;
      }
      // Inline (deprecated): Bucket's singular `replicationConfiguration`, BucketV2's `replicationConfigurations[]`.
      const property = bucket.type === AWS.s3BucketV2 ? "replicationConfigurations" : "replicationConfiguration";
      const blocks =
        bucket.type === AWS.s3BucketV2
          ? (bucket.props as BucketV2).replicationConfigurations
          : [(bucket.props as Bucket).replicationConfiguration];
      const rules = Array.isArray(blocks) ? blocks.flatMap((block) => (isRecord(block) ? enabledRules(block["rules"]) : [])) : [];
      if (rules.length > 0) {
        replicated = true;
        addDestinations(replication, bucket, property, rules, bucket, index, byArn);
      }
      if (!replicated) {
        siblings.settle(bucket);
        return [
          {
            code: "not-replicated",
            resource: bucket,
            actual:
              'The critical bucket is not replicated: no BucketReplicationConfig with a rule whose `status` is "Enabled" refers to it, and it has no inline replication',
          },
        ];
      }
      // Disaster recovery needs a copy in another region. S3 ARNs carry no region, so a destination
      // counts only by its bucket's region in this stack (its own `region`, else its provider's). A
      // destination outside the stack, or whose region is not literal, cannot be judged: it is not
      // counted as cross-region, and not reported either, since a finding would rest on a guess.
      if (replication.unresolved) return undefined;
      const sourceRegion = awsRegionOf(bucket);
      if (sourceRegion === undefined) return undefined;
      const regions = replication.destinations.map((destination) => awsRegionOf(destination));
      if (regions.some((region) => region === undefined || region !== sourceRegion)) return undefined;
      // A sibling not yet known may add a destination in another region.
      siblings.settle(bucket);
      const where = AWS_REGION.test(sourceRegion) ? ` (${sourceRegion})` : "";
      return [
        {
          code: "same-region",
          resource: bucket,
          subject: "destination-region",
          actual: `The critical bucket replicates only within its own region: every destination bucket of its enabled replication rules is in the same region${where}`,
          why: "losing the region loses the bucket and every replica with it",
          fix: "Point a replication rule's `destination.bucket` at a bucket created in another region (a provider or `region` for that region).",
        },
      ];
    });
    return [...found.undecided, ...judged];
  },
});
