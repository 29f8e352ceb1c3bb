import type { EncryptionProtectorArgs, ServerArgs } from "@pulumi/azure-native/sql";
import { cmkReason, customerManagedKeyRequired } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { ChildIndex } from "../support/child-index";

type Server = Pick<ServerArgs, "keyId">;
type Protector = Pick<EncryptionProtectorArgs, "serverKeyType">;

function keyTypeClause(serverKeyType: unknown): string {
  const shown = shownValue(serverKeyType, ["ServiceManaged", "AzureKeyVault"]);
  return shown === undefined ? "a `serverKeyType` that is not a recognised key type" : `\`serverKeyType\` ${shown}`;
}

interface Options {
  requireCustomerManagedKey: boolean;
}

export default defineStackRule<Options>({
  name: "azure-sql-server-require-cmk",
  displayName: "SQL servers protect TDE with a customer-managed key",
  description: 'Every Azure SQL server sets `keyId` to a Key Vault key or has an EncryptionProtector with `serverKeyType` "AzureKeyVault".',
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.sqlServer, AZURE.sqlEncryptionProtector],
  problems: {
    "microsoft-managed-protector": "The server's TDE protector is Microsoft-managed where a customer-managed key is required.",
  },
  remediation:
    'Set `keyId` on the server to a Key Vault key id (with a server identity allowed to use it), or add an `azure-native.sql.EncryptionProtector` with `serverKeyType: "AzureKeyVault"` and `serverKeyName`.',
  why: "the keys that protect the data stay under Microsoft's control and cannot be revoked or audited by you",
  controls: { nist: ["SC-12", "SC-28"], pciDss: ["3.5.1"], mcsb: ["DP-5"], azurePolicy: ["0a370ff3-6cab-4e85-8995-295fd854c5b8"] },
  options: {
    requireCustomerManagedKey: { type: "boolean", description: "Require a customer-managed key.", default: true },
  },
  checkStack(resources, ctx) {
    // With classification levels in the map, each server's level decides (below); else the option does.
    if (ctx.map.classification === undefined && !ctx.config.requireCustomerManagedKey) {
      return notApplicable("The rule's options do not require a customer-managed key");
    }
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.sqlServer]);
    if (servers.length === 0) return notApplicable("The stack has no SQL server");
    const protectors = new ChildIndex(index, [AZURE.sqlServer], [{ property: "serverName", attribute: "serverName" }]);
    // Each server on its own: one whose key, protector or protector's server reference is unknown
    // at preview is undecided, and the others are still judged.
    return judgeEach(servers, (server): StackViolation[] | undefined => {
      const required = customerManagedKeyRequired(server, ctx);
      if (!required.value) return undefined;
      const protector = protectors.childrenOf(server, [AZURE.sqlEncryptionProtector])[0];
      const serverKeyType = protector ? (protector.props as Protector).serverKeyType : undefined;
      if (serverKeyType === "AzureKeyVault") return undefined;
      const { keyId } = server.props as Server;
      if (typeof keyId === "string" && keyId !== "") return undefined;
      const actual =
        protector === undefined
          ? "The server uses a Microsoft-managed TDE protector: `keyId` is not set and no EncryptionProtector refers to it"
          : serverKeyType === undefined
            ? "The server uses a Microsoft-managed TDE protector: `keyId` is not set and its EncryptionProtector does not set `serverKeyType`"
            : `The server uses a Microsoft-managed TDE protector: \`keyId\` is not set and its EncryptionProtector has ${keyTypeClause(serverKeyType)}`;
      return [{ resource: server, code: "microsoft-managed-protector", actual: `${actual}${cmkReason(required)}` }];
    });
  },
});
