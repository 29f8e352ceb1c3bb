import { aboveAllowed, noRetentionMaximum, retentionMaximum } from "../../core/classification";
import { numberClause } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { isDeliveryClass, logGroupRetention } from "../support/log-retention";

// SDK (LogGroupArgs.retentionInDays): "Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180,
// 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, and 0."
const ALLOWED_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** The fix: the longest value CloudWatch accepts within the maximum (the map's maximum is at least 1). */
function fixFor(maximum: number): string {
  const largest = ALLOWED_DAYS.filter((days) => days <= maximum).pop() ?? 1;
  return `Set \`retentionInDays\` to ${largest} or less (the longest CloudWatch retention within ${maximum} days).`;
}

export default defineRule({
  name: "aws-cloudwatch-loggroup-require-expiry",
  displayName: "CloudWatch log groups delete events when their classification says",
  description:
    "A CloudWatch log group whose data classification level sets `maxLogRetentionDays` expires events by then: `retentionInDays` is set, not 0, and at most the maximum.",
  duty: "data-retention",
  severity: "medium",
  resourceTypes: [AWS.cloudwatchLogGroup],
  remediation: "Set `retentionInDays` on the log group to at most the maximum its classification level allows.",
  why: "logs kept past their purpose hold personal and business data the organisation has promised to delete, and widen what a breach exposes",
  controls: { nist: ["SI-12", "AU-11"], pciDss: ["3.2.1"], iso27001: ["A.8.10"] },
  problems: {
    "never-expires": "the log group keeps events forever though its level sets a maximum retention",
    "retention-too-long": "the log group keeps events longer than its level allows",
  },
  check(group, ctx) {
    const maximum = retentionMaximum(group, ctx.map, "maxLogRetentionDays");
    if (maximum === undefined) return notApplicable(noRetentionMaximum(group, ctx.map, "logs"));
    const retention = logGroupRetention(group);
    if (retention.kind === "days" && typeof retention.days === "number" && retention.days <= maximum.value) return pass;
    // SDK: with `logGroupClass: DELIVERY` "`retentionInDays` is forcibly set to 2".
    if (isDeliveryClass(group)) return pass;
    if (retention.kind === "never") {
      return fail(
        `The log group never deletes events (\`retentionInDays\` is unset or 0), yet ${maximum.level} logs may be kept at most ${maximum.value} days`,
        {
          code: "never-expires",
          fix: fixFor(maximum.value),
        },
      );
    }
    return fail(`The log group keeps events too long: \`retentionInDays\` ${numberClause(retention.days, aboveAllowed(maximum))}`, {
      code: "retention-too-long",
      fix: fixFor(maximum.value),
    });
  },
});
