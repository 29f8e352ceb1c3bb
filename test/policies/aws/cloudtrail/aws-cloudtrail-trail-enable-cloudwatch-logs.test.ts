import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-enable-cloudwatch-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["log-group-not-set"],
    },
    {
      title: "trail with cloudWatchLogsRoleArn unset",
      resources: [trail({ cloudWatchLogsRoleArn: undefined })],
      codes: ["role-not-set"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "trail whose log group ARN is computed", resources: [trail({ cloudWatchLogsGroupArn: UNKNOWN.string })] },
    { title: "trail whose role ARN is computed", resources: [trail({ cloudWatchLogsRoleArn: UNKNOWN.string })] },
  ],
});
