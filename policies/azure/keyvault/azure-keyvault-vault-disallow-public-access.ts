import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vault = Pick<VaultArgs, "properties">;

export default defineRule({
  name: "azure-keyvault-vault-disallow-public-access",
  displayName: "Key vaults are not open to the public internet",
  description:
    'Every key vault sets `properties.publicNetworkAccess` to "Disabled" or denies traffic by default with `properties.networkAcls.defaultAction` "Deny".',
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.keyVault],
  remediation:
    'Set `properties.publicNetworkAccess: "Disabled"` on the key vault (reach it through a private endpoint), or set `properties.networkAcls: { defaultAction: "Deny", ipRules: [...], virtualNetworkRules: [...] }`.',
  why: "any network can reach the vault's keys and secrets and only credentials stand between them and an attacker",
  controls: { nist: ["SC-12"], pciDss: ["3.6"], mcsb: ["NS-2", "DP-8"], azurePolicy: ["55615ac9-af46-4a59-874e-391cc3dfb490"] },
  problems: { "public-network-access": "the vault accepts traffic from any network" },
  check(vault) {
    const { properties } = vault.props as Vault;
    if (!isRecord(properties)) {
      return fail("The vault accepts traffic from any network: `properties.publicNetworkAccess` and `properties.networkAcls` are not set", {
        code: "public-network-access",
      });
    }
    // Azure accepts public traffic unless `publicNetworkAccess` is "disabled" or the firewall's
    // `networkAcls.defaultAction` is Deny (learn.microsoft.com/azure/key-vault/general/network-security).
    const publicNetworkAccess = properties["publicNetworkAccess"];
    if (typeof publicNetworkAccess === "string" && publicNetworkAccess.toLowerCase() === "disabled") return pass;
    const networkAcls = properties["networkAcls"];
    const defaultAction = isRecord(networkAcls) ? networkAcls["defaultAction"] : undefined;
    if (typeof defaultAction === "string" && defaultAction.toLowerCase() === "deny") return pass;
    const access =
      publicNetworkAccess === undefined
        ? "`properties.publicNetworkAccess` is not set (Azure enables it)"
        : `\`properties.publicNetworkAccess\` ${valueClause(publicNetworkAccess, ["Enabled", "Disabled"], "access setting")}`;
    const acls =
      defaultAction === undefined
        ? "`properties.networkAcls.defaultAction` is not set (Azure allows by default)"
        : `\`properties.networkAcls.defaultAction\` ${valueClause(defaultAction, ["Allow", "Deny"], "network action")}`;
    return fail(`The vault accepts traffic from any network: ${access} and ${acls}`, { code: "public-network-access" });
  },
});
