import type { DefaultNetworkAclArgs, NetworkAclArgs, NetworkAclRuleArgs } from "@pulumi/aws/ec2";
import { isAnywhereCidr } from "../../core/network";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ADMIN_PORTS_OPTION, type Ingress, type Opening, openingOf, openingText } from "../support/exposure";

type Acl = Pick<NetworkAclArgs, "ingress"> | Pick<DefaultNetworkAclArgs, "ingress">;
type AclRule = Pick<NetworkAclRuleArgs, "egress" | "ruleAction" | "protocol" | "fromPort" | "toPort" | "cidrBlock" | "ipv6CidrBlock">;

interface Config {
  readonly adminPorts: readonly number[];
}

const CODE: Record<Opening["kind"], string> = { "all-traffic": "all-traffic-allowed", "admin-ports": "admin-port-allowed" };

/** SDK: `action` / `ruleAction` accepts `allow` | `deny`. */
function allows(action: unknown): boolean {
  return typeof action === "string" && action.toLowerCase() === "allow";
}

function entryOf(protocol: unknown, fromPort: () => unknown, toPort: () => unknown, cidrs: unknown[]): Ingress {
  return { protocol, fromPort, toPort, cidrs };
}

function violation(opening: Opening, subject?: string): Violation {
  return {
    code: CODE[opening.kind],
    actual: `${subject === undefined ? "The network ACL rule" : `\`${subject}\``} ${openingText(opening).replace(/^opens/, "allows")}`,
    ...(subject === undefined ? {} : { subject }),
  };
}

export default defineRule<Config>({
  name: "aws-ec2-networkacl-disallow-open-admin-ports",
  displayName: "Network ACLs do not allow admin ports from the internet",
  description:
    "No network ACL inbound entry (inline `ingress[]` of a NetworkAcl or DefaultNetworkAcl, or a NetworkAclRule with `egress` false) allows 0.0.0.0/0 or ::/0 to an admin port (22 and 3389 by default) or to every protocol.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.ec2NetworkAcl, AWS.ec2DefaultNetworkAcl, AWS.ec2NetworkAclRule],
  remediation:
    "Add a lower-numbered `deny` entry for the admin ports from 0.0.0.0/0 and ::/0, or narrow the `allow` entry's CIDR to your own ranges.",
  why: "the subnet's outer filter lets internet traffic reach admin ports, leaving security groups as the only barrier",
  controls: { nist: ["SC-7"], pciDss: ["1.3.1"], iso27001: ["A.8.20"], cis: ["AWS 3.0 5.1", "AWS 4.0 5.2"], securityHub: ["EC2.21"] },
  options: { adminPorts: ADMIN_PORTS_OPTION },
  problems: {
    "admin-port-allowed": "an inbound entry allows an admin port from 0.0.0.0/0 or ::/0",
    "all-traffic-allowed": "an inbound entry allows every protocol from 0.0.0.0/0 or ::/0",
  },
  check(resource, ctx) {
    const ports = ctx.config.adminPorts;
    if (resource.type === AWS.ec2NetworkAclRule) {
      const props = resource.props as AclRule;
      // SDK: `egress` "Indicates whether this is an egress rule ... Default `false`".
      if (props.egress === true) return notApplicable("The network ACL rule is an egress rule");
      if (!allows(props.ruleAction)) return [];
      const opening = openingOf(
        entryOf(
          props.protocol,
          () => props.fromPort,
          () => props.toPort,
          [props.cidrBlock, props.ipv6CidrBlock],
        ),
        ports,
      );
      return opening ? [violation(opening)] : [];
    }
    const { ingress } = resource.props as Acl;
    if (!Array.isArray(ingress)) return [];
    const entries = (ingress as unknown[]).filter(isRecord);
    const out: Violation[] = [];
    ingress.forEach((entry: unknown, i: number) => {
      if (!isRecord(entry) || !allows(entry["action"])) return;
      // `-1` with from and to port 0 means all protocols (SDK: NetworkAclIngress `protocol`).
      const opening = openingOf(inlineEntry(entry), ports);
      const open = opening && unshadowed(opening, entry, entries, ports);
      if (open) out.push(violation(open, `ingress[${i}]`));
    });
    return out;
  },
});

function inlineEntry(entry: Record<string, unknown>): Ingress {
  return entryOf(
    entry["protocol"],
    () => entry["fromPort"],
    () => entry["toPort"],
    [entry["cidrBlock"], entry["ipv6CidrBlock"]],
  );
}

/**
 * What an allow entry still opens once the lower-numbered deny entries from the same "anywhere"
 * range are applied: the ACL evaluates entries in `ruleNo` order and the first match decides
 * (SDK: `ruleNo` "Used for ordering"). A deny shadows a port when it covers the same address family
 * and every protocol, or TCP/UDP as the allow does, over that port. Unknown rule numbers shadow nothing.
 */
function unshadowed(
  opening: Opening,
  allow: Record<string, unknown>,
  entries: readonly Record<string, unknown>[],
  ports: readonly number[],
): Opening | undefined {
  const rank = allow["ruleNo"];
  if (typeof rank !== "number") return opening;
  const families = anywhereFamilies(allow);
  const denies = entries.filter((entry) => {
    if (allows(entry["action"]) || !anywhereFamilies(entry).some((family) => families.includes(family))) return false;
    const number = entry["ruleNo"];
    return typeof number === "number" && number < rank;
  });
  if (denies.length === 0) return opening;
  const allowProtocol = protocolName(allow["protocol"]);
  const denied = (port: number) =>
    denies.some((deny) => {
      const protocol = protocolName(deny["protocol"]);
      if (protocol === "all") return true;
      if (allowProtocol !== "all" && protocol !== allowProtocol) return false;
      const from = deny["fromPort"];
      const to = deny["toPort"];
      return typeof from === "number" && typeof to === "number" && from <= port && port <= to;
    });
  if (opening.kind === "admin-ports") {
    const left = opening.ports.filter((port) => !denied(port));
    return left.length === 0 ? undefined : { kind: "admin-ports", ports: left };
  }
  if (denies.some((deny) => protocolName(deny["protocol"]) === "all")) return undefined;
  // Every protocol allowed: the admin ports stay open unless each is denied.
  return ports.every(denied) ? undefined : opening;
}

function anywhereFamilies(entry: Record<string, unknown>): ("ipv4" | "ipv6")[] {
  const out: ("ipv4" | "ipv6")[] = [];
  if (isAnywhereCidr(entry["cidrBlock"])) out.push("ipv4");
  if (isAnywhereCidr(entry["ipv6CidrBlock"])) out.push("ipv6");
  return out;
}

/** `-1`/`all`, `tcp`/`6`, `udp`/`17`, or the text as given. */
function protocolName(protocol: unknown): string {
  const text = String(protocol).toLowerCase();
  if (text === "-1" || text === "all") return "all";
  if (text === "6") return "tcp";
  if (text === "17") return "udp";
  return text;
}
