import rule from "../../../../policies/azure/monitor/azure-monitor-resource-require-diagnostics";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";
import { SUBSCRIPTION_ID } from "../../../support/shapes";

const WORKSPACE = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law";
// Ids of resources the program creates are in the subscription their deployed form gets, so a
// literal id naming one still names it once deployed.
const VAULT_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app`;
const ACCOUNT_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stapp`;
const vault = (extra = {}) => resource(AZURE.keyVault, "kv", { resourceGroupName: "rg-app" }, extra);
const account = (extra = {}) => resource(AZURE.storageAccount, "data", { resourceGroupName: "rg-app" }, extra);
const audit = [{ categoryGroup: "audit", enabled: true }];
/** Preview form: `resourceUri` depends on the target. */
const setting = (target: string, targetName: string, props: Record<string, unknown> = {}) =>
  resource(
    AZURE.monitorDiagnosticSetting,
    `${targetName}-diag`,
    { resourceUri: "", logs: audit, workspaceId: WORKSPACE, ...props },
    { propertyDependencies: { resourceUri: [urnOf(target, targetName)] } },
  );
/** Preview form with a literal `resourceUri` (no dependency): the target's id written out. */
const literalSetting = (resourceUri: string, props: Record<string, unknown> = {}) =>
  resource(AZURE.monitorDiagnosticSetting, "diag", { resourceUri, logs: audit, workspaceId: WORKSPACE, ...props });
/**
 * Deployed form: outputs carry no `resourceUri` (a path parameter); the setting's id nests under
 * the resource it is attached to.
 */
const deployedSetting = (resourceUri: string, props: Record<string, unknown> = {}) =>
  resource(
    AZURE.monitorDiagnosticSetting,
    "diag",
    { name: "diag", logs: audit, workspaceId: WORKSPACE, ...props },
    { id: `${resourceUri}/providers/Microsoft.Insights/diagnosticSettings/diag` },
  );
const SERVER_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app";
const sqlServer = (extra = {}) => resource(AZURE.sqlServer, "sql", { resourceGroupName: "rg-app", serverName: "sql-app" }, extra);
const deployedSqlServer = () => resource(AZURE.sqlServer, "sql", { name: "sql-app" }, { id: SERVER_ID });
const ARCHIVE = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.Storage/storageAccounts/starchive";

/** One realistic resource of each remaining in-scope type, with the path parameters its Args require. */
const OTHER_TARGETS: readonly (readonly [string, string, Record<string, unknown>])[] = [
  [AZURE.sqlDatabase, "orders-db", { resourceGroupName: "rg-app", serverName: "sql-app", databaseName: "orders" }],
  [AZURE.aksManagedCluster, "aks", { resourceGroupName: "rg-app", resourceName: "aks-app", dnsPrefix: "aks-app" }],
  [
    AZURE.webApp,
    "web",
    {
      resourceGroupName: "rg-app",
      name: "web-app",
      serverFarmId: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-app/providers/Microsoft.Web/serverfarms/plan`,
    },
  ],
  [AZURE.postgresServer, "pg", { resourceGroupName: "rg-app", serverName: "pg-app", version: "16" }],
  [AZURE.mysqlServer, "mysql", { resourceGroupName: "rg-app", serverName: "mysql-app", version: "8.0.21" }],
  [
    AZURE.cosmosDbAccount,
    "cosmos",
    {
      resourceGroupName: "rg-app",
      accountName: "cosmos-app",
      databaseAccountOfferType: "Standard",
      locations: [{ locationName: "westeurope" }],
    },
  ],
  [AZURE.recoveryServicesVault, "rsv", { resourceGroupName: "rg-app", vaultName: "rsv-app", sku: { name: "Standard" } }],
];

describeRule(rule, {
  compliant: [
    ...OTHER_TARGETS.map(([type, name, props]) => ({
      title: `${type} with an audit diagnostic setting (preview)`,
      resources: [resource(type, name, props), setting(type, name)],
    })),
    { title: "vault with an audit diagnostic setting (preview)", resources: [vault(), setting(AZURE.keyVault, "kv")] },
    {
      title: "deployed vault matched by id",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { logs: [{ categoryGroup: "allLogs", enabled: true }] })],
    },
    {
      title: "deployed vault matched by the setting's id (outputs carry no resourceUri)",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID.toUpperCase())],
    },
    {
      title: "preview setting with a literal resourceUri naming a deployed vault",
      resources: [vault({ id: VAULT_ID }), literalSetting(VAULT_ID)],
    },
    {
      title: "preview setting whose literal resourceUri names a vault the program creates (no id yet)",
      resources: [resource(AZURE.keyVault, "kv", { resourceGroupName: "rg-app", vaultName: "kv-app" }), literalSetting(VAULT_ID)],
      undecided: ["kv"],
    },
    {
      title: "preview setting whose literal resourceUri names a new account's blob service",
      resources: [
        resource(AZURE.storageAccount, "data", { resourceGroupName: "rg-app", accountName: "stapp" }),
        literalSetting(`${ACCOUNT_ID}/blobServices/default`),
      ],
    },
    {
      // The SDK sends server-level diagnostics to the master database.
      title: "SQL server covered through its master database (preview)",
      resources: [sqlServer(), setting(AZURE.sqlServer, "sql", { resourceUri: "" })],
      config: { resourceTypes: [AZURE.sqlServer] },
    },
    {
      title: "deployed SQL server covered through its master database",
      resources: [deployedSqlServer(), deployedSetting(`${SERVER_ID}/databases/master`)],
      config: { resourceTypes: [AZURE.sqlServer] },
    },
    {
      title: "archive-only setting accepted when requireWorkspace=false",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { workspaceId: undefined, storageAccountId: ARCHIVE })],
      config: { requireWorkspace: false },
    },
    {
      title: "deployed storage account covered through its blob service",
      resources: [account({ id: ACCOUNT_ID }), deployedSetting(`${ACCOUNT_ID}/blobServices/default`)],
    },
    {
      title: "listed categories cover requiredCategories",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { logs: [{ category: "AuditEvent", enabled: true }] })],
      config: { requiredCategories: ["AuditEvent"] },
    },
    {
      title: "vault out of the configured scope",
      resources: [vault(), account({ id: ACCOUNT_ID }), deployedSetting(`${ACCOUNT_ID}/blobServices/default`)],
      config: { resourceTypes: [AZURE.storageAccount] },
    },
  ],
  violating: [
    {
      title: "vault without a diagnostic setting, an explicit failure next to an account whose setting's logs are computed",
      resources: [vault(), account(), setting(AZURE.storageAccount, "data", { logs: UNKNOWN.array })],
      codes: ["no-diagnostic-setting"],
      undecided: ["data"],
    },
    ...OTHER_TARGETS.map(([type, name, props]) => ({
      title: `${type} without a diagnostic setting`,
      resources: [resource(type, name, props)],
      codes: ["no-diagnostic-setting"],
    })),
    { title: "vault without a diagnostic setting", resources: [vault()], codes: ["no-diagnostic-setting"] },
    {
      title: "deployed setting for another vault",
      resources: [vault({ id: VAULT_ID }), deployedSetting(`${VAULT_ID}-2`)],
      codes: ["no-diagnostic-setting"],
    },
    {
      title: "literal resourceUri naming a vault of the same name in another resource group",
      resources: [resource(AZURE.keyVault, "kv", { resourceGroupName: "rg-other", vaultName: "kv-app" }), literalSetting(VAULT_ID)],
      codes: ["no-diagnostic-setting"],
    },
    {
      title: "literal resourceUri naming a storage account where the vault has that name",
      resources: [resource(AZURE.keyVault, "kv", { resourceGroupName: "rg-app", vaultName: "stapp" }), literalSetting(ACCOUNT_ID)],
      codes: ["no-diagnostic-setting"],
    },
    {
      title: "deployed setting on a user database does not cover its server",
      resources: [deployedSqlServer(), deployedSetting(`${SERVER_ID}/databases/orders`)],
      config: { resourceTypes: [AZURE.sqlServer] },
      codes: ["no-diagnostic-setting"],
    },
    {
      title: "setting that archives to storage only (deployed)",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { workspaceId: undefined, storageAccountId: ARCHIVE })],
      codes: ["audit-logs-not-to-workspace"],
    },
    {
      title: "setting that streams to an event hub only (preview)",
      resources: [
        vault(),
        setting(AZURE.keyVault, "kv", {
          workspaceId: undefined,
          eventHubAuthorizationRuleId: `${ARCHIVE}/authorizationRules/send`,
        }),
      ],
      codes: ["audit-logs-not-to-workspace"],
    },
    {
      title: "setting with the audit group disabled",
      resources: [vault(), setting(AZURE.keyVault, "kv", { logs: [{ categoryGroup: "audit", enabled: false }] })],
      codes: ["no-audit-logs"],
    },
    {
      title: "setting with no destination",
      resources: [vault(), setting(AZURE.keyVault, "kv", { workspaceId: undefined })],
      codes: ["no-audit-logs"],
    },
    {
      title: "categories without requiredCategories",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { logs: [{ category: "AuditEvent", enabled: true }] })],
      codes: ["no-audit-logs"],
    },
  ],
  notApplicable: [
    {
      title: "stack without in-scope resources",
      resources: [resource(AZURE.computeDisk, "disk")],
      reason: "The stack has no resource of a type that must send audit logs",
    },
  ],
  unknown: [
    { title: "logs computed", resources: [vault(), setting(AZURE.keyVault, "kv", { logs: UNKNOWN.array })], undecided: ["kv"] },
    {
      title: "resourceUri computed without dependencies",
      resources: [vault({ id: VAULT_ID }), literalSetting(UNKNOWN.string)],
      undecided: ["kv"],
    },
    {
      title: "literal resourceUri naming a vault whose resource group is computed",
      resources: [resource(AZURE.keyVault, "kv", { resourceGroupName: UNKNOWN.string, vaultName: "kv-app" }), literalSetting(VAULT_ID)],
    },
  ],
});
