import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-enable-cloudwatch-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const trail = (props: Record<string, unknown>) =>
  resource(AWS.cloudtrailTrail, "account", {
    s3BucketName: "audit-logs",
    cloudWatchLogsGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*",
    cloudWatchLogsRoleArn: "arn:aws:iam::111122223333:role/trail-to-logs",
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "trail with a log group and a delivery role", resources: [trail({})] }],
  violating: [
    {
      title: "trail with cloudWatchLogsGroupArn unset",
      resources: [trail({ cloudWatchLogsGroupArn: undefined })],
      problems: ["The trail does not deliver to CloudWatch Logs: `cloudWatchLogsGroupArn` is not set"],
    },
    {
      title: "trail with cloudWatchLogsRoleArn unset",
      resources: [trail({ cloudWatchLogsRoleArn: undefined })],
      problems: ["The trail cannot deliver to CloudWatch Logs: `cloudWatchLogsGroupArn` is set but `cloudWatchLogsRoleArn` is not"],
    },
  ],
  notApplicable: [
    {
      title: "trail where the map puts CloudTrail logging on the provider's side",
      resources: [trail({ cloudWatchLogsGroupArn: undefined })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:cloudtrail/*"],
        side: "provider",
        note: "The organisation trail is authoritative.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:cloudtrail/trail:Trail on the provider's side: The organisation trail is authoritative.",
    },
  ],
  unknown: [
    { title: "trail whose log group ARN is computed", resources: [trail({ cloudWatchLogsGroupArn: UNKNOWN.string })] },
    { title: "trail whose role ARN is computed", resources: [trail({ cloudWatchLogsRoleArn: UNKNOWN.string })] },
  ],
});
