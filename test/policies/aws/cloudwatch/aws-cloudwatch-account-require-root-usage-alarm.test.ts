import rule from "../../../../policies/aws/cloudwatch/aws-cloudwatch-account-require-root-usage-alarm";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap, inAccount } from "../../../support/aws-placement";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const queue = resource(AWS.sqsQueue, "orders", {});
const CIS = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
const TOPIC = "arn:aws:sns:eu-west-1:111122223333:security-alerts";
const filter = (props: Record<string, unknown> = {}, name = "root-usage") =>
  resource(AWS.cloudwatchLogMetricFilter, name, {
    logGroupName: "cloudtrail",
    pattern: CIS,
    metricTransformation: { name: "RootUsage", namespace: "CIS", value: "1" },
    ...props,
  });
const alarm = (props: Record<string, unknown> = {}, name = "root-usage-alarm") =>
  resource(AWS.cloudwatchMetricAlarm, name, {
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    evaluationPeriods: 1,
    metricName: "RootUsage",
    namespace: "CIS",
    period: 300,
    statistic: "Sum",
    threshold: 1,
    alarmActions: [TOPIC],
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "CIS root-usage filter with an alarm that notifies", resources: [queue, filter(), alarm()] },
    {
      title: "filter pattern written without spaces and with single quotes",
      resources: [queue, filter({ pattern: "{$.userIdentity.type='Root'&&$.userIdentity.invokedBy NOT EXISTS}" }), alarm()],
    },
    {
      title: "an unrelated filter next to the root-usage one",
      resources: [queue, filter({ pattern: '{ $.errorCode = "AccessDenied" }' }, "denied"), filter(), alarm()],
    },
  ],
  violating: [
    { title: "stack with a queue and no metric filter", resources: [queue], codes: ["not-declared"] },
    {
      title: "only a filter for another event",
      resources: [queue, filter({ pattern: '{ $.errorCode = "AccessDenied" }' }, "denied")],
      codes: ["not-declared"],
    },
    { title: "root-usage filter without an alarm", resources: [queue, filter()], codes: ["no-alarm"] },
    { title: "alarm without alarmActions", resources: [queue, filter(), alarm({ alarmActions: [] })], codes: ["no-alarm"] },
    { title: "alarm with actionsEnabled=false", resources: [queue, filter(), alarm({ actionsEnabled: false })], codes: ["no-alarm"] },
    { title: "alarm on another metric", resources: [queue, filter(), alarm({ metricName: "Other" })], codes: ["no-alarm"] },
    {
      title: "queue in an account the map does not list as central",
      resources: [resource(AWS.sqsQueue, "orders", {}, inAccount("999999999999"))],
      map: centralMap(["root-usage-alarm"], ["210987654321"]),
      codes: ["not-declared"],
    },
  ],
  notApplicable: [
    {
      title: "map manages the root-usage alarm centrally for all accounts",
      resources: [queue],
      map: centralMap(["root-usage-alarm"], "all"),
      reason:
        "The responsibility map says the alarm on root user activity is managed centrally in northwind/landing-zone/prod by Tomas Novak for every account: Set by the landing zone.",
    },
    {
      title: "stack without AWS resources",
      resources: [resource("azure-native:storage:StorageAccount", "data", {})],
      reason: "The stack has no AWS resources, so the alarm on root user activity is not expected of it.",
    },
    {
      title: "map puts metric filters on the provider's side",
      resources: [queue],
      map: mapWithScope("threat-detection", {
        provider: "aws",
        resourceTypes: ["aws:cloudwatch/logMetricFilter:*"],
        side: "provider",
        note: "The MSSP watches root activity.",
      }),
      reason: "The responsibility map puts the alarm on root user activity outside this stack: The MSSP watches root activity.",
    },
  ],
  unknown: [
    {
      title: "filter whose pattern is computed",
      resources: [queue, filter({ pattern: UNKNOWN.string }), alarm()],
      undecided: ["root-usage"],
    },
    {
      title: "alarm whose actions are computed",
      resources: [queue, filter(), alarm({ alarmActions: UNKNOWN.array })],
      undecided: ["root-usage"],
    },
  ],
});
