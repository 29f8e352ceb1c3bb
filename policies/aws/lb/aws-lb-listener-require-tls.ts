import type { ListenerArgs, LoadBalancerArgs } from "@pulumi/aws/lb";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";

type Listener = Pick<ListenerArgs, "protocol" | "sslPolicy" | "defaultActions" | "loadBalancerArn">;
type LoadBalancer = Pick<LoadBalancerArgs, "loadBalancerType">;

interface Config {
  readonly allowedSslPolicies: readonly string[];
}

/**
 * The lowest TLS version a predefined ELB security policy accepts, read from its name (ELB User
 * Guide, "Security policies for your Application Load Balancer" and "... Network Load Balancer"):
 * `TLS13-1-2-*` (incl. `-Res-`, `-Ext1-`, `-Ext2-`, `-FIPS-`, `-PQ-` variants) and `TLS-1-2-*`,
 * `FS-1-2-*` accept TLS 1.2 and later; `TLS13-1-3-*` only 1.3; `TLS13-1-0`/`1-1`, `TLS-1-0`/`1-1`,
 * `FS-1-1-*`, `FS-2018-06` and the dated `2016-08`, `2015-05` policies accept TLS 1.0 or 1.1.
 * Undefined for a name that follows none of these patterns.
 */
export function tlsFloorOf(policy: string): number | undefined {
  // Every predefined name ends in its release month (`-2021-06`).
  const versioned = /^ELBSecurityPolicy-(?:TLS13|TLS|FS)-1-([0-3])(?:-[A-Za-z0-9]+)*-\d{4}-\d{2}$/.exec(policy);
  if (versioned?.[1] !== undefined) return 10 + Number(versioned[1]);
  if (/^ELBSecurityPolicy-(?:FS-)?\d{4}-\d{2}$/.test(policy)) return 10;
  return undefined;
}

/**
 * The predefined ELB policy names as of 2026 (same guide), so a message may name one; any other
 * `sslPolicy` text is described, not quoted (it may be a secret). The verdict reads the name's TLS
 * floor, so a newer policy that follows the naming passes without being listed.
 */
const KNOWN_POLICIES = [
  ...["2021-06", "Res-2021-06", "Ext1-2021-06", "Ext2-2021-06"].map((v) => `ELBSecurityPolicy-TLS13-1-2-${v}`),
  "ELBSecurityPolicy-TLS13-1-3-2021-06",
  "ELBSecurityPolicy-TLS13-1-1-2021-06",
  "ELBSecurityPolicy-TLS13-1-0-2021-06",
  ...["1-3-", "1-2-Res-", "1-2-", "1-2-Ext0-", "1-2-Ext1-", "1-2-Ext2-", "1-1-", "1-0-"].map(
    (v) => `ELBSecurityPolicy-TLS13-${v}FIPS-2023-04`,
  ),
  ...[
    "1-2-",
    "1-2-Res-",
    "1-2-Ext0-",
    "1-2-Ext1-",
    "1-2-Ext2-",
    "1-3-",
    "1-3-FIPS-",
    "1-2-FIPS-",
    "1-2-Res-FIPS-",
    "1-2-Ext0-FIPS-",
    "1-2-Ext1-FIPS-",
    "1-2-Ext2-FIPS-",
    "1-1-",
    "1-0-",
  ].map((v) => `ELBSecurityPolicy-TLS13-${v}PQ-2025-09`),
  "ELBSecurityPolicy-FS-2018-06",
  "ELBSecurityPolicy-FS-1-1-2019-08",
  "ELBSecurityPolicy-FS-1-2-2019-08",
  "ELBSecurityPolicy-FS-1-2-Res-2019-08",
  "ELBSecurityPolicy-FS-1-2-Res-2020-10",
  "ELBSecurityPolicy-TLS-1-0-2015-04",
  "ELBSecurityPolicy-TLS-1-1-2017-01",
  "ELBSecurityPolicy-TLS-1-2-2017-01",
  "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-2015-05",
];

/** Protocols whose traffic the load balancer only passes through: it cannot tell whether it is encrypted. */
const PASS_THROUGH = new Set(["TCP", "UDP", "TCP_UDP", "TCP_QUIC", "GENEVE"]);
const PROTOCOLS = new Set(["HTTP", "HTTPS", "TLS", "QUIC", ...PASS_THROUGH]);

function redirectsToHttps(actions: unknown): boolean {
  if (!Array.isArray(actions)) return false;
  return actions.some((action) => {
    if (!isRecord(action) || action["type"] !== "redirect") return false;
    const redirect = action["redirect"];
    return isRecord(redirect) && typeof redirect["protocol"] === "string" && redirect["protocol"].toUpperCase() === "HTTPS";
  });
}

const FIX_POLICY = 'Set `sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or another policy with a TLS 1.2 floor) on the listener.';

interface PassThrough {
  readonly passThrough: string;
}

/** One listener's problem, or undefined when it complies; a pass-through reason when the rule cannot judge it. */
function listenerProblem(
  listener: ResourceView,
  loadBalancer: ResourceView | undefined,
  allowed: readonly string[],
): Violation | PassThrough | undefined {
  const { protocol } = listener.props as Listener;
  if (typeof protocol !== "string" || protocol === "") {
    // SDK (ListenerArgs.protocol): "Not valid for Gateway Load Balancers"; GENEVE traffic passes through.
    if (loadBalancer !== undefined && (loadBalancer.props as LoadBalancer).loadBalancerType === "gateway") {
      return {
        passThrough:
          "A Gateway Load Balancer listener passes GENEVE traffic through, so the load balancer cannot tell whether it is encrypted",
      };
    }
    if (redirectsToHttps((listener.props as Listener).defaultActions)) return undefined;
    // SDK: "For Application Load Balancers, valid values are HTTP and HTTPS, with a default of HTTP."
    // A listener of a load balancer outside the stack may be a Gateway Load Balancer's: do not block.
    return {
      code: "plain-http",
      actual:
        loadBalancer === undefined
          ? "The listener may serve plain HTTP: `protocol` is not set (HTTP on an application load balancer; its load balancer is not in this stack, so it may be a Gateway Load Balancer's) and its default action does not redirect to HTTPS"
          : "The listener serves plain HTTP: `protocol` is not set, so HTTP, and its default action does not redirect to HTTPS",
      ...(loadBalancer === undefined ? { advisory: true as const } : {}),
    };
  }
  const proto = protocol.toUpperCase();
  // An unrecognised protocol is checked like HTTPS, and named only as "listener".
  const listenerName = PROTOCOLS.has(proto) ? `${proto} listener` : "listener";
  if (PASS_THROUGH.has(proto)) {
    return { passThrough: `A ${proto} listener passes traffic through, so the load balancer cannot tell whether it is encrypted` };
  }
  if (proto === "QUIC") return undefined;
  if (proto === "HTTP") {
    if (redirectsToHttps((listener.props as Listener).defaultActions)) return undefined;
    return {
      code: "plain-http",
      actual: "The listener serves plain HTTP: `protocol` is HTTP and its default action does not redirect to HTTPS",
    };
  }
  const { sslPolicy } = listener.props as Listener;
  if (typeof sslPolicy !== "string" || sslPolicy === "") {
    // SDK (ListenerArgs.sslPolicy): "Default is `ELBSecurityPolicy-2016-08`", which accepts TLS 1.0.
    return {
      code: "default-tls-policy",
      actual: `The ${listenerName} uses the default TLS policy: \`sslPolicy\` is not set, and ELBSecurityPolicy-2016-08 then accepts TLS 1.0`,
      fix: FIX_POLICY,
    };
  }
  if (allowed.length > 0) {
    if (allowed.includes(sslPolicy)) return undefined;
    const shown = shownValue(sslPolicy, KNOWN_POLICIES);
    return {
      code: "tls-policy-not-allowed",
      actual:
        shown === undefined
          ? `The ${listenerName} uses a TLS policy that is not allowed: \`sslPolicy\` is not one of the allowed policies`
          : `The ${listenerName} uses a TLS policy that is not allowed: \`sslPolicy\` is ${shown}, which is not one of the allowed policies`,
      fix: "Set `sslPolicy` to one of the rule's `allowedSslPolicies`.",
    };
  }
  const floor = tlsFloorOf(sslPolicy);
  if (floor !== undefined && floor >= 12) return undefined;
  if (floor === undefined) {
    // Not a name this rule can read (a policy newer than it): ask, without blocking.
    return {
      code: "tls-floor-unreadable",
      actual: `The ${listenerName}'s TLS floor cannot be read: \`sslPolicy\` is not a predefined ELB policy name this rule recognises`,
      fix: FIX_POLICY,
      advisory: true,
    };
  }
  const shown = shownValue(sslPolicy, KNOWN_POLICIES);
  return {
    code: "tls-below-1-2",
    actual: `The ${listenerName} accepts outdated TLS: \`sslPolicy\` ${shown === undefined ? "names a policy" : `is ${shown},`} which accepts TLS 1.${floor - 10}`,
    fix: FIX_POLICY,
  };
}

export default defineStackRule<Config>({
  name: "aws-lb-listener-require-tls",
  displayName: "Load balancer listeners use TLS 1.2 or later",
  description:
    "Every load balancer listener uses HTTPS or TLS with an `sslPolicy` whose TLS floor is 1.2 or later, or is an HTTP listener whose default action redirects to HTTPS; Gateway Load Balancer and pass-through listeners are not judged.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AWS.lbListener, AWS.albListener, AWS.lbLoadBalancer, AWS.albLoadBalancer],
  remediation:
    'Set `protocol: "HTTPS"`, a `certificateArn` and `sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"` on the listener, or make its default action `{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }`.',
  why: "clients can reach the service over plain HTTP or outdated TLS that an attacker on the path can read or downgrade",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], iso27001: ["A.8.24"], securityHub: ["ELB.1"] },
  problems: {
    "plain-http": "the listener serves plain HTTP (`protocol` HTTP or unset) and does not redirect to HTTPS",
    "default-tls-policy": "`sslPolicy` is not set, so the default ELBSecurityPolicy-2016-08 accepts TLS 1.0",
    "tls-policy-not-allowed": "`sslPolicy` is not one of the rule's `allowedSslPolicies`",
    "tls-floor-unreadable": "`sslPolicy` is not a predefined ELB policy name whose TLS floor the rule can read",
    "tls-below-1-2": "`sslPolicy` accepts TLS 1.0 or 1.1",
  },
  options: {
    allowedSslPolicies: {
      type: "array",
      description:
        "The `sslPolicy` values HTTPS and TLS listeners may use. Empty (the default): any predefined policy whose name shows a TLS 1.2 or later floor.",
      items: { type: "string" },
      default: [],
    },
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    let passThroughs = 0;
    let passThrough: string | undefined;
    const listeners = index.ofType([AWS.lbListener, AWS.albListener]);
    // Each listener on its own: one whose settings are unknown at preview is undecided (and counts
    // as judged), and the others are still judged.
    const violations = judgeEach(listeners, (listener): StackViolation[] | undefined => {
      const loadBalancer = index.referenced(listener, "loadBalancerArn", [AWS.lbLoadBalancer, AWS.albLoadBalancer]);
      const problem = listenerProblem(listener, loadBalancer, ctx.config.allowedSslPolicies);
      if (problem !== undefined && "passThrough" in problem) {
        passThroughs++;
        passThrough ??= problem.passThrough;
        return undefined;
      }
      return problem === undefined ? undefined : [{ resource: listener, ...problem }];
    });
    // Only pass-through listeners: say why none was judged.
    if (passThroughs === listeners.length && passThrough !== undefined) return notApplicable(passThrough);
    return violations;
  },
});
