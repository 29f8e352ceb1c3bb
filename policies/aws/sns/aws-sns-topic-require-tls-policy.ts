import type { TopicArgs, TopicPolicyArgs } from "@pulumi/aws/sns";
import { StackIndex } from "../../core/joins";
import { deniesInsecureTransport, parsePolicy } from "../../core/policy-document";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

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
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const protectedTopics = new Set<string>();
    const invalidPolicies = new Set<string>();
    for (const sibling of index.ofType([AWS.snsTopicPolicy])) {
      const topic = index.referenced(sibling, "arn", [AWS.snsTopic], ["arn"]);
      if (topic === undefined) continue;
      const parsed = parsePolicy((sibling.props as TopicPolicy).policy);
      if (parsed.statements.some(deniesInsecureTransport)) protectedTopics.add(topic.urn);
      else if (parsed.invalid) invalidPolicies.add(topic.urn);
    }
    const violations: StackViolation[] = [];
    for (const topic of index.ofType([AWS.snsTopic])) {
      if (protectedTopics.has(topic.urn)) continue;
      const inline = parsePolicy((topic.props as Topic).policy);
      if (inline.statements.some(deniesInsecureTransport)) continue;
      violations.push({
        resource: topic,
        actual:
          inline.invalid || invalidPolicies.has(topic.urn)
            ? "The topic policy is not valid JSON, so it holds no statement denying requests where `aws:SecureTransport` is false"
            : "The topic accepts requests without TLS: neither its `policy` nor a TopicPolicy has a Deny statement for `aws:SecureTransport` false",
      });
    }
    return violations;
  },
});
