import stageEnableAccessLogging from "./aws-apigatewayv2-stage-enable-access-logging";

export const rules = [stageEnableAccessLogging];
