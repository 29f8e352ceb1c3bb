import { belowRequired, requirement } from "../../core/classification";
import { numberClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { logGroupRetention } from "../support/log-retention";

interface Config {
  readonly minimumRetentionDays: number;
}

export default defineRule<Config>({
  name: "aws-cloudwatch-loggroup-limit-retention",
  displayName: "CloudWatch log groups keep logs long enough",
  description: "Every CloudWatch log group keeps events for at least the configured number of days (0, never expire, also complies).",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.cloudwatchLogGroup],
  remediation: "Set `retentionInDays` on the log group to 365 or more (or leave it unset to keep events forever).",
  why: "the events an investigation needs are deleted before anyone looks for them",
  controls: { nist: ["AU-11"], pciDss: ["10.5.1"], iso27001: ["A.8.15"] },
  problems: { "retention-too-short": "the log group deletes events before the required number of days" },
  options: {
    minimumRetentionDays: { type: "integer", description: "The fewest days a log group may keep events.", default: 365, minimum: 1 },
  },
  check(group, ctx) {
    const retention = logGroupRetention(group);
    // Unset and 0 both mean the events never expire.
    if (retention.kind === "never") return pass;
    const retentionInDays = retention.days;
    const required = requirement(group, ctx, "minLogRetentionDays", ctx.config.minimumRetentionDays);
    const minimum = required.value;
    if (typeof retentionInDays === "number" && retentionInDays >= minimum) return pass;
    return fail(`The log group deletes events too early: \`retentionInDays\` ${numberClause(retentionInDays, belowRequired(required))}`, {
      code: "retention-too-short",
      fix: `Set \`retentionInDays\` to ${minimum} or more, or to 0 to keep events forever.`,
    });
  },
});
