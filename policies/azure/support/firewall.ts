/**
 * The server-level IP firewall rules of Azure SQL, PostgreSQL and MySQL flexible servers: all three
 * declare a `startIpAddress`–`endIpAddress` IPv4 range, and 0.0.0.0–0.0.0.0 is the "allow Azure
 * services" rule. Each rule file names its product, type token and the citation for that meaning.
 */
import { IPV4_ADDRESSES, parseIpv4 } from "../../core/network";
import { type Controls, defineRule, pass, type ResourceRule, type Violation } from "../../core/rule";

export interface FirewallFacts {
  readonly name: string;
  /** How messages name the database service: "Azure SQL", "PostgreSQL flexible". */
  readonly product: string;
  readonly type: string;
  readonly controls: Controls;
}

interface Range {
  readonly startIpAddress?: unknown;
  readonly endIpAddress?: unknown;
}

/** A range of at least half the IPv4 space is the internet at large, whatever its exact ends. */
const INTERNET_SIZE = IPV4_ADDRESSES / 2;

export function firewallRangeViolations(props: Range, product: string): readonly Violation[] {
  const start = parseIpv4(props.startIpAddress);
  const end = parseIpv4(props.endIpAddress);
  // Both ends must be IPv4 and end >= start (SDK doc comments); the service rejects anything else.
  if (start === undefined || end === undefined || end < start) return pass;
  if (start === 0 && end === 0) {
    return [
      {
        code: "azure-services-allowed",
        actual: `The rule's range 0.0.0.0–0.0.0.0 lets in every Azure-internal address, including other customers' Azure resources`,
        why: `any workload hosted in Azure, not only yours, can reach the ${product} server's login`,
        fix: "Delete the rule and reach the server from your own virtual networks (private endpoint or virtual network rule), or name your services' outbound addresses.",
        advisory: true,
      },
    ];
  }
  if (end - start + 1 < INTERNET_SIZE) return pass;
  const span =
    start === 0 && end === IPV4_ADDRESSES - 1 ? "every IPv4 address (0.0.0.0–255.255.255.255)" : "at least half of all IPv4 addresses";
  return [{ code: "internet-range", actual: `The rule's range from \`startIpAddress\` to \`endIpAddress\` lets in ${span}` }];
}

/** The rule for one database service: no firewall rule opens its servers to the internet. */
export function firewallRangeRule(facts: FirewallFacts): ResourceRule {
  return defineRule({
    name: facts.name,
    displayName: `${facts.product} firewall rules do not open the server to the internet`,
    description: `No ${facts.product} server firewall rule's \`startIpAddress\`–\`endIpAddress\` range spans half or more of the IPv4 space (such as 0.0.0.0–255.255.255.255); the 0.0.0.0–0.0.0.0 "allow Azure services" rule is reported as advisory.`,
    duty: "network-exposure",
    severity: "high",
    resourceTypes: [facts.type],
    remediation:
      "Set `startIpAddress` and `endIpAddress` to the addresses of your own clients (office, VPN or service egress IPs), or delete the rule and reach the server through a private endpoint.",
    why: "anyone on the internet can reach the database's login and try credentials against it",
    controls: facts.controls,
    problems: {
      "internet-range": "a firewall rule lets in half or more of the IPv4 internet",
      "azure-services-allowed": 'the 0.0.0.0–0.0.0.0 rule lets in every Azure-internal address ("allow Azure services")',
    },
    check(resource) {
      return firewallRangeViolations(resource.props as Range, facts.product);
    },
  });
}
