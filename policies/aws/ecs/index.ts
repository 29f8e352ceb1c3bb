import serviceDisallowPublicIp from "./aws-ecs-service-disallow-public-ip";

export const rules = [serviceDisallowPublicIp];
