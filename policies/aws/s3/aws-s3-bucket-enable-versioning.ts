import type { BucketArgs, BucketV2Args, BucketVersioningArgs } from "@pulumi/aws/s3";
import { levelRequires, requirement } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

const VERSIONING_SIBLINGS = [AWS.s3BucketVersioning, AWS.s3BucketVersioningV2];
const VERSIONING_STATUSES = ["Enabled", "Suspended", "Disabled"];

type Versioning = Pick<BucketVersioningArgs, "versioningConfiguration">;
type Bucket = Pick<BucketArgs, "versioning">;
type BucketV2 = Pick<BucketV2Args, "versionings">;

interface Config {
  readonly requireMfaDelete: boolean;
}

/** What a bucket's versioning says, across the sibling and both inline shapes. */
interface State {
  readonly enabled: boolean;
  readonly mfaDelete: boolean;
  /** How the status reads, for the message. */
  readonly actual: string;
}

function fromSibling(sibling: ResourceView): State {
  const { versioningConfiguration } = sibling.props as Versioning;
  const status = isRecord(versioningConfiguration) ? versioningConfiguration["status"] : undefined;
  const mfaDelete = isRecord(versioningConfiguration) ? versioningConfiguration["mfaDelete"] : undefined;
  return {
    enabled: status === "Enabled",
    mfaDelete: mfaDelete === "Enabled",
    actual:
      status === undefined
        ? "its BucketVersioning does not set `versioningConfiguration.status`"
        : `its BucketVersioning sets \`versioningConfiguration.status\` to ${shownValue(status, VERSIONING_STATUSES) ?? "a value that is not a recognised versioning status"}`,
  };
}

function fromInline(bucket: ResourceView): State | undefined {
  let block: unknown;
  let property: string;
  if (bucket.type === AWS.s3BucketV2) {
    const { versionings } = bucket.props as BucketV2;
    block = Array.isArray(versionings) ? versionings[0] : undefined;
    property = "versionings[0]";
  } else {
    block = (bucket.props as Bucket).versioning;
    property = "versioning";
  }
  if (!isRecord(block)) return undefined;
  const enabled = block["enabled"] === true;
  return {
    enabled,
    mfaDelete: block["mfaDelete"] === true,
    actual: `the inline \`${property}.enabled\` is ${enabled ? "true" : "not true"}`,
  };
}

export default defineStackRule<Config>({
  name: "aws-s3-bucket-enable-versioning",
  displayName: "S3 buckets keep object versions",
  description:
    'Every S3 bucket has versioning enabled: a sibling BucketVersioning with `versioningConfiguration.status` "Enabled", or the deprecated inline `versioning.enabled`.',
  duty: "backup",
  severity: "medium",
  resourceTypes: [...S3_BUCKETS, ...VERSIONING_SIBLINGS],
  remediation: 'Add an `aws.s3.BucketVersioning` with `bucket` set to this bucket and `versioningConfiguration: { status: "Enabled" }`.',
  why: "an overwritten or deleted object is gone for good, with no earlier version to restore",
  controls: { nist: ["CP-9", "CP-10"], pciDss: ["10.3.4"], iso27001: ["A.8.13"], securityHub: ["S3.14", "S3.20"] },
  options: {
    requireMfaDelete: {
      type: "boolean",
      description: 'Also require MFA delete (`versioningConfiguration.mfaDelete: "Enabled"`), which only the root user can set.',
      default: false,
    },
  },
  problems: {
    "no-versioning": "no BucketVersioning refers to the bucket and the inline versioning is not set",
    "versioning-off": "the bucket's versioning is not enabled",
    "mfa-delete-off": "MFA delete is not enabled where it is required",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    // What each BucketVersioning says; one whose bucket or settings are unknown at preview leaves
    // the buckets it may version undecided, and the others are still judged.
    const siblings = new Siblings(
      index.ofType(VERSIONING_SIBLINGS),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      fromSibling,
    );
    return judgeEach(index.ofType(S3_BUCKETS), (bucket): StackViolation[] | undefined => {
      const states = siblings.of(bucket);
      const sibling = states.find((state) => state.enabled) ?? states[states.length - 1];
      const state = sibling?.enabled ? sibling : (fromInline(bucket) ?? sibling);
      if (state?.enabled && state.mfaDelete) return undefined;
      if (state === undefined) {
        siblings.settle(bucket);
        return [
          {
            code: "no-versioning",
            resource: bucket,
            actual: "The bucket keeps no object versions: no BucketVersioning refers to it and the inline versioning is not set",
          },
        ];
      }
      if (!state.enabled) {
        siblings.settle(bucket);
        return [{ code: "versioning-off", resource: bucket, actual: `The bucket keeps no object versions: ${state.actual}` }];
      }
      const required = requirement(bucket, ctx, "mfaDelete", ctx.config.requireMfaDelete);
      if (!required.value) return undefined;
      siblings.settle(bucket);
      return [
        {
          code: "mfa-delete-off",
          resource: bucket,
          subject: "mfaDelete",
          actual: `The bucket lets versions be deleted without MFA: MFA delete is not enabled${levelRequires(required, "MFA delete")}`,
          fix: 'Set `versioningConfiguration.mfaDelete: "Enabled"` (with the root user\'s `mfa`) on the BucketVersioning.',
        },
      ];
    });
  },
});
