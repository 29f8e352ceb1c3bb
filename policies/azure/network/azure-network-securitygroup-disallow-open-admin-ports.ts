import type { NetworkSecurityGroupArgs, SecurityRuleArgs } from "@pulumi/azure-native/network";
import { ADMIN_PORTS_OPTION, ALL_PORTS, isAnywhereCidr, parsePortText, portsCovered, portsText } from "../../core/network";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Group = Pick<NetworkSecurityGroupArgs, "securityRules">;
type RuleProps = Pick<
  SecurityRuleArgs,
  "direction" | "access" | "protocol" | "sourceAddressPrefix" | "sourceAddressPrefixes" | "destinationPortRange" | "destinationPortRanges"
>;

interface Config {
  readonly adminPorts: readonly number[];
}

/** The fields of one security rule, read in the order that keeps an unknown behind a closed rule from stopping a preview. */
interface Entry {
  readonly get: (key: keyof RuleProps) => unknown;
}

function lower(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim().toLowerCase() : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

// SDK (SecurityRuleArgs.sourceAddressPrefix): "Asterisk '*' can also be used to match all source IPs.
// Default tags such as 'VirtualNetwork', 'AzureLoadBalancer' and 'Internet' can also be used." The
// portal writes "Any" as "*"; "Any" is accepted as the same. 0.0.0.0/0 and ::/0 are every address.
function isInternetSource(value: unknown): boolean {
  const text = lower(value);
  return text === "*" || text === "internet" || text === "any" || isAnywhereCidr(value);
}

// SDK enum SecurityRuleProtocol: Tcp, Udp, Icmp, Esp, Ah and "*" (every protocol). Only TCP and UDP
// carry ports (SSH 22/tcp, RDP 3389/tcp and udp); "*" includes them.
function carriesPorts(protocol: unknown): boolean {
  const text = lower(protocol);
  return text === "tcp" || text === "udp" || text === "*";
}

type Opening = { readonly kind: "all-ports" } | { readonly kind: "admin-ports"; readonly ports: readonly number[] };

/** What an inbound Allow rule opens to the internet, or undefined when it opens nothing this duty cares about. */
function openingOf(entry: Entry, adminPorts: readonly number[]): Opening | undefined {
  // SDK enums SecurityRuleDirection (Inbound, Outbound) and SecurityRuleAccess (Allow, Deny).
  if (lower(entry.get("direction")) !== "inbound" || lower(entry.get("access")) !== "allow") return undefined;
  if (!isInternetSource(entry.get("sourceAddressPrefix")) && !list(entry.get("sourceAddressPrefixes")).some(isInternetSource)) {
    return undefined;
  }
  if (!carriesPorts(entry.get("protocol"))) return undefined;
  // SDK: destinationPortRange is "Integer or range between 0 and 65535. Asterisk '*' can also be used
  // to match all ports"; destinationPortRanges lists more of them. Text that is neither is never guessed.
  const ranges = [entry.get("destinationPortRange"), ...list(entry.get("destinationPortRanges"))]
    .map(parsePortText)
    .filter((range) => range !== undefined);
  if (ranges.some((range) => range.from <= ALL_PORTS.from && range.to >= ALL_PORTS.to)) return { kind: "all-ports" };
  const ports = adminPorts.filter((port) => ranges.some((range) => portsCovered(range, [port]).length > 0));
  return ports.length === 0 ? undefined : { kind: "admin-ports", ports };
}

function violation(opening: Opening, subject?: string): Violation {
  const who = subject === undefined ? "The security rule" : `\`${subject}\``;
  return opening.kind === "all-ports"
    ? {
        code: "all-ports-open",
        actual: `${who} allows inbound traffic from the internet (\`*\`, \`Internet\` or a /0 prefix) to every port`,
        ...(subject === undefined ? {} : { subject }),
      }
    : {
        code: "admin-port-open",
        actual: `${who} allows inbound traffic from the internet (\`*\`, \`Internet\` or a /0 prefix) to ${portsText(opening.ports)}`,
        ...(subject === undefined ? {} : { subject }),
      };
}

export default defineRule<Config>({
  name: "azure-network-securitygroup-disallow-open-admin-ports",
  displayName: "Network security groups do not open admin ports or every port to the internet",
  description:
    "No inbound Allow security rule (inline `securityRules[]` of a network security group, or an `azure-native.network.SecurityRule`) from `*`, `Internet`, `Any`, 0.0.0.0/0 or ::/0 reaches an admin port (22 and 3389 by default) or every port over TCP, UDP or `*`.",
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AZURE.networkSecurityGroup, AZURE.networkSecurityRule],
  remediation:
    "Set the rule's `sourceAddressPrefix` (or `sourceAddressPrefixes`) to the address range of your VPN or jump host, or drop the rule and reach the machines through Azure Bastion or just-in-time VM access.",
  why: "anyone on the internet can try to log in to the machines or reach every service on them",
  controls: {
    nist: ["SC-7", "AC-17"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["Azure 3.0 7.1", "Azure 3.0 7.2"],
    mcsb: ["NS-1"],
    azurePolicy: ["22730e10-96f6-4aac-ad84-9383d35b5917"],
  },
  options: { adminPorts: ADMIN_PORTS_OPTION },
  problems: {
    "admin-port-open": "an inbound Allow rule opens an admin port to the internet",
    "all-ports-open": "an inbound Allow rule opens every port to the internet",
  },
  check(resource, ctx) {
    const ports = ctx.config.adminPorts;
    if (resource.type === AZURE.networkSecurityGroup) {
      const { securityRules } = resource.props as Group;
      if (!Array.isArray(securityRules) || securityRules.length === 0) return [];
      const out: Violation[] = [];
      securityRules.forEach((entry, i) => {
        if (!isRecord(entry)) return;
        const opening = openingOf({ get: (key) => entry[key] }, ports);
        if (opening) out.push(violation(opening, `securityRules[${i}]`));
      });
      return out;
    }
    const props = resource.props as RuleProps;
    if (lower(props.direction) !== "inbound") return notApplicable("The security rule is an outbound rule");
    if (lower(props.access) !== "allow") return notApplicable("The security rule denies traffic");
    const opening = openingOf({ get: (key) => props[key] }, ports);
    return opening ? [violation(opening)] : [];
  },
});
