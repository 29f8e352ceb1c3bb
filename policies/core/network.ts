/**
 * Network ranges and ports as both clouds write them: CIDR blocks that mean "anywhere", port ranges
 * that cover a port. Cloud-neutral; AWS and Azure rules read their own shapes and call these.
 */
import type { OptionSchema } from "./rule";

/** IPv4 and IPv6 prefixes that match every address (AWS `0.0.0.0/0`, `::/0`). */
export function isAnywhereCidr(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim().toLowerCase();
  return text === "0.0.0.0/0" || text === "::/0" || text === "0::0/0" || text === "0:0:0:0:0:0:0:0/0";
}

/** A closed port range; `undefined` ends mean "every port". */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/** The ports of `range` among `ports`, in the order given. */
export function portsCovered(range: PortRange, ports: readonly number[]): number[] {
  return ports.filter((port) => range.from <= port && port <= range.to);
}

/**
 * Azure-style port text: `"22"`, `"20-23"` or `"*"`. Returns undefined for text that is neither
 * (never guessed as open or closed).
 */
export function parsePortText(value: unknown): PortRange | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return { from: value, to: value };
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "*") return ALL_PORTS;
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text);
  if (match === null) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  return from <= to ? { from, to } : undefined;
}

/** `port 22` or `ports 22 and 3389`. */
export function portsText(ports: readonly number[]): string {
  if (ports.length === 1) return `port ${ports[0]}`;
  return `ports ${ports.slice(0, -1).join(", ")} and ${ports[ports.length - 1]}`;
}

/** The admin-ports option every exposure rule shares, on both clouds. */
export const ADMIN_PORTS_OPTION: OptionSchema = {
  type: "array",
  description: "Ports that must never be open to the internet (SSH and RDP by default).",
  default: [22, 3389],
  items: { type: "integer", minimum: 0, maximum: 65535 },
  uniqueItems: true,
};

/** A dotted IPv4 address as a number (0 to 2^32 - 1); undefined for any other text (never guessed). */
export function parseIpv4(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value.trim());
  if (match === null) return undefined;
  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return undefined;
  return octets.reduce((sum, octet) => sum * 256 + octet, 0);
}

/** How many IPv4 addresses there are (2^32). */
export const IPV4_ADDRESSES = 2 ** 32;
