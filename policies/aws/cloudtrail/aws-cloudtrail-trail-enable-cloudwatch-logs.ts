import type { TrailArgs } from "@pulumi/aws/cloudtrail";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Trail = Pick<TrailArgs, "cloudWatchLogsGroupArn" | "cloudWatchLogsRoleArn">;

function isSet(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

export default defineRule({
  name: "aws-cloudtrail-trail-enable-cloudwatch-logs",
  displayName: "CloudTrail trails deliver to CloudWatch Logs",
  description: "Every CloudTrail trail sets `cloudWatchLogsGroupArn` and `cloudWatchLogsRoleArn` so events reach CloudWatch Logs.",
  duty: "logging",
  severity: "low",
  resourceTypes: [AWS.cloudtrailTrail],
  remediation:
    "Set `cloudWatchLogsGroupArn` (the log group ARN followed by `:*`) and `cloudWatchLogsRoleArn` (a role CloudTrail can assume to write to it) on the trail.",
  why: "nobody is alerted in time to suspicious API activity, which only lands in S3",
  controls: { nist: ["AU-6", "SI-4"], pciDss: ["10.4.1"], iso27001: ["A.8.16"], securityHub: ["CloudTrail.5"] },
  problems: {
    "log-group-not-set": "`cloudWatchLogsGroupArn` is not set",
    "role-not-set": "`cloudWatchLogsGroupArn` is set but `cloudWatchLogsRoleArn` is not",
  },
  check(trail) {
    // cloudtrail/trail.d.ts: `cloudWatchLogsGroupArn` is the log group CloudTrail delivers to, and
    // `cloudWatchLogsRoleArn` the "Role for the CloudWatch Logs endpoint to assume"; both are needed.
    const { cloudWatchLogsGroupArn } = trail.props as Trail;
    if (!isSet(cloudWatchLogsGroupArn)) {
      return fail("The trail does not deliver to CloudWatch Logs: `cloudWatchLogsGroupArn` is not set", { code: "log-group-not-set" });
    }
    const { cloudWatchLogsRoleArn } = trail.props as Trail;
    if (!isSet(cloudWatchLogsRoleArn)) {
      return fail("The trail cannot deliver to CloudWatch Logs: `cloudWatchLogsGroupArn` is set but `cloudWatchLogsRoleArn` is not", {
        code: "role-not-set",
        fix: "Set `cloudWatchLogsRoleArn` to a role CloudTrail can assume to write to the log group.",
      });
    }
    return pass;
  },
});
