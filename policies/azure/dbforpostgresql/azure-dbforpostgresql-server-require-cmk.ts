import type { ServerArgs } from "@pulumi/azure-native/dbforpostgresql";
import { cmkFail, cmkNotRequired, customerManagedKeyRequired } from "../../core/classification";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Server = Pick<ServerArgs, "dataEncryption">;

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineRule<Options>({
  name: "azure-dbforpostgresql-server-require-cmk",
  displayName: "PostgreSQL flexible servers encrypt with a customer-managed key",
  description: 'Every PostgreSQL flexible server sets `dataEncryption.type` to "AzureKeyVault" with a customer-managed key.',
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.postgresServer],
  remediation:
    'Set `dataEncryption: { type: "AzureKeyVault", primaryKeyURI, primaryUserAssignedIdentityId }` on the server (only possible when it is created).',
  why: "the keys that protect the data stay under Microsoft's control and cannot be revoked or audited by you",
  controls: { nist: ["SC-12", "SC-28"], mcsb: ["DP-5"] },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
  },
  check(server, ctx) {
    const required = customerManagedKeyRequired(server, ctx);
    if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's options do not require a customer-managed key"));
    const { dataEncryption } = server.props as Server;
    const type = isRecord(dataEncryption) ? dataEncryption["type"] : undefined;
    if (type === "AzureKeyVault") return pass;
    return cmkFail(
      required,
      type === undefined
        ? "The server uses Microsoft-managed keys: `dataEncryption.type` is not set, and Azure then uses SystemAssigned"
        : `The server uses Microsoft-managed keys: \`dataEncryption.type\` is ${JSON.stringify(String(type))}`,
    );
  },
});
