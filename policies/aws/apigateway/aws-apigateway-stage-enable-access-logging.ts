import { AWS } from "../../core/tokens";
import { stageAccessLoggingRule } from "../support/stage-access-logs";

// apigateway/stage.d.ts: `accessLogSettings` "Enables access logs for the API stage" (no block, no
// access logs); types/input.d.ts apigateway.StageAccessLogSettings: `destinationArn` "ARN of the
// CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs".
export default stageAccessLoggingRule({
  name: "aws-apigateway-stage-enable-access-logging",
  displayName: "REST API stages write access logs",
  description: "Every API Gateway REST API stage sets `accessLogSettings` with a `destinationArn`.",
  stageType: AWS.apigatewayStage,
});
