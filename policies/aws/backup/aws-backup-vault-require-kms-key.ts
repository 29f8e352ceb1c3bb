import type { VaultArgs } from "@pulumi/aws/backup";
import { defineRule, fail, pass } from "../../core/rule";
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

type Vault = Pick<VaultArgs, "kmsKeyArn">;

export default defineRule<KmsKeyConfig>({
  name: "aws-backup-vault-require-kms-key",
  displayName: "Backup vaults encrypt recovery points with a customer-managed key",
  description: "Every AWS Backup vault sets `kmsKeyArn` to a customer-managed KMS key.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.backupVault],
  remediation: "Set `kmsKeyArn` on the vault to the ARN of a customer-managed KMS key.",
  why: "recovery points are protected only by the account's default Backup key, whose use the organisation cannot restrict",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], securityHub: ["Backup.1"] },
  problems: {
    "key-not-set": "`kmsKeyArn` is not set, so AWS Backup uses the AWS-managed aws/backup key",
    ...KEY_PROBLEMS,
    "default-key-not-allowed": "`kmsKeyArn` is not set and the AWS-managed aws/backup key is not on `allowedKeys`",
  },
  options: kmsKeyOptions(true),
  check(vault, ctx) {
    const required = customerManagedKeyRequired(vault, ctx);
    const { kmsKeyArn } = vault.props as Vault;
    if (typeof kmsKeyArn !== "string" || kmsKeyArn === "") {
      if (required.value) {
        return fail(
          `The vault encrypts recovery points with the AWS-managed key: \`kmsKeyArn\` is not set, so AWS Backup uses aws/backup${cmkReason(required)}`,
          { code: "key-not-set" },
        );
      }
      // backup/vault.d.ts: `kmsKeyArn` is a computed output (the aws/backup key's ARN when unset).
      const problem = unsetKeyProblem("alias/aws/backup", "kmsKeyArn", ctx.config, "The vault");
      return problem ? fail(problem, { code: "default-key-not-allowed" }) : pass;
    }
    const violation = keyViolation(kmsKeyArn, "kmsKeyArn", ctx.config, "The vault", required);
    return violation ? [violation] : pass;
  },
});
