import rule from "../../../../policies/aws/sqs/aws-sqs-queue-require-tls-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const URL = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs";
const DENY = {
  Effect: "Deny",
  Principal: "*",
  Action: ["sqs:*"],
  Resource: "*",
  Condition: { Bool: { "aws:SecureTransport": ["false"] } },
};
const doc = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });

const queue = (props: Record<string, unknown> = {}, extra = {}) => resource(AWS.sqsQueue, "jobs", { ...props }, extra);
const policy = (document: unknown) =>
  resource(
    AWS.sqsQueuePolicy,
    "jobs-policy",
    { queueUrl: URL, policy: document },
    { propertyDependencies: { queueUrl: [urnOf(AWS.sqsQueue, "jobs")] } },
  );
const deployedQueue = queue({ url: URL }, { id: URL });
const deployedPolicy = (document: unknown, queueUrl = URL) =>
  resource(AWS.sqsQueuePolicy, "jobs-policy", { queueUrl, policy: document }, { id: queueUrl });

const NO_TLS =
  "The queue accepts requests without TLS: neither its `policy` nor a QueuePolicy has a Deny statement for `aws:SecureTransport` false";

describeRule(rule, {
  compliant: [
    { title: "queue with a QueuePolicy denying insecure transport", resources: [queue(), policy(doc([DENY]))] },
    {
      title: "queue with a QueuePolicy object document with one Statement object",
      resources: [queue(), policy({ Version: "2012-10-17", Statement: DENY })],
    },
    { title: "queue with an inline TLS-only policy", resources: [queue({ policy: doc(DENY) })] },
    { title: "deployed queue whose QueuePolicy names its URL", resources: [deployedQueue, deployedPolicy(doc([DENY]))] },
  ],
  violating: [
    { title: "queue without any policy", resources: [queue()], problems: [NO_TLS] },
    {
      title: "queue whose QueuePolicy has no condition",
      resources: [queue(), policy(doc([{ ...DENY, Condition: undefined }]))],
      problems: [NO_TLS],
    },
    {
      title: "queue whose inline policy is not valid JSON",
      resources: [queue({ policy: "nope" })],
      problems: ["The queue policy is not valid JSON, so it holds no statement denying requests where `aws:SecureTransport` is false"],
    },
    {
      title: "deployed queue whose QueuePolicy names another queue",
      resources: [deployedQueue, deployedPolicy(doc([DENY]), `${URL}-dlq`)],
      problems: [NO_TLS],
    },
  ],
  notApplicable: [
    {
      title: "queue where the map puts transit encryption for SQS on the provider's side",
      resources: [queue()],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:sqs/*"],
        side: "provider",
        note: "An SCP denies non-TLS SQS calls.",
      }),
      reason:
        "The responsibility map puts encryption in transit for aws:sqs/queue:Queue on the provider's side: An SCP denies non-TLS SQS calls.",
    },
  ],
  unknown: [
    { title: "queue whose inline policy is computed", resources: [queue({ policy: UNKNOWN.string })] },
    { title: "QueuePolicy whose document is computed", resources: [queue(), policy(UNKNOWN.string)] },
  ],
});
