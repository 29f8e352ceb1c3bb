import type { LoadBalancerArgs } from "@pulumi/aws/elb";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type LoadBalancer = Pick<LoadBalancerArgs, "listeners">;

const ENCRYPTED = new Set(["HTTPS", "SSL"]);
const PROTOCOLS = ["HTTP", "TCP", ...ENCRYPTED];

export default defineRule({
  name: "aws-elb-loadbalancer-require-tls",
  displayName: "Classic load balancers accept only HTTPS or SSL",
  description: "Every listener of a classic load balancer uses `lbProtocol` HTTPS or SSL.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AWS.elbLoadBalancer],
  remediation: 'Set `lbProtocol: "HTTPS"` (or `"SSL"`) and an `sslCertificateId` on every entry of the load balancer\'s `listeners`.',
  why: "clients reach the service over connections anyone on the path can read",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], iso27001: ["A.8.24"], securityHub: ["ELB.3"] },
  problems: { "listener-unencrypted": "a listener accepts unencrypted traffic (`lbProtocol` not HTTPS or SSL)" },
  check(lb) {
    const { listeners } = lb.props as LoadBalancer;
    const violations: Violation[] = [];
    if (!Array.isArray(listeners)) return violations;
    for (const listener of listeners) {
      if (!isRecord(listener)) continue;
      const { lbProtocol, lbPort } = listener;
      const proto = typeof lbProtocol === "string" ? lbProtocol.toUpperCase() : "";
      if (ENCRYPTED.has(proto)) continue;
      const port = typeof lbPort === "number" || typeof lbPort === "string" ? marked(String(lbPort)) : "?";
      // A port given as text is named only when it reads as a port number (text may be a secret).
      const portNumber =
        (typeof lbPort === "number" && Number.isInteger(lbPort)) || (typeof lbPort === "string" && /^\d{1,5}$/.test(lbPort));
      const which = portNumber ? `The listener on port ${port}` : "A listener";
      const protocol = lbProtocol === undefined ? "is not set" : valueClause(proto || lbProtocol, PROTOCOLS, "listener protocol");
      violations.push({
        code: "listener-unencrypted",
        subject: port,
        actual: `${which} accepts unencrypted traffic: \`lbProtocol\` ${protocol}`,
      });
    }
    return violations;
  },
});
