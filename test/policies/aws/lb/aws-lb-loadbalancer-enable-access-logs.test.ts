import rule from "../../../../policies/aws/lb/aws-lb-loadbalancer-enable-access-logs";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["access-logs-off"],
    },
    {
      title: "aws:alb load balancer with accessLogs.enabled unset",
      resources: [lb({ accessLogs: { bucket: "lb-logs" } }, AWS.albLoadBalancer)],
      codes: ["access-logs-off"],
    },
    {
      title: "aws:lb load balancer with accessLogs.enabled=false",
      resources: [lb({ accessLogs: { bucket: "lb-logs", enabled: false } })],
      codes: ["access-logs-off"],
    },
    {
      title: "aws:lb load balancer with an empty bucket",
      resources: [lb({ accessLogs: { bucket: "", enabled: true } })],
      codes: ["access-logs-no-bucket"],
    },
    {
      title: "classic load balancer without accessLogs",
      resources: [classic({ accessLogs: undefined })],
      codes: ["access-logs-off"],
    },
    {
      title: "classic load balancer with accessLogs.enabled=false",
      resources: [classic({ accessLogs: { bucket: "lb-logs", enabled: false } })],
      codes: ["access-logs-off"],
    },
  ],
  notApplicable: [
    {
      title: "gateway load balancer",
      resources: [lb({ loadBalancerType: "gateway", accessLogs: undefined })],
      reason: "Gateway load balancers do not write access logs",
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
