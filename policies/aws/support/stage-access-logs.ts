/**
 * The access-logging check API Gateway REST (v1) and HTTP/WebSocket (v2) stages share: both declare
 * an optional `accessLogSettings` block whose required `destinationArn` names the log destination
 * (types/input.d.ts apigateway.StageAccessLogSettings and apigatewayv2.StageAccessLogSettings). Each
 * rule file names its stage type and cites its SDK.
 */
import type { StageArgs as RestStageArgs } from "@pulumi/aws/apigateway";
import type { StageArgs as V2StageArgs } from "@pulumi/aws/apigatewayv2";
import { isRecord, type ResourceView } from "../../core/resource";
import { type CheckResult, defineRule, fail, pass, type ResourceRule } from "../../core/rule";

type Stage = Pick<RestStageArgs, "accessLogSettings"> | Pick<V2StageArgs, "accessLogSettings">;

export interface StageAccessLogFacts {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  /** The stage type token. */
  readonly stageType: string;
}

export const STAGE_ACCESS_LOG_PROBLEMS = {
  "access-logs-unset": "the stage sets no `accessLogSettings`",
  "destination-empty": "`accessLogSettings.destinationArn` is empty",
} as const;

/** No `accessLogSettings` block, no access logs; a block needs a non-empty `destinationArn`. */
export function checkStageAccessLogs(stage: ResourceView): CheckResult {
  const { accessLogSettings } = stage.props as Stage;
  if (!isRecord(accessLogSettings)) {
    return fail("The stage writes no access logs: `accessLogSettings` is not set", { code: "access-logs-unset" });
  }
  const { destinationArn } = accessLogSettings;
  if (typeof destinationArn !== "string" || destinationArn === "") {
    return fail("The stage writes no access logs: `accessLogSettings.destinationArn` is empty", { code: "destination-empty" });
  }
  return pass;
}

/** The rule for one stage type. */
export function stageAccessLoggingRule(facts: StageAccessLogFacts): ResourceRule {
  return defineRule({
    name: facts.name,
    displayName: facts.displayName,
    description: facts.description,
    duty: "logging",
    severity: "medium",
    resourceTypes: [facts.stageType],
    remediation: "Set `accessLogSettings: { destinationArn: <log group ARN>, format: <JSON log format> }` on the stage.",
    why: "calls to the API leave no record of who called what",
    controls: { nist: ["AU-2"], pciDss: ["10.2.1"], securityHub: ["APIGateway.9"] },
    problems: STAGE_ACCESS_LOG_PROBLEMS,
    check: checkStageAccessLogs,
  });
}
