import type { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { type NotApplicable, notApplicable, type OptionsSchema, type StackViolation } from "../../core/rule";
import { readTag } from "../../core/tags";
import { S3_BUCKETS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";

/** How S3 replication and Object Lock rules recognise the buckets the organisation marked critical. */
export interface CriticalBucketOptions {
  readonly criticalTagKey: string;
  readonly criticalTagValue: string;
}

export const CRITICAL_BUCKET_OPTIONS: OptionsSchema<CriticalBucketOptions> = {
  criticalTagKey: { type: "string", description: "The tag that marks a bucket as critical.", default: "backup-tier" },
  criticalTagValue: {
    type: "string",
    description: "The value of `criticalTagKey` that marks a bucket as critical.",
    default: "critical",
  },
};

/** The stack's critical buckets, and the undecided findings of buckets whose tags are unknown at preview. */
export interface CriticalBuckets {
  readonly critical: ResourceView[];
  readonly undecided: StackViolation[];
}

/**
 * The stack's buckets tagged as critical, or why the rule does not apply when there are none. A
 * bucket whose tags are unknown at preview may be critical: it is undecided where another bucket is
 * known to be critical; where none is, whether the rule applies at all is unknown, so it stops.
 */
export function criticalBuckets(index: StackIndex, config: CriticalBucketOptions): CriticalBuckets | NotApplicable {
  const { criticalTagKey, criticalTagValue } = config;
  const critical: ResourceView[] = [];
  const undecided = judgeEach(index.ofType(S3_BUCKETS), (bucket) => {
    const value = readTag(bucket, criticalTagKey);
    if (typeof value === "string" && value.toLowerCase() === criticalTagValue.toLowerCase()) critical.push(bucket);
    return undefined;
  });
  const unknown = undecided[0]?.undecided;
  if (critical.length === 0 && unknown !== undefined) throw unknown;
  if (critical.length === 0) {
    return notApplicable(`No S3 bucket in the stack carries the tag ${criticalTagKey}=${criticalTagValue} that marks it as critical`);
  }
  return { critical, undecided };
}
