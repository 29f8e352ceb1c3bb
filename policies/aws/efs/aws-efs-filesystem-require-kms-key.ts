import type { FileSystemArgs } from "@pulumi/aws/efs";
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

type FileSystem = Pick<FileSystemArgs, "encrypted" | "kmsKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-efs-filesystem-require-kms-key",
  displayName: "EFS file systems are encrypted with a customer-managed KMS key",
  description: "Every encrypted EFS file system sets `kmsKeyId` to a customer-managed KMS key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.efsFileSystem],
  remediation: "Set `kmsKeyId` on the file system to the ARN of a customer-managed KMS key (this replaces the file system).",
  why: "the AWS-managed `aws/elasticfilesystem` key cannot be restricted by a key policy or withdrawn to cut off access",
  controls: { nist: ["SC-12", "SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"] },
  problems: {
    "key-not-set": "the file system is encrypted but `kmsKeyId` is not set, so EFS uses the AWS-managed aws/elasticfilesystem key",
    ...KEY_PROBLEMS,
    "default-key-not-allowed": "`kmsKeyId` is not set and the AWS-managed aws/elasticfilesystem key is not on `allowedKeys`",
  },
  options: kmsKeyOptions(true),
  check(fileSystem, ctx) {
    const required = customerManagedKeyRequired(fileSystem, ctx);
    const { kmsKeyId } = fileSystem.props as FileSystem;
    if (typeof kmsKeyId === "string" && kmsKeyId !== "") {
      const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, "The file system", required);
      return violation ? [violation] : pass;
    }
    const { encrypted } = fileSystem.props as FileSystem;
    if (encrypted !== true)
      return notApplicable("The file system is not encrypted, so no key is in use (aws-efs-filesystem-require-encryption reports it)");
    if (!required.value) {
      // efs/fileSystem.d.ts: `kmsKeyId` is a computed output, so deployed state shows the aws/elasticfilesystem key's ARN.
      const problem = unsetKeyProblem("alias/aws/elasticfilesystem", "kmsKeyId", ctx.config, "The file system");
      return problem ? fail(problem, { code: "default-key-not-allowed" }) : pass;
    }
    return fail(
      `The file system is encrypted with the AWS-managed key: \`encrypted\` is true but \`kmsKeyId\` is not set${cmkReason(required)}`,
      { code: "key-not-set" },
    );
  },
});
