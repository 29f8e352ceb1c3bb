import rule from "../../../../policies/aws/apigatewayv2/aws-apigatewayv2-stage-enable-access-logging";
import { AWS } from "../../../../policies/core/tokens";
import { resource } from "../../../support/rules";
import { describeStageAccessLogging, LOGS } from "../support/stage-access-logs";

describeStageAccessLogging(rule, (props) =>
  resource(AWS.apigatewayv2Stage, "prod", { apiId: "abc123", name: "prod", accessLogSettings: LOGS, ...props }),
);
