import type { DatabaseAccountArgs } from "@pulumi/azure-native/cosmosdb";
import { valueClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Account = Pick<DatabaseAccountArgs, "publicNetworkAccess" | "isVirtualNetworkFilterEnabled" | "ipRules">;

export default defineRule({
  name: "azure-cosmosdb-account-disallow-public-network-access",
  displayName: "Cosmos DB accounts are not open to every network",
  description:
    'Every Cosmos DB account sets `publicNetworkAccess` to "Disabled" (or "SecuredByPerimeter"), or limits its public endpoint with `ipRules` or `isVirtualNetworkFilterEnabled: true`.',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AZURE.cosmosDbAccount],
  remediation:
    'Set `publicNetworkAccess: "Disabled"` on the account and reach it through a private endpoint, or list the allowed clients in `ipRules` or set `isVirtualNetworkFilterEnabled: true` with `virtualNetworkRules`.',
  why: "any network can reach the account's endpoint and only keys or tokens stand between them and the data",
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["Azure 3.0 5.4.1"],
    mcsb: ["NS-2"],
    azurePolicy: ["797b37f7-06b8-444c-b1ad-fc62867f335a"],
  },
  problems: { "public-network-access": "the account accepts traffic from any network" },
  check(account) {
    const { publicNetworkAccess, isVirtualNetworkFilterEnabled, ipRules } = account.props as Account;
    // SDK enum cosmosdb.PublicNetworkAccess: Enabled, Disabled, SecuredByPerimeter. An account
    // without IP or virtual-network rules is reachable from the internet with a valid key
    // (learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall).
    const access = typeof publicNetworkAccess === "string" ? publicNetworkAccess.toLowerCase() : undefined;
    if (access === "disabled" || access === "securedbyperimeter") return pass;
    if (isVirtualNetworkFilterEnabled === true) return pass;
    if (Array.isArray(ipRules) && ipRules.length > 0) return pass;
    const accessClause =
      publicNetworkAccess === undefined
        ? "`publicNetworkAccess` is not set (Azure enables it)"
        : `\`publicNetworkAccess\` ${valueClause(publicNetworkAccess, ["Enabled", "Disabled", "SecuredByPerimeter"], "access setting")}`;
    return fail(`The account accepts traffic from any network: ${accessClause}, with no \`ipRules\` and no virtual network filter`, {
      code: "public-network-access",
    });
  },
});
