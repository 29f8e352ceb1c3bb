import rule from "../../../../policies/aws/lb/aws-lb-loadbalancer-enable-access-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const LOGS = { bucket: "lb-logs", enabled: true };
const lb = (props: Record<string, unknown>, type: string = AWS.lbLoadBalancer) =>
  resource(type, "web", { loadBalancerType: "application", subnets: ["subnet-1", "subnet-2"], accessLogs: LOGS, ...props });
const classic = (props: Record<string, unknown>) =>
  resource(AWS.elbLoadBalancer, "legacy", {
    listeners: [{ instancePort: 80, instanceProtocol: "http", lbPort: 443, lbProtocol: "https" }],
    accessLogs: { bucket: "lb-logs" },
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "aws:lb load balancer with access logs enabled", resources: [lb({})] },
    { title: "aws:alb load balancer with access logs enabled", resources: [lb({}, AWS.albLoadBalancer)] },
    { title: "network load balancer with access logs enabled", resources: [lb({ loadBalancerType: "network" })] },
    { title: "classic load balancer with accessLogs.enabled unset (defaults to true)", resources: [classic({})] },
  ],
  violating: [
    {
      title: "aws:lb load balancer without accessLogs",
      resources: [lb({ accessLogs: undefined })],
      problems: ["The load balancer writes no access logs: `accessLogs` is not set"],
    },
    {
      title: "aws:alb load balancer with accessLogs.enabled unset",
      resources: [lb({ accessLogs: { bucket: "lb-logs" } }, AWS.albLoadBalancer)],
      problems: ["The load balancer writes no access logs: `accessLogs.enabled` is not set (it defaults to false)"],
    },
    {
      title: "aws:lb load balancer with accessLogs.enabled=false",
      resources: [lb({ accessLogs: { bucket: "lb-logs", enabled: false } })],
      problems: ["The load balancer writes no access logs: `accessLogs.enabled` is false"],
    },
    {
      title: "aws:lb load balancer with an empty bucket",
      resources: [lb({ accessLogs: { bucket: "", enabled: true } })],
      problems: ["The load balancer has nowhere to write access logs: `accessLogs.bucket` is empty"],
    },
    {
      title: "classic load balancer without accessLogs",
      resources: [classic({ accessLogs: undefined })],
      problems: ["The load balancer writes no access logs: `accessLogs` is not set"],
    },
    {
      title: "classic load balancer with accessLogs.enabled=false",
      resources: [classic({ accessLogs: { bucket: "lb-logs", enabled: false } })],
      problems: ["The load balancer writes no access logs: `accessLogs.enabled` is false"],
    },
  ],
  notApplicable: [
    {
      title: "gateway load balancer",
      resources: [lb({ loadBalancerType: "gateway", accessLogs: undefined })],
      reason: "Gateway load balancers do not write access logs",
    },
    {
      title: "load balancer where the map puts ELB logging on the provider's side",
      resources: [lb({ accessLogs: undefined })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:lb/*"],
        side: "provider",
        note: "WAF logs cover these load balancers.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:lb/loadBalancer:LoadBalancer on the provider's side: WAF logs cover these load balancers.",
    },
  ],
  unknown: [
    {
      title: "load balancer whose access-log flag is computed",
      resources: [lb({ accessLogs: { bucket: "lb-logs", enabled: UNKNOWN.boolean } })],
    },
    { title: "classic load balancer whose access logs are computed", resources: [classic({ accessLogs: UNKNOWN.object })] },
    { title: "load balancer whose type is computed", resources: [lb({ loadBalancerType: UNKNOWN.string })] },
  ],
});
