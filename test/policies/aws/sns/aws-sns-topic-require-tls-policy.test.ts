import rule from "../../../../policies/aws/sns/aws-sns-topic-require-tls-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
    {
      title: "topic without any policy next to a topic whose TopicPolicy document is computed",
      resources: [topic(), policy(UNKNOWN.string), resource(AWS.snsTopic, "refunds", {})],
      codes: ["no-tls-deny"],
      undecided: ["orders"],
    },
    { title: "topic without any policy", resources: [topic()], codes: ["no-tls-deny"] },
    { title: "topic whose TopicPolicy only allows", resources: [topic(), policy(doc([ALLOW]))], codes: ["no-tls-deny"] },
    {
      title: "topic whose TopicPolicy allows when SecureTransport is false",
      resources: [topic(), policy(doc([{ ...DENY, Effect: "Allow" }]))],
      codes: ["no-tls-deny"],
    },
    {
      title: "topic whose TopicPolicy is not valid JSON",
      resources: [topic(), policy("{not json")],
      codes: ["policy-invalid"],
    },
    {
      title: "deployed topic whose TopicPolicy belongs to another topic",
      resources: [deployedTopic, resource(AWS.snsTopicPolicy, "other", { arn: `${ARN}-other`, policy: doc([DENY]) }, { id: "x" })],
      codes: ["no-tls-deny"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "topic whose inline policy is computed", resources: [topic({ policy: UNKNOWN.string })], undecided: ["orders"] },
    { title: "TopicPolicy whose document is computed", resources: [topic(), policy(UNKNOWN.string)], undecided: ["orders"] },
  ],
});
