import type { Rule } from "../../../../policies/core/rule";
import { describeRule, type TestResource, UNKNOWN } from "../../../support/rules";

export const LOGS = { destinationArn: "arn:aws:logs:eu-west-1:111122223333:log-group:api", format: '{"requestId":"$context.requestId"}' };

/**
 * The table both API Gateway access-logging rules share (REST stages and v2 stages), run for one
 * rule on that rule's stage: `stage(props)` builds a stage with `accessLogSettings: LOGS` unless
 * `props` overrides it.
 */
export function describeStageAccessLogging(rule: Rule, stage: (props: Record<string, unknown>) => TestResource): void {
  describeRule(rule, {
    compliant: [{ title: "stage with access log settings", resources: [stage({})] }],
    violating: [
      { title: "stage without accessLogSettings", resources: [stage({ accessLogSettings: undefined })], codes: ["access-logs-unset"] },
      {
        title: "stage with an empty destinationArn",
        resources: [stage({ accessLogSettings: { ...LOGS, destinationArn: "" } })],
        codes: ["destination-empty"],
      },
    ],
    // The rule applies to every stage; the provider-side case is built by describeRule.
    notApplicable: [],
    unknown: [
      { title: "stage whose access log settings are computed", resources: [stage({ accessLogSettings: UNKNOWN.object })] },
      {
        title: "stage whose destination is computed",
        resources: [stage({ accessLogSettings: { ...LOGS, destinationArn: UNKNOWN.string } })],
      },
    ],
  });
}
