import type { TrailArgs } from "@pulumi/aws/cloudtrail";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Trail = Pick<TrailArgs, "kmsKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-cloudtrail-trail-require-kms-key",
  displayName: "CloudTrail trails encrypt logs with a KMS key",
  description: "Every CloudTrail trail sets `kmsKeyId` to a customer-managed KMS key.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.cloudtrailTrail],
  remediation: "Set `kmsKeyId` on the trail to the ARN of a customer-managed KMS key whose policy lets CloudTrail use it.",
  why: "anyone with read access to the log bucket can read the account's API history",
  controls: {
    nist: ["AU-9"],
    pciDss: ["10.3.2", "10.3.3", "10.3.4"],
    iso27001: ["A.8.15"],
    cis: ["AWS 3.5"],
    securityHub: ["CloudTrail.2"],
  },
  problems: { "key-not-set": "`kmsKeyId` is not set, so log files have S3-managed encryption only", ...KEY_PROBLEMS },
  options: kmsKeyOptions(true),
  check(trail, ctx) {
    // cloudtrail/trail.d.ts: `kmsKeyId` "KMS key ARN to use to encrypt the logs delivered by
    // CloudTrail"; unset, CloudTrail encrypts log files with SSE-S3 (CloudTrail user guide,
    // "Encrypting CloudTrail log files with AWS KMS keys"). Deployed state shows the key as an ARN
    // even where the program named an alias, which keyViolation accounts for.
    const { kmsKeyId } = trail.props as Trail;
    if (typeof kmsKeyId !== "string" || kmsKeyId === "") {
      return fail("The trail's log files are only encrypted with S3-managed keys: `kmsKeyId` is not set", { code: "key-not-set" });
    }
    const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, "The trail");
    return violation ? [violation] : pass;
  },
});
