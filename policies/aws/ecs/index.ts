import serviceDisallowPublicIp from "./aws-ecs-service-disallow-public-ip";
import taskDefinitionDisallowPlaintextSecrets from "./aws-ecs-taskdefinition-disallow-plaintext-secrets";

export const rules = [serviceDisallowPublicIp, taskDefinitionDisallowPlaintextSecrets];
