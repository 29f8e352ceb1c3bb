import loadBalancerRequireTls from "./aws-elb-loadbalancer-require-tls";

export const rules = [loadBalancerRequireTls];
