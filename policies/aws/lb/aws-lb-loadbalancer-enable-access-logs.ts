import type { LoadBalancerArgs as ElbArgs } from "@pulumi/aws/elb";
import type { LoadBalancerArgs } from "@pulumi/aws/lb";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type LoadBalancer = Pick<LoadBalancerArgs, "accessLogs" | "loadBalancerType">;
type ClassicLoadBalancer = Pick<ElbArgs, "accessLogs">;

export default defineRule({
  name: "aws-lb-loadbalancer-enable-access-logs",
  displayName: "Load balancers write access logs",
  description: "Every application, network and classic load balancer sets `accessLogs` with `enabled: true` and a `bucket`.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AWS.lbLoadBalancer, AWS.albLoadBalancer, AWS.elbLoadBalancer],
  remediation: "Set `accessLogs: { bucket: <log bucket name>, enabled: true }` on the load balancer.",
  why: "requests reaching the service leave no record for investigations",
  controls: { nist: ["AU-2"], pciDss: ["10.2.1"], iso27001: ["A.8.15"], securityHub: ["ELB.5"] },
  problems: {
    "access-logs-off":
      "the load balancer writes no access logs (`accessLogs` unset, or `enabled` false or unset where it defaults to false)",
    "access-logs-no-bucket": "`accessLogs.bucket` is empty",
  },
  check(lb) {
    const classic = lb.type === AWS.elbLoadBalancer;
    if (!classic) {
      const { loadBalancerType } = lb.props as LoadBalancer;
      if (loadBalancerType === "gateway") return notApplicable("Gateway load balancers do not write access logs");
    }
    const { accessLogs } = lb.props as LoadBalancer | ClassicLoadBalancer;
    if (!isRecord(accessLogs)) return fail("The load balancer writes no access logs: `accessLogs` is not set", { code: "access-logs-off" });
    const { enabled } = accessLogs;
    // Application and network load balancers default `enabled` to false; classic ones to true.
    if (enabled === false || (!classic && enabled !== true)) {
      return fail(
        enabled === false
          ? "The load balancer writes no access logs: `accessLogs.enabled` is false"
          : "The load balancer writes no access logs: `accessLogs.enabled` is not set (it defaults to false)",
        { code: "access-logs-off" },
      );
    }
    const { bucket } = accessLogs;
    if (typeof bucket !== "string" || bucket === "")
      return fail("The load balancer has nowhere to write access logs: `accessLogs.bucket` is empty", { code: "access-logs-no-bucket" });
    return pass;
  },
});
