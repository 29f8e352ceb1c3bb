import type { StageArgs } from "@pulumi/aws/apigatewayv2";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Stage = Pick<StageArgs, "accessLogSettings">;

export default defineRule({
  name: "aws-apigatewayv2-stage-enable-access-logging",
  displayName: "HTTP and WebSocket API stages write access logs",
  description: "Every API Gateway v2 (HTTP or WebSocket) stage sets `accessLogSettings` with a `destinationArn`.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.apigatewayv2Stage],
  remediation: "Set `accessLogSettings: { destinationArn: <log group ARN>, format: <JSON log format> }` on the stage.",
  why: "calls to the API leave no record of who called what",
  controls: { nist: ["AU-2"], pciDss: ["10.2.1"], securityHub: ["APIGateway.9"] },
  check(stage) {
    // apigatewayv2/stage.d.ts: `accessLogSettings` "Settings for logging access in this stage" (no
    // block, no access logs); types/input.d.ts StageAccessLogSettings: `destinationArn` names the log group.
    const { accessLogSettings } = stage.props as Stage;
    if (!isRecord(accessLogSettings)) return fail("The stage writes no access logs: `accessLogSettings` is not set");
    const { destinationArn } = accessLogSettings;
    if (typeof destinationArn !== "string" || destinationArn === "") {
      return fail("The stage writes no access logs: `accessLogSettings.destinationArn` is empty");
    }
    return pass;
  },
});
