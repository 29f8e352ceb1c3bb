import listenerRequireTls from "./aws-lb-listener-require-tls";
import loadBalancerEnableAccessLogs from "./aws-lb-loadbalancer-enable-access-logs";

export const rules = [loadBalancerEnableAccessLogs, listenerRequireTls];
