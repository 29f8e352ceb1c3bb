import { AWS } from "../../core/tokens";
import { stageAccessLoggingRule } from "../support/stage-access-logs";

// apigatewayv2/stage.d.ts: `accessLogSettings` "Settings for logging access in this stage" (no block,
// no access logs); types/input.d.ts apigatewayv2.StageAccessLogSettings: `destinationArn` "ARN of the
// CloudWatch Logs log group to receive access logs".
export default stageAccessLoggingRule({
  name: "aws-apigatewayv2-stage-enable-access-logging",
  displayName: "HTTP and WebSocket API stages write access logs",
  description: "Every API Gateway v2 (HTTP or WebSocket) stage sets `accessLogSettings` with a `destinationArn`.",
  stageType: AWS.apigatewayv2Stage,
});
