import type { BucketArgs, BucketLifecycleConfigurationArgs, BucketObjectLockConfigurationArgs, BucketV2Args } from "@pulumi/aws/s3";
import { type RetentionMaximum, retentionMaximum } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

const LIFECYCLE_SIBLINGS = [AWS.s3BucketLifecycle, AWS.s3BucketLifecycleV2];
const LOCK_SIBLINGS = [AWS.s3BucketObjectLock, AWS.s3BucketObjectLockV2];

type Lifecycle = Pick<BucketLifecycleConfigurationArgs, "rules">;
type Lock = Pick<BucketObjectLockConfigurationArgs, "objectLockEnabled">;
type Bucket = Pick<BucketArgs, "lifecycleRules" | "objectLockEnabled" | "objectLockConfiguration">;
type BucketV2 = Pick<BucketV2Args, "lifecycleRules">;

/** True when a value narrows nothing: unset, or an empty prefix (SDK: filter `prefix` "Defaults to an empty string"). */
function narrowsNothing(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** Whether a sibling rule's `filter` (and deprecated `prefix`) selects every object of the bucket. */
function wholeBucket(rule: Record<string, unknown>): boolean {
  if (!narrowsNothing(rule["prefix"])) return false;
  const filter = rule["filter"];
  if (filter === undefined || filter === null) return true;
  if (!isRecord(filter)) return false;
  return ["and", "objectSizeGreaterThan", "objectSizeLessThan", "prefix", "tag"].every((key) => narrowsNothing(filter[key]));
}

/**
 * The expiration days of each enabled whole-bucket rule of a BucketLifecycleConfiguration(V2).
 * SDK: `status` "Whether the rule is currently being applied. Valid values: `Enabled` or `Disabled`";
 * `expiration.days` "Lifetime, in days, of the objects that are subject to the rule".
 */
function siblingExpiryDays(sibling: ResourceView): unknown[] {
  const { rules } = sibling.props as Lifecycle;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule) => {
    if (!isRecord(rule) || rule["status"] !== "Enabled" || !wholeBucket(rule)) return [];
    const expiration = rule["expiration"];
    return isRecord(expiration) && expiration["days"] !== undefined ? [expiration["days"]] : [];
  });
}

/** The same from the deprecated inline `lifecycleRules` (Bucket: singular `expiration`; BucketV2: `expirations[]`). */
function inlineExpiryDays(bucket: ResourceView): unknown[] {
  const { lifecycleRules } = bucket.props as Bucket | BucketV2;
  if (!Array.isArray(lifecycleRules)) return [];
  return lifecycleRules.flatMap((rule: unknown) => {
    if (!isRecord(rule) || rule["enabled"] !== true || !narrowsNothing(rule["prefix"]) || !narrowsNothing(rule["tags"])) return [];
    const expiration = bucket.type === AWS.s3BucketV2 && Array.isArray(rule["expirations"]) ? rule["expirations"][0] : rule["expiration"];
    return isRecord(expiration) && expiration["days"] !== undefined ? [expiration["days"]] : [];
  });
}

/** Whether the bucket itself enables Object Lock (the flag or the deprecated inline configuration). */
function inlineLocked(bucket: ResourceView): boolean {
  const { objectLockEnabled, objectLockConfiguration } = bucket.props as Bucket;
  if (objectLockEnabled === true) return true;
  return isRecord(objectLockConfiguration) && objectLockConfiguration["objectLockEnabled"] === "Enabled";
}

export default defineStackRule({
  name: "aws-s3-bucket-require-expiry",
  displayName: "S3 buckets delete objects when their classification says",
  description:
    "An S3 bucket whose data classification level sets `maxDataRetentionDays` has an enabled lifecycle rule for the whole bucket that expires objects within that many days (a BucketLifecycleConfiguration, or the deprecated inline `lifecycleRules`). Object Lock buckets are exempt.",
  duty: "data-retention",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, ...LIFECYCLE_SIBLINGS, ...LOCK_SIBLINGS],
  remediation:
    'Add an `aws.s3.BucketLifecycleConfiguration` with `bucket` set to this bucket and a rule `{ status: "Enabled", filter: {}, expiration: { days: N } }` with N at most the level\'s maximum.',
  why: "objects kept past their purpose hold data the organisation has promised to delete, and widen what a breach exposes",
  controls: { nist: ["SI-12"], pciDss: ["3.2.1"], iso27001: ["A.8.10"], securityHub: ["S3.13"] },
  problems: {
    "no-expiry": "no enabled lifecycle rule expires the bucket's objects though its level sets a maximum retention",
    "expiry-too-late": "the bucket's lifecycle rules expire objects later than its level allows",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const bounded: [ResourceView, RetentionMaximum][] = [];
    // A bucket whose tags are unknown at preview may have a maximum: undecided where another bucket
    // is known to have one; where none is, whether the rule applies at all is unknown.
    const undecided = judgeEach(index.ofType(S3_BUCKETS), (bucket) => {
      const maximum = retentionMaximum(bucket, ctx.map, "maxDataRetentionDays");
      if (maximum !== undefined) bounded.push([bucket, maximum]);
      return undefined;
    });
    const unknown = undecided[0]?.undecided;
    if (bounded.length === 0 && unknown !== undefined) throw unknown;
    if (bounded.length === 0) {
      return notApplicable("No S3 bucket in the stack has a classification level that sets `maxDataRetentionDays`");
    }
    const byBucket = (sibling: ResourceView) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]);
    const lifecycles = new Siblings(index.ofType(LIFECYCLE_SIBLINGS), byBucket, siblingExpiryDays);
    // s3/bucketObjectLockConfiguration.d.ts: `objectLockEnabled` defaults to "Enabled".
    const locks = new Siblings(index.ofType(LOCK_SIBLINGS), byBucket, (sibling) => {
      const { objectLockEnabled } = sibling.props as Lock;
      return objectLockEnabled === undefined || objectLockEnabled === "Enabled";
    });
    const byBounded = new Map(bounded);
    const judged = judgeEach(
      bounded.map(([bucket]) => bucket),
      (bucket): StackViolation[] | undefined => {
        const maximum = byBounded.get(bucket) as RetentionMaximum;
        const days = [...lifecycles.of(bucket).flat(), ...inlineExpiryDays(bucket)];
        if (days.some((d) => typeof d === "number" && d <= maximum.value)) return undefined;
        // Object Lock keeps locked versions until their retention ends; expiry is the lock's business.
        if (inlineLocked(bucket) || locks.some(bucket, (enabled) => enabled)) return undefined;
        lifecycles.settle(bucket);
        locks.settle(bucket);
        const fix = `Add an enabled whole-bucket lifecycle rule with \`expiration.days\` of ${maximum.value} or fewer.`;
        if (days.length === 0) {
          return [
            {
              code: "no-expiry",
              resource: bucket,
              actual: `The bucket never deletes objects: no enabled lifecycle rule for the whole bucket sets \`expiration.days\`, yet ${maximum.level} data may be kept at most ${maximum.value} days`,
              fix,
            },
          ];
        }
        return [
          {
            code: "expiry-too-late",
            resource: bucket,
            actual: `The bucket keeps objects too long: no enabled whole-bucket lifecycle rule expires them within the ${maximum.value} days ${maximum.level} data allows`,
            fix,
          },
        ];
      },
    );
    return [...undecided, ...judged];
  },
});
