/**
 * Network exposure read across AWS's shapes: security group ingress (inline `ingress[]`, the
 * `ec2.SecurityGroupRule` and `vpc.SecurityGroupIngressRule` resources), network ACL entries,
 * public principals in resource policies and the "public tier" tag that marks a deliberate
 * internet-facing resource. Each reader reads the source first and the ports only when the source
 * is the internet, so an unknown port behind a private source never stops a preview.
 */
import { globMatches } from "../../core/glob";
import { isAnywhereCidr, type PortRange, portsCovered, portsText } from "../../core/network";
import { isPublicTier, type PublicTierConfig } from "../../core/public-tier";
import { isRecord, type ResourceView } from "../../core/resource";
import type { OptionSchema, Violation } from "../../core/rule";

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
 * Condition keys that narrow an Allow to everyone down to known callers: a network (VPC, endpoint,
 * address range), an organisation or account, or the resource a service acts for. These are the
 * keys AWS itself treats as making a resource policy non-public (S3 user guide, "The meaning of
 * public"; IAM global condition context keys). Other conditions (`aws:SecureTransport`, a header)
 * leave the grant open to anyone who meets them.
 */
const NARROWING_KEYS = new Set(
  [
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceIp",
    "aws:VpcSourceIp",
    "aws:SourceArn",
    "aws:SourceAccount",
    "aws:SourceOwner",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:PrincipalServiceName",
    "aws:userid",
    "aws:username",
    "s3:DataAccessPointArn",
    "s3:DataAccessPointAccount",
  ].map((key) => key.toLowerCase()),
);

/** Whether a `Condition` block tests one of the narrowing keys (operator and key names ignore case, as IAM does). */
function narrowsCallers(condition: unknown): boolean {
  if (!isRecord(condition)) return false;
  return Object.values(condition).some((keys) => isRecord(keys) && Object.keys(keys).some((key) => NARROWING_KEYS.has(key.toLowerCase())));
}

/**
 * An Allow statement to everyone (`Principal: "*"`, `{ AWS: "*" }`, or any `NotPrincipal`) whose
 * `Condition`, if any, names no caller, network, organisation or source: the policy grants the public.
 */
export function allowsPublicUnconditioned(statement: Record<string, unknown>): boolean {
  if (statement["Effect"] !== "Allow") return false;
  if (!namesEveryone(statement) && statement["NotPrincipal"] === undefined) return false;
  return !narrowsCallers(statement["Condition"]);
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

/** The option that lets deliberately public buckets (a static website) keep public access. */
export const ALLOWED_PUBLIC_BUCKETS_OPTION: OptionSchema = {
  type: "array",
  description:
    "Buckets that are public on purpose (a static website): globs (`*` wildcard) matched against the bucket name (`bucket`) and the Pulumi resource name of the bucket, its ACL, policy or public access block.",
  default: [],
  items: { type: "string" },
  uniqueItems: true,
};

/**
 * Whether an S3 bucket, or a BucketAcl / BucketPolicy / BucketPublicAccessBlock (whose `bucket`
 * is the bucket's name), is allow-listed. The resource name is tried first, so an allow-listed
 * resource whose `bucket` is computed still decides at preview.
 */
export function isAllowedBucket(resource: ResourceView, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  if (patterns.some((pattern) => globMatches(pattern, resource.name))) return true;
  const bucket = resource.props["bucket"];
  return typeof bucket === "string" && patterns.some((pattern) => globMatches(pattern, bucket));
}

/** The option that lets deliberately public Lambda functions (a webhook) keep anonymous access. */
export const ALLOWED_PUBLIC_FUNCTIONS_OPTION: OptionSchema = {
  type: "array",
  description:
    "Lambda functions that are public on purpose (a webhook): globs (`*` wildcard) matched against the Pulumi resource name of the function URL or permission, and its function name or ARN (`functionName`, `function`).",
  default: [],
  items: { type: "string" },
  uniqueItems: true,
};

/** Whether a FunctionUrl or Permission is allow-listed; the resource name is tried first, as for buckets. */
export function isAllowedFunction(resource: ResourceView, property: "functionName" | "function", patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  if (patterns.some((pattern) => globMatches(pattern, resource.name))) return true;
  const target = resource.props[property];
  return typeof target === "string" && patterns.some((pattern) => globMatches(pattern, target));
}

/**
 * The finding for a resource that asks for a public IP address (`path` as users write it; `who`
 * starts the sentence: "The instance gets"), unless
 * it carries the public-tier tag. The tag is read only when the address is asked for, so an
 * unknown tag on a private resource never stops a preview.
 */
export function publicIpViolations(resource: ResourceView, path: string, who: string, config: PublicTierConfig): readonly Violation[] {
  if (isPublicTier(resource, config)) return [];
  return [
    {
      code: "public-ip",
      subject: path,
      actual: `${who} a public IP address: \`${path}\` is true`,
      fix: `Set \`${path}\` to false and reach it through a load balancer, NAT gateway or SSM Session Manager, or tag it \`${config.publicTierTagKey}: ${config.publicTierTagValue}\` if it is a deliberate public tier.`,
    },
  ];
}
