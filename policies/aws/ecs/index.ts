import taskDefinitionDisallowPlaintextSecrets from "./aws-ecs-taskdefinition-disallow-plaintext-secrets";

export const rules = [taskDefinitionDisallowPlaintextSecrets];
