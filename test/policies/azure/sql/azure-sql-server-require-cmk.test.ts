import rule from "../../../../policies/azure/sql/azure-sql-server-require-cmk";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";
import { deployedServer, deployedServerChild, otherServer, SERVER_ID, server, serverChild } from "./fixtures";

const KEY_ID = "https://kv-app.vault.azure.net/keys/sql/0123456789abcdef";
const protector = (props: Record<string, unknown> = {}) =>
  serverChild(AZURE.sqlEncryptionProtector, "sql-protector", {
    encryptionProtectorName: "current",
    serverKeyType: "AzureKeyVault",
    serverKeyName: "kv-app_sql_0123456789abcdef",
    ...props,
  });
/** Deployed outputs carry no `resourceGroupName`/`serverName`; the id nests under the server's. */
const deployedProtector = (props: Record<string, unknown> = {}) =>
  resource(
    AZURE.sqlEncryptionProtector,
    "sql-protector",
    { name: "current", kind: "azurekeyvault", serverKeyType: "AzureKeyVault", ...props },
    { id: `${SERVER_ID}/encryptionProtector/current` },
  );

const cases: RuleCases = {
  compliant: [
    { title: "server with keyId", resources: [server({ keyId: KEY_ID })] },
    { title: "server with an AzureKeyVault protector (preview)", resources: [server(), protector()] },
    { title: "deployed server with an AzureKeyVault protector", resources: [deployedServer(), deployedProtector()] },
    { title: "deployed server with keyId", resources: [deployedServer({ keyId: KEY_ID })] },
  ],
  violating: [
    {
      title: "server whose protector has a secret serverKeyType that is no key type",
      resources: [server(), protector({ serverKeyType: canary("AzureKeyVault") })],
      codes: ["microsoft-managed-protector"],
    },
    { title: "server without keyId or protector", resources: [server()], codes: ["microsoft-managed-protector"] },
    {
      title: "server without keyId or protector, an explicit failure next to a server whose keyId is computed",
      resources: [server(), otherServer({ keyId: UNKNOWN.string })],
      codes: ["microsoft-managed-protector"],
      undecided: ["sql2"],
    },
    {
      title: "server with a ServiceManaged protector",
      resources: [server(), protector({ serverKeyType: "ServiceManaged", serverKeyName: "ServiceManaged" })],
      codes: ["microsoft-managed-protector"],
    },
    {
      title: "deployed server with a ServiceManaged protector",
      resources: [deployedServer(), deployedProtector({ serverKeyType: "ServiceManaged" })],
      codes: ["microsoft-managed-protector"],
    },
    {
      title: "deployed server whose protector belongs to another server",
      resources: [
        deployedServer(),
        deployedServerChild(
          AZURE.sqlEncryptionProtector,
          "encryptionProtector/current",
          { serverKeyType: "AzureKeyVault" },
          SERVER_ID.replace("sql-app", "sql-other"),
        ),
      ],
      codes: ["microsoft-managed-protector"],
    },
  ],
  notApplicable: [
    { title: "stack without SQL servers", resources: [protector()], reason: "The stack has no SQL server" },
    {
      title: "server when customer-managed keys are not required",
      resources: [server()],
      config: { requireCustomerManagedKey: false },
      reason: "The rule's options do not require a customer-managed key",
    },
  ],
  unknown: [
    { title: "protector key type computed", resources: [server(), protector({ serverKeyType: UNKNOWN.string })], undecided: ["sql"] },
    { title: "server keyId computed", resources: [server({ keyId: UNKNOWN.string })], undecided: ["sql"] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "server with no keyId and no EncryptionProtector",
  resources: (tags) => [server({ tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["microsoft-managed-protector"],
    restricted: ["microsoft-managed-protector"],
  },
});
