import type { ParameterArgs } from "@pulumi/aws/ssm";
import { cmkNotRequired } from "../../core/classification";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Parameter = Pick<ParameterArgs, "type" | "keyId">;

export default defineRule<KmsKeyConfig>({
  name: "aws-ssm-parameter-require-kms-key",
  displayName: "SecureString parameters use a customer-managed KMS key where their data requires one",
  description:
    "Every SecureString SSM parameter whose data requires a customer-managed key (by its classification level, else the `requireCustomerManagedKey` option) sets `keyId` to one.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.ssmParameter],
  remediation: "Set `keyId` on the parameter to a customer-managed KMS key.",
  why: "the AWS-managed key alias/aws/ssm cannot be restricted by a key policy, rotated on the organisation's schedule or withdrawn to cut off access",
  controls: { nist: ["SC-12", "SC-28"] },
  problems: {
    "key-not-set": "`keyId` is not set, so SSM uses the AWS-managed alias/aws/ssm key",
    ...KEY_PROBLEMS,
    "default-key-not-allowed": "`keyId` is not set and the AWS-managed alias/aws/ssm key is not on `allowedKeys`",
  },
  options: kmsKeyOptions(true),
  check(parameter, ctx) {
    const { type } = parameter.props as Parameter;
    if (type !== "SecureString") return notApplicable("The parameter is not a SecureString, so no KMS key encrypts it");
    const required = customerManagedKeyRequired(parameter, ctx);
    const { keyId } = parameter.props as Parameter;
    // SDK: `keyId` "KMS key ID or ARN for encrypting a SecureString"; unset, SSM uses alias/aws/ssm
    // (SSM user guide, "How AWS Systems Manager Parameter Store uses AWS KMS").
    // ssm/parameter.d.ts: `keyId` is a computed output, and deployed state of an unset key shows
    // alias/aws/ssm (DescribeParameters' KeyId), which keyProblem judges as preview judges the unset key.
    if (typeof keyId !== "string" || keyId === "") {
      if (!required.value) {
        return ctx.config.allowedKeys.length > 0
          ? fail("The SecureString parameter uses the AWS-managed key, which is not on the allowed list: `keyId` is not set", {
              code: "default-key-not-allowed",
              fix: "Set `keyId` to one of the configured `allowedKeys`.",
            })
          : notApplicable(cmkNotRequired(required, "The rule's `requireCustomerManagedKey` option is false"));
      }
      return fail(
        `The SecureString parameter is encrypted with the AWS-managed key: \`keyId\` is not set, so SSM uses alias/aws/ssm${cmkReason(required)}`,
        { code: "key-not-set" },
      );
    }
    const violation = keyViolation(keyId, "keyId", ctx.config, "The parameter", required);
    return violation ? [violation] : pass;
  },
});
