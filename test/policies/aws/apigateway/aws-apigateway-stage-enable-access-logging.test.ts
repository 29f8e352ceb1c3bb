import rule from "../../../../policies/aws/apigateway/aws-apigateway-stage-enable-access-logging";
import { AWS } from "../../../../policies/core/tokens";
import { resource } from "../../../support/rules";
import { describeStageAccessLogging, LOGS } from "../support/stage-access-logs";

describeStageAccessLogging(rule, (props) =>
  resource(AWS.apigatewayStage, "prod", { restApi: "abc123", deployment: "dep1", stageName: "prod", accessLogSettings: LOGS, ...props }),
);
