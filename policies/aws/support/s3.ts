/**
 * S3 bucket settings read across their three shapes (COVERAGE-2, corrections item 3):
 * - sibling `BucketServerSideEncryptionConfiguration(V2)`: `rules[]` with a singular `applyServerSideEncryptionByDefault`;
 * - inline on `aws:s3/bucket:Bucket`: singular objects, `serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault`;
 * - inline on `aws:s3/bucketV2:BucketV2`: lists, `serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[]`.
 * Inputs and outputs share these shapes (types/input.d.ts and types/output.d.ts of @pulumi/aws 7.48).
 */
import type { BucketArgs, BucketServerSideEncryptionConfigurationArgs, BucketV2Args } from "@pulumi/aws/s3";
import { isRecord, type ResourceView } from "../../core/resource";
import { AWS } from "../../core/tokens";

type SseSibling = Pick<BucketServerSideEncryptionConfigurationArgs, "rules">;
type Bucket = Pick<BucketArgs, "serverSideEncryptionConfiguration">;
type BucketV2 = Pick<BucketV2Args, "serverSideEncryptionConfigurations">;

/** One default-encryption rule, normalised across the shapes. */
export interface SseRule {
  readonly byDefault: Record<string, unknown>;
  readonly bucketKeyEnabled: unknown;
}

function fromRule(
  rule: unknown,
  byDefaultKey: "applyServerSideEncryptionByDefault" | "applyServerSideEncryptionByDefaults",
): SseRule | undefined {
  if (!isRecord(rule)) return undefined;
  let byDefault = rule[byDefaultKey];
  if (Array.isArray(byDefault)) byDefault = byDefault[0];
  if (!isRecord(byDefault)) return undefined;
  return { byDefault, bucketKeyEnabled: rule["bucketKeyEnabled"] };
}

/** The first default-encryption rule of a sibling configuration. */
export function siblingSseRule(sibling: ResourceView): SseRule | undefined {
  const { rules } = sibling.props as SseSibling;
  if (!Array.isArray(rules)) return undefined;
  for (const rule of rules) {
    const found = fromRule(rule, "applyServerSideEncryptionByDefault");
    if (found) return found;
  }
  return undefined;
}

/** The first inline (deprecated) default-encryption rule of a bucket, in its type's shape. */
export function inlineSseRule(bucket: ResourceView): SseRule | undefined {
  if (bucket.type === AWS.s3BucketV2) {
    const { serverSideEncryptionConfigurations } = bucket.props as BucketV2;
    if (!Array.isArray(serverSideEncryptionConfigurations)) return undefined;
    for (const configuration of serverSideEncryptionConfigurations) {
      if (!isRecord(configuration) || !Array.isArray(configuration["rules"])) continue;
      for (const rule of configuration["rules"]) {
        const found = fromRule(rule, "applyServerSideEncryptionByDefaults");
        if (found) return found;
      }
    }
    return undefined;
  }
  const { serverSideEncryptionConfiguration } = bucket.props as Bucket;
  return isRecord(serverSideEncryptionConfiguration)
    ? fromRule(serverSideEncryptionConfiguration["rule"], "applyServerSideEncryptionByDefault")
    : undefined;
}

/** True when a rule names an algorithm (S3's enum: `AES256`, `aws:kms`, `aws:kms:dsse`). */
export function hasAlgorithm(rule: SseRule | undefined): boolean {
  const algorithm = rule?.byDefault["sseAlgorithm"];
  return typeof algorithm === "string" && algorithm !== "";
}
