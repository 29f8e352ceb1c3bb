import type { StorageAccountArgs } from "@pulumi/azure-native/storage";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type StorageAccount = Pick<StorageAccountArgs, "publicNetworkAccess" | "networkRuleSet">;

export default defineRule({
  name: "azure-storage-account-disallow-public-network-access",
  displayName: "Storage accounts are not open to every network",
  description:
    'Every storage account sets `publicNetworkAccess` to "Disabled" (or "SecuredByPerimeter") or denies traffic by default with `networkRuleSet.defaultAction` "Deny".',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AZURE.storageAccount],
  remediation:
    'Set `publicNetworkAccess: "Disabled"` on the storage account and reach it through a private endpoint, or set `networkRuleSet: { defaultAction: "Deny", ipRules: [...], virtualNetworkRules: [...] }`.',
  why: "any network can reach the account's endpoints and only keys or tokens stand between them and the data",
  controls: {
    nist: ["SC-7"],
    pciDss: ["1.3.1"],
    iso27001: ["A.8.20"],
    cis: ["Azure 3.0 4.6", "Azure 3.0 4.7"],
    mcsb: ["NS-2"],
    azurePolicy: ["b2982f36-99f2-4db5-8eff-283140c09693", "34c877ad-507e-4c82-993e-3452a6e0ad3c"],
  },
  problems: { "public-network-access": "the storage account accepts traffic from any network" },
  check(account) {
    const { publicNetworkAccess, networkRuleSet } = account.props as StorageAccount;
    // SDK enum storage.PublicNetworkAccess: Enabled, Disabled, SecuredByPerimeter ("let Network
    // Security Perimeter configuration evaluate public network access"). Unset is Enabled
    // (learn.microsoft.com/azure/storage/common/storage-network-security).
    const access = typeof publicNetworkAccess === "string" ? publicNetworkAccess.toLowerCase() : undefined;
    if (access === "disabled" || access === "securedbyperimeter") return pass;
    // SDK enum storage.DefaultAction: Allow, Deny ("the default action of allow or deny when no other
    // rules match"); an account without a rule set allows every network (same page).
    const defaultAction = isRecord(networkRuleSet) ? networkRuleSet["defaultAction"] : undefined;
    if (typeof defaultAction === "string" && defaultAction.toLowerCase() === "deny") return pass;
    const accessClause =
      publicNetworkAccess === undefined
        ? "`publicNetworkAccess` is not set (Azure enables it)"
        : `\`publicNetworkAccess\` ${valueClause(publicNetworkAccess, ["Enabled", "Disabled", "SecuredByPerimeter"], "access setting")}`;
    const actionClause =
      defaultAction === undefined
        ? "`networkRuleSet.defaultAction` is not set (Azure allows by default)"
        : `\`networkRuleSet.defaultAction\` ${valueClause(defaultAction, ["Allow", "Deny"], "network action")}`;
    return fail(`The storage account accepts traffic from any network: ${accessClause} and ${actionClause}`, {
      code: "public-network-access",
    });
  },
});
