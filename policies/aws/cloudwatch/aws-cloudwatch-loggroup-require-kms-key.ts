import type { LogGroupArgs } from "@pulumi/aws/cloudwatch";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type LogGroup = Pick<LogGroupArgs, "kmsKeyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-cloudwatch-loggroup-require-kms-key",
  displayName: "CloudWatch log groups are encrypted with a KMS key",
  description: "Every CloudWatch log group sets `kmsKeyId` to a customer-managed KMS key.",
  duty: "logging",
  severity: "low",
  resourceTypes: [AWS.cloudwatchLogGroup],
  remediation: "Set `kmsKeyId` on the log group to the ARN of a customer-managed KMS key whose policy lets CloudWatch Logs use it.",
  why: "log data, which often carries identifiers and request details, is protected only by a key the organisation does not control",
  controls: { nist: ["AU-9"], pciDss: ["10.5.1"], iso27001: ["A.8.15"] },
  problems: { "key-not-set": "`kmsKeyId` is not set where a customer-managed key is required", ...KEY_PROBLEMS },
  options: kmsKeyOptions(true),
  check(group, ctx) {
    const required = customerManagedKeyRequired(group, ctx);
    const { kmsKeyId } = group.props as LogGroup;
    if (typeof kmsKeyId !== "string" || kmsKeyId === "") {
      return required.value
        ? fail(`The log group is not encrypted with a customer-managed key: \`kmsKeyId\` is not set${cmkReason(required)}`, {
            code: "key-not-set",
          })
        : pass;
    }
    const violation = keyViolation(kmsKeyId, "kmsKeyId", ctx.config, "The log group", required);
    return violation ? [violation] : pass;
  },
});
