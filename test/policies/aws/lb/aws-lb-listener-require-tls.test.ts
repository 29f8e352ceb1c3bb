import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/lb/aws-lb-listener-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN, urnOf } from "../../../support/rules";

const FORWARD = [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1" }];
const REDIRECT = [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }];
const https = (props: Record<string, unknown>, type: string = AWS.lbListener) =>
  resource(type, "web-https", {
    loadBalancerArn: "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1",
    port: 443,
    protocol: "HTTPS",
    sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/1",
    defaultActions: FORWARD,
    ...props,
  });
const http = (props: Record<string, unknown>, type: string = AWS.lbListener) =>
  https({ port: 80, protocol: "HTTP", sslPolicy: undefined, certificateArn: undefined, defaultActions: REDIRECT, ...props }, type);

const LB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1";
const loadBalancer = (loadBalancerType: string | undefined, extra = {}, type: string = AWS.lbLoadBalancer) =>
  resource(type, "web", { loadBalancerType, subnets: ["subnet-1"] }, { id: LB_ARN, ...extra });
const LB_URN = urnOf(AWS.lbLoadBalancer, "web");
/** A listener joined to its load balancer in preview: the ARN is unknown, the dependency names it. */
const joined = (listener: ReturnType<typeof https>) => ({
  ...listener,
  props: { ...listener.props, loadBalancerArn: UNKNOWN.string },
  propertyDependencies: { loadBalancerArn: [LB_URN] },
});
/** A Gateway Load Balancer listener as the SDK example writes it: no protocol, no port. */
const geneve = (props: Record<string, unknown> = {}) =>
  https({ port: undefined, protocol: undefined, sslPolicy: undefined, certificateArn: undefined, ...props });

describeRule(rule, {
  compliant: [
    { title: "aws:lb HTTPS listener with a TLS 1.3 policy", resources: [https({})] },
    {
      title: "aws:alb HTTPS listener with a TLS 1.2 policy",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-TLS-1-2-2017-01" }, AWS.albListener)],
    },
    {
      title: "network TLS listener with a forward-secrecy policy",
      resources: [https({ protocol: "TLS", sslPolicy: "ELBSecurityPolicy-FS-1-2-Res-2020-10" })],
    },
    { title: "aws:lb HTTP listener redirecting to HTTPS", resources: [http({})] },
    {
      title: "aws:alb HTTP listener redirecting to lowercase https",
      resources: [
        http({ defaultActions: [{ type: "redirect", redirect: { protocol: "https", statusCode: "HTTP_302" } }] }, AWS.albListener),
      ],
    },
    { title: "QUIC listener", resources: [https({ protocol: "QUIC", sslPolicy: undefined })] },
    ...[
      "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
      "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
      "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
      "ELBSecurityPolicy-TLS13-1-3-2021-06",
      "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
      "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
      "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
      "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
      "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
      "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
      "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
      "ELBSecurityPolicy-FS-1-2-2019-08",
    ].map((sslPolicy) => ({ title: `HTTPS listener with ${sslPolicy} (TLS 1.2 floor or later)`, resources: [https({ sslPolicy })] })),
    {
      title: "a policy named in the TLS 1.2 pattern that is newer than the rule's list",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2027-01" })],
    },
    {
      title: "deployed Gateway Load Balancer listener (protocol GENEVE in outputs) beside an ALB listener that redirects",
      resources: [loadBalancer("gateway"), geneve({ protocol: "GENEVE", port: 6081 }), http({})],
    },
    {
      // aws.alb.LoadBalancer is the alias module of aws.lb.LoadBalancer, with the same `loadBalancerType` (alb/loadBalancer.d.ts).
      title: "deployed alb-module Gateway Load Balancer joined by ARN to its GENEVE listener, beside a redirecting listener",
      resources: [loadBalancer("gateway", {}, AWS.albLoadBalancer), geneve({ protocol: "GENEVE", port: 6081 }), http({})],
    },
    {
      title: "HTTPS listener with a policy on a custom allow-list",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06" })],
      config: { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06"] },
    },
  ],
  violating: [
    {
      title: "HTTP listener forwarding next to a listener whose policy is computed",
      resources: [http({ defaultActions: FORWARD }), { ...https({ sslPolicy: UNKNOWN.string }), name: "api-https" }],
      codes: ["plain-http"],
      undecided: ["api-https"],
    },
    {
      title: "HTTPS listener with a secret sslPolicy that is no predefined policy",
      resources: [https({ sslPolicy: canary("ELBSecurityPolicy-TLS13-1-2-2021-06") })],
      codes: ["tls-floor-unreadable"],
      levels: ["advisory"],
    },
    {
      title: "listener with a secret protocol that is no protocol",
      resources: [https({ protocol: canary("HTTPS"), sslPolicy: undefined })],
      codes: ["default-tls-policy"],
    },
    { title: "aws:lb HTTP listener forwarding", resources: [http({ defaultActions: FORWARD })], codes: ["plain-http"] },
    {
      title: "aws:alb listener with protocol unset (HTTP) forwarding, its load balancer in the stack",
      resources: [loadBalancer(undefined), http({ protocol: undefined, defaultActions: FORWARD }, AWS.albListener)],
      codes: ["plain-http"],
    },
    {
      title: "aws:alb listener with protocol unset forwarding, joined by ARN to an alb-module application load balancer",
      resources: [
        loadBalancer("application", {}, AWS.albLoadBalancer),
        http({ protocol: undefined, defaultActions: FORWARD }, AWS.albListener),
      ],
      codes: ["plain-http"],
    },
    {
      title: "application load balancer listener without protocol joined in preview (not a gateway)",
      resources: [loadBalancer("application"), joined(geneve({ defaultActions: FORWARD }))],
      codes: ["plain-http"],
    },
    {
      title: "listener without protocol whose load balancer is outside the stack (may be a gateway's): advisory",
      resources: [http({ protocol: undefined, defaultActions: FORWARD }, AWS.albListener)],
      codes: ["plain-http"],
      levels: ["advisory"],
    },
    {
      title: "HTTPS listener with a policy name this rule cannot read: advisory",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-Custom-2030" })],
      codes: ["tls-floor-unreadable"],
      levels: ["advisory"],
    },
    {
      title: "HTTPS listener with ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04" })],
      codes: ["tls-below-1-2"],
    },
    {
      title: "HTTPS listener with ELBSecurityPolicy-FS-2018-06",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-FS-2018-06" })],
      codes: ["tls-below-1-2"],
    },
    {
      title: "HTTPS listener with a TLS 1.2 policy not on a custom allow-list",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06" })],
      config: { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-3-2021-06"] },
      codes: ["tls-policy-not-allowed"],
    },
    {
      title: "HTTP listener redirecting to HTTP",
      resources: [http({ defaultActions: [{ type: "redirect", redirect: { protocol: "HTTP", port: "8080", statusCode: "HTTP_301" } }] })],
      codes: ["plain-http"],
    },
    {
      title: "HTTPS listener with ELBSecurityPolicy-2016-08",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-2016-08" })],
      codes: ["tls-below-1-2"],
    },
    {
      title: "aws:alb HTTPS listener with sslPolicy unset",
      resources: [https({ sslPolicy: undefined }, AWS.albListener)],
      codes: ["default-tls-policy"],
    },
    {
      title: "TLS listener with ELBSecurityPolicy-TLS-1-1-2017-01",
      resources: [https({ protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS-1-1-2017-01" })],
      codes: ["tls-below-1-2"],
    },
  ],
  notApplicable: [
    {
      title: "Gateway Load Balancer listener without protocol, joined in preview",
      resources: [loadBalancer("gateway"), joined(geneve())],
      reason: "A Gateway Load Balancer listener passes GENEVE traffic through, so the load balancer cannot tell whether it is encrypted",
    },
    {
      title: "Gateway Load Balancer listener joined by its ARN (deployed)",
      resources: [loadBalancer("gateway"), geneve()],
      reason: "A Gateway Load Balancer listener passes GENEVE traffic through, so the load balancer cannot tell whether it is encrypted",
    },
    {
      title: "TCP listener",
      resources: [https({ protocol: "TCP", sslPolicy: undefined })],
      reason: "A TCP listener passes traffic through, so the load balancer cannot tell whether it is encrypted",
    },
  ],
  unknown: [
    { title: "listener whose protocol is computed", resources: [https({ protocol: UNKNOWN.string })] },
    { title: "HTTPS listener whose policy is computed", resources: [https({ sslPolicy: UNKNOWN.string })], undecided: ["web-https"] },
    { title: "HTTP listener whose actions are computed", resources: [http({ defaultActions: UNKNOWN.array })] },
    {
      title: "listener without protocol whose load balancer type is computed",
      resources: [loadBalancer(UNKNOWN.string), joined(geneve())],
    },
  ],
});

describe("aws-lb-listener-require-tls wording", () => {
  it("does not claim plain HTTP for a listener without protocol whose load balancer is outside the stack", () => {
    const [finding] = run(rule, [http({ protocol: undefined, defaultActions: FORWARD }, AWS.albListener)]);
    expect(finding?.problem).toContain("The listener may serve plain HTTP");
    expect(finding?.problem).toContain("it may be a Gateway Load Balancer's");
  });
});
