import type { BucketPublicAccessBlockArgs } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";
import { ALLOWED_PUBLIC_BUCKETS_OPTION, isAllowedBucket } from "../support/exposure";

type Block = Pick<BucketPublicAccessBlockArgs, "blockPublicAcls" | "blockPublicPolicy" | "ignorePublicAcls" | "restrictPublicBuckets">;

interface Config {
  readonly allowedBuckets: readonly string[];
}

/** SDK (s3.BucketPublicAccessBlock): each of the four flags "Defaults to `false`". */
const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/** The flags a public access block leaves off (unset counts as off, the SDK default). */
function flagsOff(block: Block): string[] {
  return FLAGS.filter((flag) => block[flag] !== true);
}

export default defineStackRule<Config>({
  name: "aws-s3-bucket-require-public-access-block",
  displayName: "S3 buckets have a public access block with all four settings on",
  description:
    "Every S3 bucket has a BucketPublicAccessBlock (joined by `bucket`) with `blockPublicAcls`, `blockPublicPolicy`, `ignorePublicAcls` and `restrictPublicBuckets` all true, unless the bucket is allow-listed.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, AWS.s3BucketPublicAccessBlock],
  remediation:
    "Add an `aws.s3.BucketPublicAccessBlock` for the bucket with `blockPublicAcls`, `blockPublicPolicy`, `ignorePublicAcls` and `restrictPublicBuckets` set to true.",
  why: "a later ACL or policy change can make the bucket's objects readable by anyone, with nothing at the bucket to stop it",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.3"], securityHub: ["S3.8"] },
  options: { allowedBuckets: ALLOWED_PUBLIC_BUCKETS_OPTION },
  problems: {
    "no-public-access-block": "no BucketPublicAccessBlock refers to the bucket",
    "setting-off": "one of the four public access block settings is not true",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const allowed = ctx.config.allowedBuckets;
    // Each block's settings; one whose `bucket` is unknown at preview leaves the buckets it may
    // belong to undecided, and the others are still judged.
    const blocks = new Siblings(
      index.ofType([AWS.s3BucketPublicAccessBlock]),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      (sibling) => ({ name: sibling.name, off: flagsOff(sibling.props as Block) }),
    );
    return judgeEach(index.ofType(S3_BUCKETS), (bucket): StackViolation[] | undefined => {
      const found = blocks.of(bucket);
      if (found.some((block) => block.off.length === 0)) return undefined;
      blocks.settle(bucket);
      if (isAllowedBucket(bucket, allowed)) return undefined;
      const last = found[found.length - 1];
      if (last === undefined) {
        return [
          {
            code: "no-public-access-block",
            resource: bucket,
            actual: "No BucketPublicAccessBlock refers to the bucket, so nothing at the bucket blocks a public ACL or policy",
          },
        ];
      }
      return last.off.map((flag) => ({
        code: "setting-off",
        resource: bucket,
        subject: flag,
        actual: `The bucket's public access block leaves \`${flag}\` off (not true; the SDK default is false)`,
        fix: `Set \`${flag}: true\` on the BucketPublicAccessBlock.`,
      }));
    });
  },
});
