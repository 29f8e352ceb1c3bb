/**
 * Network exposure read across AWS's shapes: security group ingress (inline `ingress[]`, the
 * `ec2.SecurityGroupRule` and `vpc.SecurityGroupIngressRule` resources), network ACL entries,
 * public principals in resource policies and the "public tier" tag that marks a deliberate
 * internet-facing resource. Each reader reads the source first and the ports only when the source
 * is the internet, so an unknown port behind a private source never stops a preview.
 */
import { isAnywhereCidr, type PortRange, portsCovered, portsText } from "../../core/network";
import { isRecord } from "../../core/resource";
import type { Violation } from "../../core/rule";

/** One ingress permission as the three shapes spell it. */
export interface Ingress {
  readonly protocol: unknown;
  readonly fromPort: () => unknown;
  readonly toPort: () => unknown;
  /** The CIDR blocks the traffic may come from (IPv4 and IPv6). */
  readonly cidrs: readonly unknown[];
}

/** What an internet-facing permission opens, or undefined when it opens nothing this duty cares about. */
export type Opening = { readonly kind: "all-traffic" } | { readonly kind: "admin-ports"; readonly ports: readonly number[] };

/** `-1` and `all` mean every protocol and every port (SDK: ec2.SecurityGroupRule `protocol`, vpc rule `ipProtocol`). */
function isAllProtocols(protocol: unknown): boolean {
  return protocol === "-1" || protocol === -1 || (typeof protocol === "string" && protocol.toLowerCase() === "all");
}

/** TCP and UDP carry the admin protocols (SSH 22/tcp, RDP 3389/tcp and udp); by name or IANA number. */
function carriesPorts(protocol: unknown): boolean {
  if (typeof protocol === "number") return protocol === 6 || protocol === 17;
  if (typeof protocol !== "string") return false;
  const text = protocol.toLowerCase();
  return text === "tcp" || text === "udp" || text === "6" || text === "17";
}

/** What `ingress` opens to 0.0.0.0/0 or ::/0 among `adminPorts`. */
export function openingOf(ingress: Ingress, adminPorts: readonly number[]): Opening | undefined {
  if (!ingress.cidrs.some(isAnywhereCidr)) return undefined;
  if (isAllProtocols(ingress.protocol)) return { kind: "all-traffic" };
  if (!carriesPorts(ingress.protocol)) return undefined;
  const from = ingress.fromPort();
  const to = ingress.toPort();
  // The API needs both ends for TCP and UDP; a rule without them is not created, so it opens nothing.
  if (typeof from !== "number" || typeof to !== "number") return undefined;
  const range: PortRange = { from, to };
  const ports = portsCovered(range, adminPorts);
  return ports.length === 0 ? undefined : { kind: "admin-ports", ports };
}

/** The clause a message says about an opening: "opens port 22 to 0.0.0.0/0 or ::/0". */
export function openingText(opening: Opening): string {
  return opening.kind === "all-traffic"
    ? "allows every protocol and port (`-1`) from anywhere (0.0.0.0/0 or ::/0)"
    : `opens ${portsText(opening.ports)} to anywhere (0.0.0.0/0 or ::/0)`;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Inline `ingress[]` of `ec2.SecurityGroup` and `ec2.DefaultSecurityGroup` (types/input.d.ts `SecurityGroupIngress`). */
export function inlineIngress(entry: unknown): Ingress | undefined {
  if (!isRecord(entry)) return undefined;
  return {
    protocol: entry["protocol"],
    fromPort: () => entry["fromPort"],
    toPort: () => entry["toPort"],
    cidrs: [...list(entry["cidrBlocks"]), ...list(entry["ipv6CidrBlocks"])],
  };
}

/** The admin-ports option every exposure rule shares (defined with the port logic, cloud-neutral). */
export { ADMIN_PORTS_OPTION } from "../../core/network";

/** The public-tier tag options and test, shared by both clouds. */
export { isPublicTier, PUBLIC_TIER_OPTIONS, type PublicTierConfig } from "../../core/public-tier";

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** `Principal: "*"` or `{ AWS: "*" }` (also inside a list): anyone, signed or not. */
export function namesEveryone(statement: Record<string, unknown>): boolean {
  const principal = statement["Principal"];
  if (principal === "*") return true;
  return isRecord(principal) && asList(principal["AWS"]).includes("*");
}

/**
 * An Allow statement to everyone with no Condition: the policy grants the public. A condition
 * (source VPC, IP, organisation, account) may narrow it, which a static check cannot judge.
 */
export function allowsPublicUnconditioned(statement: Record<string, unknown>): boolean {
  if (statement["Effect"] !== "Allow" || !namesEveryone(statement)) return false;
  const condition = statement["Condition"];
  return !isRecord(condition) || Object.keys(condition).length === 0;
}

/**
 * The `publiclyAccessible` flag of a database-like resource. `defaultPublic` is what the API does
 * when the flag is unset: false for RDS, Neptune and Redshift (SDK: "Default is `false`"); DMS's
 * SDK names no default and its API documents true, which a rule reports as advisory.
 */
export function publicAccessViolations(flag: unknown, noun: string, defaultPublic: boolean): readonly Violation[] {
  if (flag === true) {
    return [
      {
        code: "publicly-accessible",
        actual: `The ${noun} is reachable from the internet: \`publiclyAccessible\` is true`,
        fix: "Set `publiclyAccessible: false`.",
      },
    ];
  }
  if ((flag === undefined || flag === null) && defaultPublic) {
    return [
      {
        code: "public-by-default",
        actual: `\`publiclyAccessible\` is not set on the ${noun}, and the service gives it a public address unless told otherwise`,
        fix: "Set `publiclyAccessible: false`.",
        advisory: true,
      },
    ];
  }
  return [];
}
