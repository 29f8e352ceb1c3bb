import type { QueueArgs, QueuePolicyArgs } from "@pulumi/aws/sqs";
import { StackIndex } from "../../core/joins";
import { deniesInsecureTransport, parsePolicy } from "../../core/policy-document";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

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
  problems: {
    "no-tls-deny": "no policy of the queue denies requests where `aws:SecureTransport` is false",
    "policy-invalid": "the queue policy is not valid JSON, so it denies nothing",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // What each QueuePolicy says; one whose queue or document is unknown at preview leaves the
    // queues it may protect undecided, and the others are still judged.
    const policies = new Siblings(
      index.ofType([AWS.sqsQueuePolicy]),
      // A queue's id is its URL; `url` is also an output of the queue.
      (sibling) => index.referenced(sibling, "queueUrl", [AWS.sqsQueue], ["url"]),
      (sibling) => parsePolicy((sibling.props as QueuePolicy).policy),
    );
    return judgeEach(index.ofType([AWS.sqsQueue]), (queue) => {
      if (policies.some(queue, (parsed) => parsed.statements.some(deniesInsecureTransport))) return undefined;
      const inline = parsePolicy((queue.props as Queue).policy);
      if (inline.statements.some(deniesInsecureTransport)) return undefined;
      policies.settle(queue);
      const invalid = inline.invalid || policies.some(queue, (parsed) => parsed.invalid);
      return [
        {
          code: invalid ? "policy-invalid" : "no-tls-deny",
          resource: queue,
          actual: invalid
            ? "The queue policy is not valid JSON, so it holds no statement denying requests where `aws:SecureTransport` is false"
            : "The queue accepts requests without TLS: neither its `policy` nor a QueuePolicy has a Deny statement for `aws:SecureTransport` false",
        },
      ];
    });
  },
});
