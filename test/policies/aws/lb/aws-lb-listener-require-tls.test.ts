import rule from "../../../../policies/aws/lb/aws-lb-listener-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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

const PLAIN = "The listener serves plain HTTP: `protocol` is HTTP and its default action does not redirect to HTTPS";

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
    {
      title: "HTTPS listener with a policy on a custom allow-list",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06" })],
      config: { allowedSslPolicies: ["ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06"] },
    },
  ],
  violating: [
    {
      title: "HTTPS listener with a secret sslPolicy that is no predefined policy",
      resources: [https({ sslPolicy: canary("ELBSecurityPolicy-TLS13-1-2-2021-06") })],
      problems: ["The HTTPS listener accepts outdated TLS: `sslPolicy` is not one of the allowed policies"],
    },
    {
      title: "listener with a secret protocol that is no protocol",
      resources: [https({ protocol: canary("HTTPS"), sslPolicy: undefined })],
      problems: ["The listener uses the default TLS policy: `sslPolicy` is not set, and ELBSecurityPolicy-2016-08 then accepts TLS 1.0"],
    },
    { title: "aws:lb HTTP listener forwarding", resources: [http({ defaultActions: FORWARD })], problems: [PLAIN] },
    {
      title: "aws:alb listener with protocol unset (HTTP) forwarding",
      resources: [http({ protocol: undefined, defaultActions: FORWARD }, AWS.albListener)],
      problems: [PLAIN],
    },
    {
      title: "HTTP listener redirecting to HTTP",
      resources: [http({ defaultActions: [{ type: "redirect", redirect: { protocol: "HTTP", port: "8080", statusCode: "HTTP_301" } }] })],
      problems: [PLAIN],
    },
    {
      title: "HTTPS listener with ELBSecurityPolicy-2016-08",
      resources: [https({ sslPolicy: "ELBSecurityPolicy-2016-08" })],
      problems: ['The HTTPS listener accepts outdated TLS: `sslPolicy` is "ELBSecurityPolicy-2016-08", which is not an allowed policy'],
    },
    {
      title: "aws:alb HTTPS listener with sslPolicy unset",
      resources: [https({ sslPolicy: undefined }, AWS.albListener)],
      problems: [
        "The HTTPS listener uses the default TLS policy: `sslPolicy` is not set, and ELBSecurityPolicy-2016-08 then accepts TLS 1.0",
      ],
    },
    {
      title: "TLS listener with ELBSecurityPolicy-TLS-1-1-2017-01",
      resources: [https({ protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS-1-1-2017-01" })],
      problems: [
        'The TLS listener accepts outdated TLS: `sslPolicy` is "ELBSecurityPolicy-TLS-1-1-2017-01", which is not an allowed policy',
      ],
    },
  ],
  notApplicable: [
    {
      title: "TCP listener",
      resources: [https({ protocol: "TCP", sslPolicy: undefined })],
      reason: "A TCP listener passes traffic through, so the load balancer cannot tell whether it is encrypted",
    },
    {
      title: "listener where the map puts transit encryption on the provider's side",
      resources: [http({ defaultActions: FORWARD }, AWS.albListener)],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:alb/*"],
        side: "provider",
        note: "Internal-only ALBs behind a TLS mesh.",
      }),
      reason:
        "The responsibility map puts encryption in transit for aws:alb/listener:Listener on the provider's side: Internal-only ALBs behind a TLS mesh.",
    },
  ],
  unknown: [
    { title: "listener whose protocol is computed", resources: [https({ protocol: UNKNOWN.string })] },
    { title: "HTTPS listener whose policy is computed", resources: [https({ sslPolicy: UNKNOWN.string })] },
    { title: "HTTP listener whose actions are computed", resources: [http({ defaultActions: UNKNOWN.array })] },
  ],
});
