import type { AccountPublicAccessBlockArgs } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { centralEntry, centralReason } from "../support/central";

type Block = Pick<AccountPublicAccessBlockArgs, "blockPublicAcls" | "blockPublicPolicy" | "ignorePublicAcls" | "restrictPublicBuckets">;

/** SDK (s3.AccountPublicAccessBlock): each of the four flags "Defaults to `false`". */
const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

export default defineStackRule({
  name: "aws-s3-account-require-public-access-block",
  displayName: "The account's S3 public access block has all four settings on",
  description:
    "A stack that creates S3 buckets declares an `aws.s3.AccountPublicAccessBlock` (or the map says one is managed centrally), and every AccountPublicAccessBlock sets `blockPublicAcls`, `blockPublicPolicy`, `ignorePublicAcls` and `restrictPublicBuckets` to true.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.s3AccountPublicAccessBlock, ...S3_BUCKETS],
  remediation:
    "Declare `new aws.s3.AccountPublicAccessBlock(..., { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true })` in the stack that owns the account, or list the account under `settings.centrallyManaged` (control `s3-account-public-access-block`) in the responsibility map when a landing-zone stack sets it.",
  why: "any bucket in the account can be made public by one ACL or policy change, with nothing account-wide to stop it",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.3"], cis: ["AWS 2.1.4"], securityHub: ["S3.1"] },
  problems: {
    "not-declared": "the stack creates S3 buckets but no account public access block is declared or managed centrally",
    "setting-off": "one of the four account public access block settings is not true",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const blocks = index.ofType([AWS.s3AccountPublicAccessBlock]);
    if (blocks.length === 0) {
      const side = ctx.sideOf(AWS.s3AccountPublicAccessBlock);
      if (side.side === "provider") {
        return notApplicable(
          `The responsibility map puts the S3 account public access block outside this stack${side.note ? `: ${side.note}` : "."}`,
        );
      }
      const first = index.ofType(S3_BUCKETS)[0];
      if (first === undefined) return notApplicable("The stack creates no S3 bucket and declares no account public access block");
      // Account-wide: a landing-zone stack usually sets it for every account.
      const entry = centralEntry(ctx.map, "s3-account-public-access-block", first);
      if (entry !== undefined) return notApplicable(centralReason(ctx.map, "s3-account-public-access-block", entry));
      return [
        {
          code: "not-declared",
          actual:
            "The stack creates S3 buckets but declares no `aws.s3.AccountPublicAccessBlock`, and the responsibility map does not say another stack sets one",
        },
      ];
    }
    // Each block on its own: one whose setting is unknown at preview is undecided.
    return judgeEach(blocks, (block): StackViolation[] => {
      const props = block.props as Block;
      return FLAGS.filter((flag) => props[flag] !== true).map((flag) => ({
        code: "setting-off",
        resource: block,
        subject: flag,
        actual: `The account public access block leaves \`${flag}\` ${props[flag] === false ? "false" : "unset (it defaults to false)"}`,
        fix: `Set \`${flag}: true\`.`,
      }));
    });
  },
});
