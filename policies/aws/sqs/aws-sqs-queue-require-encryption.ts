import type { QueueArgs } from "@pulumi/aws/sqs";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { cmkReason, customerManagedKeyRequired, KEY_PROBLEMS, type KmsKeyConfig, keyViolation, kmsKeyOptions } from "../support/kms";

type Queue = Pick<QueueArgs, "kmsMasterKeyId" | "sqsManagedSseEnabled">;

export default defineRule<KmsKeyConfig>({
  name: "aws-sqs-queue-require-encryption",
  displayName: "SQS queues are encrypted at rest",
  description:
    "Every SQS queue keeps server-side encryption on: SQS-managed (`sqsManagedSseEnabled`, the default) or a KMS key in `kmsMasterKeyId` (required when `requireCustomerManagedKey` is set).",
  duty: "encryption-at-rest",
  findingDuties: ["key-management"],
  severity: "medium",
  resourceTypes: [AWS.sqsQueue],
  remediation: "Set `kmsMasterKeyId` on the queue to a customer-managed KMS key (or at least keep `sqsManagedSseEnabled: true`).",
  why: "queued messages are stored without encryption",
  controls: { nist: ["SC-28"], securityHub: ["SQS.1"] },
  problems: {
    "encryption-off": "the queue is not encrypted (`sqsManagedSseEnabled` false and no `kmsMasterKeyId`)",
    "key-not-set": "a customer-managed key is required but `kmsMasterKeyId` is not set",
    ...KEY_PROBLEMS,
  },
  options: kmsKeyOptions(false),
  check(queue, ctx) {
    const required = customerManagedKeyRequired(queue, ctx);
    // Which key encrypts is key management, with its own accountable person (the resource is encrypted either way).
    const { kmsMasterKeyId } = queue.props as Queue;
    if (typeof kmsMasterKeyId === "string" && kmsMasterKeyId !== "") {
      const violation = keyViolation(kmsMasterKeyId, "kmsMasterKeyId", ctx.config, "The queue", required);
      return violation ? [{ ...violation, duty: "key-management" }] : pass;
    }
    if (required.value) {
      return fail(`The queue is not encrypted with a customer-managed key: \`kmsMasterKeyId\` is not set${cmkReason(required)}`, {
        code: "key-not-set",
        duty: "key-management",
        fix: "Set `kmsMasterKeyId` on the queue to a customer-managed KMS key.",
      });
    }
    // SQS encrypts new queues with SSE-SQS unless told otherwise (SQS developer guide, "Encryption at
    // rest"; the SDK's `sqsManagedSseEnabled` states no default), so only an explicit false fails.
    const { sqsManagedSseEnabled } = queue.props as Queue;
    if (sqsManagedSseEnabled === false) {
      return fail("The queue is not encrypted: `sqsManagedSseEnabled` is false and `kmsMasterKeyId` is not set", {
        code: "encryption-off",
      });
    }
    return pass;
  },
});
