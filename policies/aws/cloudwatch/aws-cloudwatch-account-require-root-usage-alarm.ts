import type { LogMetricFilterArgs, MetricAlarmArgs } from "@pulumi/aws/cloudwatch";
import type { input } from "@pulumi/aws/types";
import { defineStackRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { checkAccountControl } from "../support/account-control";

type Filter = Pick<LogMetricFilterArgs, "pattern" | "metricTransformation">;
type Transformation = Pick<input.cloudwatch.LogMetricFilterMetricTransformation, "name" | "namespace">;
type Alarm = Pick<MetricAlarmArgs, "metricName" | "namespace" | "alarmActions" | "actionsEnabled">;

/**
 * The clause every root-usage filter has (CIS AWS 4.3: `{ $.userIdentity.type = "Root" &&
 * $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`), compared without
 * whitespace or quotes; a filter without the two narrowing clauses catches more, never less.
 */
const ROOT_CLAUSE = "$.userIdentity.type=Root";

function isRootUsage(pattern: unknown): boolean {
  return typeof pattern === "string" && pattern.replace(/[\s"']/g, "").includes(ROOT_CLAUSE);
}

export default defineStackRule({
  name: "aws-cloudwatch-account-require-root-usage-alarm",
  displayName: "Every AWS account the stack deploys to alarms on root user activity",
  description:
    'For each AWS account the stack deploys into, the stack declares a CloudWatch Logs metric filter whose `pattern` matches root user activity (`$.userIdentity.type = "Root"`) and a metric alarm on its metric with `alarmActions`, unless the responsibility map says the alarm is managed centrally.',
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AWS.cloudwatchLogMetricFilter, AWS.cloudwatchMetricAlarm],
  remediation:
    'On the log group the account\'s CloudTrail trail sends to, declare an `aws.cloudwatch.LogMetricFilter` with `pattern: \'{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }\'` and a `metricTransformation`, and an `aws.cloudwatch.MetricAlarm` on that `metricName` and `namespace` with `alarmActions` (an SNS topic someone reads), or list the account under `settings.centrallyManaged` (control `root-usage-alarm`).',
  why: "use of the root user, which no policy can restrict, goes unnoticed",
  controls: {
    nist: ["AC-6(9)", "AU-6"],
    pciDss: ["10.4.1"],
    iso27001: ["A.8.16"],
    cis: ["AWS 4.3"],
    securityHub: ["CloudWatch.1"],
  },
  problems: {
    "not-declared": "the stack deploys to an account with no root-usage metric filter, and the map does not say another stack provides one",
    "no-alarm": "no metric alarm with actions watches the root-usage filter's metric",
  },
  checkStack(resources, ctx) {
    return checkAccountControl(resources, ctx, {
      control: "root-usage-alarm",
      types: [AWS.cloudwatchLogMetricFilter],
      regional: false,
      title: "the alarm on root user activity",
      missing: "metric filter and alarm on root user activity (`aws.cloudwatch.LogMetricFilter`)",
      judge: (filter, here) => {
        const props = filter.props as Filter;
        if (!isRootUsage(props.pattern)) return undefined;
        const metric = props.metricTransformation as Transformation | undefined;
        const name = metric?.name;
        const namespace = metric?.namespace;
        const alarmed = here([AWS.cloudwatchMetricAlarm]).some((alarm) => {
          const a = alarm.props as Alarm;
          if (a.metricName !== name || a.namespace !== namespace) return false;
          // cloudwatch/metricAlarm.d.ts: `actionsEnabled` "Defaults to `true`".
          const actions = a.alarmActions;
          return a.actionsEnabled !== false && Array.isArray(actions) && actions.length > 0;
        });
        if (alarmed) return [];
        return [
          {
            code: "no-alarm",
            resource: filter,
            subject: "metricTransformation",
            actual: "Root user activity is counted but nobody is told: no metric alarm with `alarmActions` watches the filter's metric",
            fix: "Declare an `aws.cloudwatch.MetricAlarm` with the filter's `metricTransformation.name` as `metricName`, its `namespace`, a threshold of 1 and `alarmActions` naming an SNS topic.",
          },
        ];
      },
    });
  },
});
