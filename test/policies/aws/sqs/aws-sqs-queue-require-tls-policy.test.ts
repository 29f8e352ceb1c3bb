import rule from "../../../../policies/aws/sqs/aws-sqs-queue-require-tls-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
    {
      title: "queue without any policy next to a queue whose QueuePolicy document is computed",
      resources: [queue(), policy(UNKNOWN.string), resource(AWS.sqsQueue, "retries", {})],
      codes: ["no-tls-deny"],
      undecided: ["jobs"],
    },
    { title: "queue without any policy", resources: [queue()], codes: ["no-tls-deny"] },
    {
      title: "queue whose QueuePolicy has no condition",
      resources: [queue(), policy(doc([{ ...DENY, Condition: undefined }]))],
      codes: ["no-tls-deny"],
    },
    {
      title: "queue whose inline policy is not valid JSON",
      resources: [queue({ policy: "nope" })],
      codes: ["policy-invalid"],
    },
    {
      title: "deployed queue whose QueuePolicy names another queue",
      resources: [deployedQueue, deployedPolicy(doc([DENY]), `${URL}-dlq`)],
      codes: ["no-tls-deny"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "queue whose inline policy is computed", resources: [queue({ policy: UNKNOWN.string })], undecided: ["jobs"] },
    { title: "QueuePolicy whose document is computed", resources: [queue(), policy(UNKNOWN.string)], undecided: ["jobs"] },
  ],
});
