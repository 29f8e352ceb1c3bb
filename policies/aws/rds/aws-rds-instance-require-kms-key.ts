import type { ClusterArgs, ClusterInstanceArgs, InstanceArgs } from "@pulumi/aws/rds";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
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

type Database = Pick<
  InstanceArgs & ClusterArgs,
  "storageEncrypted" | "kmsKeyId" | "performanceInsightsEnabled" | "performanceInsightsKmsKeyId"
>;
type ClusterInstance = Pick<ClusterInstanceArgs, "performanceInsightsEnabled" | "performanceInsightsKmsKeyId">;

function isSet(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

function kindOf(type: string): string {
  if (type === AWS.rdsCluster) return "The cluster";
  if (type === AWS.rdsClusterInstance) return "The cluster instance";
  return "The instance";
}

export default defineRule<KmsKeyConfig>({
  name: "aws-rds-instance-require-kms-key",
  displayName: "RDS storage and Performance Insights use customer-managed KMS keys",
  description:
    "Every encrypted RDS instance and cluster sets `kmsKeyId`, and every one with Performance Insights sets `performanceInsightsKmsKeyId`, to a customer-managed KMS key.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.rdsInstance, AWS.rdsCluster, AWS.rdsClusterInstance],
  remediation:
    "Set `kmsKeyId` (and `performanceInsightsKmsKeyId` when Performance Insights is on) to the ARN of a customer-managed KMS key.",
  why: "the AWS-managed `aws/rds` key cannot be restricted, rotated on the organisation's schedule or withdrawn to cut off access",
  controls: { nist: ["SC-12"], pciDss: ["3.6"], iso27001: ["A.8.24"] },
  problems: {
    "key-not-set": "the storage is encrypted but `kmsKeyId` is not set, so RDS uses the AWS-managed aws/rds key",
    "performance-insights-key-not-set":
      "Performance Insights is on but `performanceInsightsKmsKeyId` is not set, so RDS uses the AWS-managed aws/rds key",
    ...KEY_PROBLEMS,
    "default-key-not-allowed": "a key property is not set and the AWS-managed aws/rds key is not on `allowedKeys`",
  },
  options: kmsKeyOptions(true),
  check(database, ctx) {
    const kind = kindOf(database.type);
    const required = customerManagedKeyRequired(database, ctx);
    const violations: Violation[] = [];
    let checked = false;
    if (database.type !== AWS.rdsClusterInstance) {
      const { storageEncrypted, kmsKeyId } = database.props as Database;
      if (isSet(kmsKeyId)) {
        checked = true;
        const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, kind, required);
        if (violation) violations.push({ subject: "kmsKeyId", ...violation });
      } else if (storageEncrypted === true) {
        checked = true;
        if (required.value) {
          violations.push({
            code: "key-not-set",
            subject: "kmsKeyId",
            actual: `${kind} is encrypted with the AWS-managed key: \`storageEncrypted\` is true but \`kmsKeyId\` is not set${cmkReason(required)}`,
            fix: "Set `kmsKeyId` to the ARN of a customer-managed KMS key.",
          });
        } else {
          // rds/instance.d.ts, rds/cluster.d.ts: `kmsKeyId` is a computed output (the aws/rds key's ARN when unset).
          const problem = unsetKeyProblem("alias/aws/rds", "kmsKeyId", ctx.config, kind);
          if (problem) violations.push({ code: "default-key-not-allowed", subject: "kmsKeyId", actual: problem });
        }
      }
    }
    const { performanceInsightsEnabled } = database.props as ClusterInstance;
    if (performanceInsightsEnabled === true) {
      checked = true;
      const { performanceInsightsKmsKeyId } = database.props as ClusterInstance;
      if (!isSet(performanceInsightsKmsKeyId)) {
        if (required.value) {
          violations.push({
            code: "performance-insights-key-not-set",
            subject: "performanceInsightsKmsKeyId",
            actual: `${kind} encrypts Performance Insights data with the AWS-managed key: \`performanceInsightsKmsKeyId\` is not set${cmkReason(required)}`,
            fix: "Set `performanceInsightsKmsKeyId` to the ARN of a customer-managed KMS key.",
          });
        } else {
          // rds/instance.d.ts: `performanceInsightsKmsKeyId` is a computed output (the aws/rds key's ARN when unset).
          const problem = unsetKeyProblem("alias/aws/rds", "performanceInsightsKmsKeyId", ctx.config, kind);
          if (problem) violations.push({ code: "default-key-not-allowed", subject: "performanceInsightsKmsKeyId", actual: problem });
        }
      } else {
        const violation = keyViolation(performanceInsightsKmsKeyId, "performanceInsightsKmsKeyId", ctx.config, kind, required);
        if (violation) violations.push({ subject: "performanceInsightsKmsKeyId", ...violation });
      }
    }
    if (!checked) {
      return notApplicable(
        `${kind} neither encrypts its storage nor turns on Performance Insights, so no key is in use (aws-rds-instance-require-encryption reports unencrypted storage)`,
      );
    }
    return violations;
  },
});
