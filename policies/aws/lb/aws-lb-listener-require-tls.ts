import type { ListenerArgs } from "@pulumi/aws/lb";
import { shownValue } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Listener = Pick<ListenerArgs, "protocol" | "sslPolicy" | "defaultActions">;

interface Config {
  readonly allowedSslPolicies: readonly string[];
}

export const TLS12_POLICIES = [
  "ELBSecurityPolicy-TLS13-1-2-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  "ELBSecurityPolicy-TLS13-1-3-2021-06",
  "ELBSecurityPolicy-TLS-1-2-2017-01",
  "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
  "ELBSecurityPolicy-FS-1-2-2019-08",
  "ELBSecurityPolicy-FS-1-2-Res-2019-08",
  "ELBSecurityPolicy-FS-1-2-Res-2020-10",
];

/** Protocols whose traffic the load balancer only passes through: it cannot tell whether it is encrypted. */
const PASS_THROUGH = new Set(["TCP", "UDP", "TCP_UDP", "TCP_QUIC", "GENEVE"]);
const PROTOCOLS = new Set(["HTTP", "HTTPS", "TLS", "QUIC", ...PASS_THROUGH]);

/** Predefined policies that allow TLS older than 1.2, so a message may name them. */
const OUTDATED_SSL_POLICIES = [
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-2015-05",
  "ELBSecurityPolicy-TLS-1-0-2015-04",
  "ELBSecurityPolicy-TLS-1-1-2017-01",
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-FS-1-1-2019-08",
  "ELBSecurityPolicy-TLS13-1-0-2021-06",
  "ELBSecurityPolicy-TLS13-1-1-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
  "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
];

function redirectsToHttps(actions: unknown): boolean {
  if (!Array.isArray(actions)) return false;
  return actions.some((action) => {
    if (!isRecord(action) || action["type"] !== "redirect") return false;
    const redirect = action["redirect"];
    return isRecord(redirect) && typeof redirect["protocol"] === "string" && redirect["protocol"].toUpperCase() === "HTTPS";
  });
}

export default defineRule<Config>({
  name: "aws-lb-listener-require-tls",
  displayName: "Load balancer listeners use TLS 1.2 or later",
  description:
    "Every load balancer listener uses HTTPS or TLS with an approved `sslPolicy` (TLS 1.2 or later), or is an HTTP listener whose default action redirects to HTTPS.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AWS.lbListener, AWS.albListener],
  remediation:
    'Set `protocol: "HTTPS"`, a `certificateArn` and `sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"` on the listener, or make its default action `{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }`.',
  why: "clients can reach the service over plain HTTP or outdated TLS that an attacker on the path can read or downgrade",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], iso27001: ["A.8.24"], securityHub: ["ELB.1"] },
  options: {
    allowedSslPolicies: {
      type: "array",
      description: "The `sslPolicy` values HTTPS and TLS listeners may use.",
      items: { type: "string" },
      default: TLS12_POLICIES,
    },
  },
  check(listener, ctx) {
    const { protocol } = listener.props as Listener;
    // Unset means HTTP (the default for application load balancers).
    const proto = typeof protocol === "string" && protocol !== "" ? protocol.toUpperCase() : "HTTP";
    // An unrecognised protocol is checked like HTTPS, and named only as "listener".
    const listenerName = PROTOCOLS.has(proto) ? `${proto} listener` : "listener";
    if (PASS_THROUGH.has(proto)) {
      return notApplicable(`A ${proto} listener passes traffic through, so the load balancer cannot tell whether it is encrypted`);
    }
    if (proto === "QUIC") return pass;
    if (proto === "HTTP") {
      if (redirectsToHttps((listener.props as Listener).defaultActions)) return pass;
      return fail("The listener serves plain HTTP: `protocol` is HTTP and its default action does not redirect to HTTPS");
    }
    const { sslPolicy } = listener.props as Listener;
    if (typeof sslPolicy !== "string" || sslPolicy === "") {
      return fail(
        `The ${listenerName} uses the default TLS policy: \`sslPolicy\` is not set, and ELBSecurityPolicy-2016-08 then accepts TLS 1.0`,
        {
          fix: 'Set `sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or another allowed policy) on the listener.',
        },
      );
    }
    if (ctx.config.allowedSslPolicies.includes(sslPolicy)) return pass;
    const shown = shownValue(sslPolicy, OUTDATED_SSL_POLICIES);
    return fail(
      shown === undefined
        ? `The ${listenerName} accepts outdated TLS: \`sslPolicy\` is not one of the allowed policies`
        : `The ${listenerName} accepts outdated TLS: \`sslPolicy\` is ${shown}, which is not an allowed policy`,
      {
        fix: 'Set `sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or another allowed policy) on the listener.',
      },
    );
  },
});
