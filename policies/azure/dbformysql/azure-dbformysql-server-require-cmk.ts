import { defineRule } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { flexibleServerCmkCheck } from "../support/arm-ids";

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineRule<Options>({
  name: "azure-dbformysql-server-require-cmk",
  displayName: "MySQL flexible servers encrypt with a customer-managed key",
  description: 'Every MySQL flexible server sets `dataEncryption.type` to "AzureKeyVault" with a customer-managed key.',
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.mysqlServer],
  remediation:
    'Set `dataEncryption: { type: "AzureKeyVault", primaryKeyURI, primaryUserAssignedIdentityId }` on the server (only possible when it is created).',
  why: "the keys that protect the data stay under Microsoft's control and cannot be revoked or audited by you",
  controls: { nist: ["SC-12", "SC-28"], mcsb: ["DP-5"] },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
  },
  check(server, ctx) {
    return flexibleServerCmkCheck(server, ctx, "SystemManaged");
  },
});
