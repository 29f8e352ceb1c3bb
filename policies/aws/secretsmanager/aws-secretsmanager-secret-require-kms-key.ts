import type { SecretArgs } from "@pulumi/aws/secretsmanager";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Secret = Pick<SecretArgs, "kmsKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-secretsmanager-secret-require-kms-key",
  displayName: "Secrets are encrypted with a customer-managed key",
  description: "Every Secrets Manager secret sets `kmsKeyId` to a customer-managed KMS key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.secretsmanagerSecret],
  remediation: "Set `kmsKeyId` on the secret to a customer-managed KMS key.",
  why: "anyone allowed to use the account's default Secrets Manager key can decrypt the secret, and its use cannot be restricted",
  controls: { nist: ["SC-12", "IA-5(1)"], pciDss: ["3.6"] },
  problems: {
    "key-not-set": "`kmsKeyId` is not set, so Secrets Manager uses the AWS-managed aws/secretsmanager key",
    ...KEY_PROBLEMS,
  },
  options: kmsKeyOptions(true),
  check(secret, ctx) {
    const required = customerManagedKeyRequired(secret, ctx);
    const { kmsKeyId } = secret.props as Secret;
    if (typeof kmsKeyId !== "string" || kmsKeyId === "") {
      return required.value
        ? fail(
            `The secret is encrypted with the AWS-managed key: \`kmsKeyId\` is not set, so Secrets Manager uses aws/secretsmanager${cmkReason(required)}`,
            { code: "key-not-set" },
          )
        : pass;
    }
    const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, "The secret", required);
    return violation ? [violation] : pass;
  },
});
