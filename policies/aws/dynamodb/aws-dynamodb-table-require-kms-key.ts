import type { TableArgs } from "@pulumi/aws/dynamodb";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Table = Pick<TableArgs, "serverSideEncryption">;

export default defineRule<KmsKeyConfig>({
  name: "aws-dynamodb-table-require-kms-key",
  displayName: "DynamoDB tables are encrypted with a customer-managed KMS key",
  description:
    "Every DynamoDB table whose data requires a customer-managed key (by its classification level, else the `requireCustomerManagedKey` option) sets `serverSideEncryption.enabled` to true with `kmsKeyArn` naming one.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AWS.dynamodbTable],
  remediation: "Set `serverSideEncryption: { enabled: true, kmsKeyArn: <customer-managed key ARN> }` on the table.",
  why: "the AWS-owned or AWS-managed key cannot be restricted by a key policy, audited per use or withdrawn to cut off access",
  controls: { nist: ["SC-12", "SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"] },
  problems: {
    "encryption-aws-owned": "`serverSideEncryption.enabled` is not true, so DynamoDB uses an AWS-owned key",
    "key-not-set": "`serverSideEncryption.kmsKeyArn` is not set, so DynamoDB uses the AWS-managed key",
    ...KEY_PROBLEMS,
  },
  options: kmsKeyOptions(true),
  check(table, ctx) {
    const required = customerManagedKeyRequired(table, ctx);
    const { serverSideEncryption } = table.props as Table;
    // SDK: `enabled` false (or no block) means the AWS-owned key; true without `kmsKeyArn` the
    // AWS-managed alias/aws/dynamodb. DynamoDB encrypts every table at rest either way, so only a
    // table whose level (or the rule's option) requires a customer-managed key is asked for one.
    const enabled = isRecord(serverSideEncryption) && serverSideEncryption["enabled"] === true;
    if (!enabled) {
      return required.value
        ? fail(
            `The table is encrypted with an AWS-owned key: \`serverSideEncryption.enabled\` is not true, so DynamoDB uses a key the account cannot see or control${cmkReason(required)}`,
            { code: "encryption-aws-owned" },
          )
        : pass;
    }
    // types/input.d.ts TableServerSideEncryption: `kmsKeyArn` "will _not_ be populated with the ARN
    // of _default_ keys", so deployed state keeps the AWS-managed key unset as preview does.
    const key = serverSideEncryption["kmsKeyArn"];
    if (typeof key !== "string" || key === "") {
      return required.value
        ? fail(
            `The table is encrypted with the AWS-managed key: \`serverSideEncryption.enabled\` is true but \`kmsKeyArn\` is not set${cmkReason(required)}`,
            {
              code: "key-not-set",
              fix: "Set `serverSideEncryption.kmsKeyArn` to the ARN of a customer-managed KMS key.",
            },
          )
        : pass;
    }
    const violation = keyViolation(key, "serverSideEncryption.kmsKeyArn", ctx.config, "The table", required);
    return violation ? [violation] : pass;
  },
});
