import type { VolumeArgs } from "@pulumi/aws/ebs";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import {
  cmkReason,
  customerManagedKeyRequired,
  KEY_PROBLEMS,
  type KmsKeyConfig,
  keyViolation,
  kmsKeyOptions,
  unsetKeyProblem,
} from "../support/kms";

type Volume = Pick<VolumeArgs, "encrypted" | "kmsKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-ebs-volume-require-kms-key",
  displayName: "EBS volumes are encrypted with a customer-managed KMS key",
  description: "Every encrypted EBS volume sets `kmsKeyId` to a customer-managed KMS key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.ebsVolume],
  remediation: "Set `kmsKeyId` on the volume to the ARN of a customer-managed KMS key.",
  why: "the AWS-managed `aws/ebs` key cannot be restricted by a key policy, shared for snapshot copies or withdrawn to cut off access",
  controls: { nist: ["SC-12", "SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"] },
  problems: {
    "key-not-set": "the volume is encrypted but `kmsKeyId` is not set, so EBS uses the AWS-managed aws/ebs key",
    ...KEY_PROBLEMS,
    "default-key-not-allowed": "`kmsKeyId` is not set and the AWS-managed aws/ebs key is not on `allowedKeys`",
  },
  options: kmsKeyOptions(true),
  check(volume, ctx) {
    const required = customerManagedKeyRequired(volume, ctx);
    const { kmsKeyId } = volume.props as Volume;
    if (typeof kmsKeyId === "string" && kmsKeyId !== "") {
      const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, "The volume", required);
      return violation ? [violation] : pass;
    }
    const { encrypted } = volume.props as Volume;
    if (encrypted !== true)
      return notApplicable("The volume is not encrypted, so no key is in use (aws-ebs-volume-require-encryption reports it)");
    if (!required.value) {
      // ebs/volume.d.ts: `kmsKeyId` is a computed output, so deployed state shows the aws/ebs key's ARN.
      const problem = unsetKeyProblem("alias/aws/ebs", "kmsKeyId", ctx.config, "The volume");
      return problem ? fail(problem, { code: "default-key-not-allowed" }) : pass;
    }
    return fail(
      `The volume is encrypted with the AWS-managed key: \`encrypted\` is true but \`kmsKeyId\` is not set${cmkReason(required)}`,
      { code: "key-not-set" },
    );
  },
});
