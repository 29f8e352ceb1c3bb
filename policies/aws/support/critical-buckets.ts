import type { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { type NotApplicable, notApplicable, type OptionsSchema } from "../../core/rule";
import { readTag } from "../../core/tags";
import { S3_BUCKETS } from "../../core/tokens";

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

/** The stack's buckets tagged as critical, or why the rule does not apply when there are none. */
export function criticalBuckets(index: StackIndex, config: CriticalBucketOptions): ResourceView[] | NotApplicable {
  const { criticalTagKey, criticalTagValue } = config;
  const critical = index.ofType(S3_BUCKETS).filter((bucket) => {
    const value = readTag(bucket, criticalTagKey);
    return typeof value === "string" && value.toLowerCase() === criticalTagValue.toLowerCase();
  });
  if (critical.length === 0) {
    return notApplicable(`No S3 bucket in the stack carries the tag ${criticalTagKey}=${criticalTagValue} that marks it as critical`);
  }
  return critical;
}
