/**
 * The test table the SQL, PostgreSQL and MySQL firewall-rule rules share (their check lives once,
 * in policies/azure/support/firewall.ts). Each rule's test file calls it with its type token.
 */
import { canary, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

export function firewallCases(type: string): RuleCases {
  const rule = (startIpAddress: unknown, endIpAddress: unknown) =>
    resource(type, "office", { resourceGroupName: "rg", serverName: "orders", startIpAddress, endIpAddress });
  return {
    compliant: [
      { title: "rule for one office address", resources: [rule("203.0.113.10", "203.0.113.10")] },
      { title: "rule for a /8", resources: [rule("10.0.0.0", "10.255.255.255")] },
      { title: "rule just under half the IPv4 space", resources: [rule("0.0.0.0", "127.255.255.254")] },
      { title: "rule whose ends are secrets that are no IPv4 address", resources: [rule(canary(), canary())] },
    ],
    violating: [
      { title: "rule 0.0.0.0–255.255.255.255", resources: [rule("0.0.0.0", "255.255.255.255")], codes: ["internet-range"] },
      { title: "rule 1.0.0.0–255.255.255.254", resources: [rule("1.0.0.0", "255.255.255.254")], codes: ["internet-range"] },
      {
        title: "rule 0.0.0.0–0.0.0.0 (allow Azure services)",
        resources: [rule("0.0.0.0", "0.0.0.0")],
        codes: ["azure-services-allowed"],
        levels: ["advisory"],
      },
    ],
    notApplicable: [],
    unknown: [
      { title: "rule whose start address is computed", resources: [rule(UNKNOWN.string, "255.255.255.255")] },
      { title: "rule whose end address is computed", resources: [rule("0.0.0.0", UNKNOWN.string)] },
    ],
  };
}
