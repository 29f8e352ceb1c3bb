import serviceDisallowPublicIp from "./aws-ecs-service-disallow-public-ip";
import serviceRequireLatestPlatformVersion from "./aws-ecs-service-require-latest-platform-version";
import taskDefinitionDisallowPlaintextSecrets from "./aws-ecs-taskdefinition-disallow-plaintext-secrets";

export const rules = [serviceDisallowPublicIp, taskDefinitionDisallowPlaintextSecrets, serviceRequireLatestPlatformVersion];
