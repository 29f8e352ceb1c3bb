import stageEnableAccessLogging from "./aws-apigateway-stage-enable-access-logging";
import stageEnableExecutionLogging from "./aws-apigateway-stage-enable-execution-logging";
import stageRequireCacheEncryption from "./aws-apigateway-stage-require-cache-encryption";

export const rules = [stageEnableAccessLogging, stageEnableExecutionLogging, stageRequireCacheEncryption];
