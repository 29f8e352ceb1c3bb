import type { QueueArgs, QueuePolicyArgs } from "@pulumi/aws/sqs";
import { StackIndex } from "../../core/joins";
import { deniesInsecureTransport, parsePolicy } from "../../core/policy-document";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Queue = Pick<QueueArgs, "policy">;
type QueuePolicy = Pick<QueuePolicyArgs, "policy">;

export default defineStackRule({
  name: "aws-sqs-queue-require-tls-policy",
  displayName: "SQS queues refuse requests without TLS",
  description:
    "Every SQS queue has a policy (inline `policy` or a sibling QueuePolicy) with a Deny statement for requests where `aws:SecureTransport` is false.",
  duty: "encryption-in-transit",
  severity: "medium",
  resourceTypes: [AWS.sqsQueue, AWS.sqsQueuePolicy],
  remediation:
    'Add to the queue policy a statement `{ Effect: "Deny", Principal: "*", Action: "sqs:*", Resource: <queue ARN>, Condition: { Bool: { "aws:SecureTransport": "false" } } }`.',
  why: "clients can send and receive messages over unencrypted connections",
  controls: { nist: ["SC-8"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const protectedQueues = new Set<string>();
    const invalidPolicies = new Set<string>();
    for (const sibling of index.ofType([AWS.sqsQueuePolicy])) {
      // A queue's id is its URL; `url` is also an output of the queue.
      const queue = index.referenced(sibling, "queueUrl", [AWS.sqsQueue], ["url"]);
      if (queue === undefined) continue;
      const parsed = parsePolicy((sibling.props as QueuePolicy).policy);
      if (parsed.statements.some(deniesInsecureTransport)) protectedQueues.add(queue.urn);
      else if (parsed.invalid) invalidPolicies.add(queue.urn);
    }
    const violations: StackViolation[] = [];
    for (const queue of index.ofType([AWS.sqsQueue])) {
      if (protectedQueues.has(queue.urn)) continue;
      const inline = parsePolicy((queue.props as Queue).policy);
      if (inline.statements.some(deniesInsecureTransport)) continue;
      violations.push({
        resource: queue,
        actual:
          inline.invalid || invalidPolicies.has(queue.urn)
            ? "The queue policy is not valid JSON, so it holds no statement denying requests where `aws:SecureTransport` is false"
            : "The queue accepts requests without TLS: neither its `policy` nor a QueuePolicy has a Deny statement for `aws:SecureTransport` false",
      });
    }
    return violations;
  },
});
