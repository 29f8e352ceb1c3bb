import type { TopicArgs, TopicPolicyArgs } from "@pulumi/aws/sns";
import { StackIndex } from "../../core/joins";
import { deniesInsecureTransport, parsePolicy } from "../../core/policy-document";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

type Topic = Pick<TopicArgs, "policy">;
type TopicPolicy = Pick<TopicPolicyArgs, "policy">;

export default defineStackRule({
  name: "aws-sns-topic-require-tls-policy",
  displayName: "SNS topics refuse requests without TLS",
  description:
    "Every SNS topic has a policy (inline `policy` or a sibling TopicPolicy) with a Deny statement for requests where `aws:SecureTransport` is false.",
  duty: "encryption-in-transit",
  severity: "medium",
  resourceTypes: [AWS.snsTopic, AWS.snsTopicPolicy],
  remediation:
    'Add to the topic policy a statement `{ Effect: "Deny", Principal: "*", Action: "sns:Publish", Resource: <topic ARN>, Condition: { Bool: { "aws:SecureTransport": "false" } } }`.',
  why: "clients can publish and read messages over unencrypted connections",
  controls: { nist: ["SC-8"] },
  problems: {
    "no-tls-deny": "no policy of the topic denies requests where `aws:SecureTransport` is false",
    "policy-invalid": "the topic policy is not valid JSON, so it denies nothing",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    // What each TopicPolicy says; one whose topic or document is unknown at preview leaves the
    // topics it may protect undecided, and the others are still judged.
    const policies = new Siblings(
      index.ofType([AWS.snsTopicPolicy]),
      (sibling) => index.referenced(sibling, "arn", [AWS.snsTopic], ["arn"]),
      (sibling) => parsePolicy((sibling.props as TopicPolicy).policy),
    );
    return judgeEach(index.ofType([AWS.snsTopic]), (topic) => {
      if (policies.some(topic, (parsed) => parsed.statements.some(deniesInsecureTransport))) return undefined;
      const inline = parsePolicy((topic.props as Topic).policy);
      if (inline.statements.some(deniesInsecureTransport)) return undefined;
      policies.settle(topic);
      const invalid = inline.invalid || policies.some(topic, (parsed) => parsed.invalid);
      return [
        {
          code: invalid ? "policy-invalid" : "no-tls-deny",
          resource: topic,
          actual: invalid
            ? "The topic policy is not valid JSON, so it holds no statement denying requests where `aws:SecureTransport` is false"
            : "The topic accepts requests without TLS: neither its `policy` nor a TopicPolicy has a Deny statement for `aws:SecureTransport` false",
        },
      ];
    });
  },
});
