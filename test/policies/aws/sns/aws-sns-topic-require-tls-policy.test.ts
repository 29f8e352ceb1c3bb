import rule from "../../../../policies/aws/sns/aws-sns-topic-require-tls-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const ARN = "arn:aws:sns:eu-west-1:111122223333:orders";
const DENY = {
  Effect: "Deny",
  Principal: "*",
  Action: "sns:Publish",
  Resource: ARN,
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const ALLOW = { Effect: "Allow", Principal: { AWS: "111122223333" }, Action: "sns:Publish", Resource: ARN };
const doc = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });

const topic = (props: Record<string, unknown> = {}, extra = {}) => resource(AWS.snsTopic, "orders", { ...props }, extra);
const policy = (document: unknown, extra: Record<string, unknown> = {}) =>
  resource(
    AWS.snsTopicPolicy,
    "orders-policy",
    { arn: ARN, policy: document },
    { propertyDependencies: { arn: [urnOf(AWS.snsTopic, "orders")] }, ...extra },
  );
const deployedTopic = topic({ arn: ARN }, { id: ARN });
const deployedPolicy = (document: unknown) => resource(AWS.snsTopicPolicy, "orders-policy", { arn: ARN, policy: document }, { id: ARN });

const NO_TLS =
  "The topic accepts requests without TLS: neither its `policy` nor a TopicPolicy has a Deny statement for `aws:SecureTransport` false";

describeRule(rule, {
  compliant: [
    { title: "topic with a TopicPolicy whose Statement array denies insecure transport", resources: [topic(), policy(doc([ALLOW, DENY]))] },
    {
      title: "topic with a TopicPolicy object document with a single Statement object",
      resources: [topic(), policy({ Version: "2012-10-17", Statement: DENY })],
    },
    {
      title: "topic with an inline policy using BoolIfExists and a boolean false",
      resources: [topic({ policy: doc({ ...DENY, Condition: { BoolIfExists: { "aws:SecureTransport": false } } }) })],
    },
    { title: "deployed topic whose TopicPolicy names its ARN", resources: [deployedTopic, deployedPolicy(doc([DENY]))] },
    { title: "stack without topics", resources: [] },
  ],
  violating: [
    { title: "topic without any policy", resources: [topic()], problems: [NO_TLS] },
    { title: "topic whose TopicPolicy only allows", resources: [topic(), policy(doc([ALLOW]))], problems: [NO_TLS] },
    {
      title: "topic whose TopicPolicy allows when SecureTransport is false",
      resources: [topic(), policy(doc([{ ...DENY, Effect: "Allow" }]))],
      problems: [NO_TLS],
    },
    {
      title: "topic whose TopicPolicy is not valid JSON",
      resources: [topic(), policy("{not json")],
      problems: ["The topic policy is not valid JSON, so it holds no statement denying requests where `aws:SecureTransport` is false"],
    },
    {
      title: "deployed topic whose TopicPolicy belongs to another topic",
      resources: [deployedTopic, resource(AWS.snsTopicPolicy, "other", { arn: `${ARN}-other`, policy: doc([DENY]) }, { id: "x" })],
      problems: [NO_TLS],
    },
  ],
  notApplicable: [
    {
      title: "topic where the map puts transit encryption for SNS on the provider's side",
      resources: [topic()],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:sns/*"],
        side: "provider",
        note: "An SCP denies non-TLS SNS calls.",
      }),
      reason:
        "The responsibility map puts encryption in transit for aws:sns/topic:Topic on the provider's side: An SCP denies non-TLS SNS calls.",
    },
  ],
  unknown: [
    { title: "topic whose inline policy is computed", resources: [topic({ policy: UNKNOWN.string })] },
    { title: "TopicPolicy whose document is computed", resources: [topic(), policy(UNKNOWN.string)] },
  ],
});
