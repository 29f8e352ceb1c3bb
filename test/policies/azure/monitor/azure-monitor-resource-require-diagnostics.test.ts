import rule from "../../../../policies/azure/monitor/azure-monitor-resource-require-diagnostics";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const WORKSPACE = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law";
const VAULT_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app";
const ACCOUNT_ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stapp";
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
/** Deployed form: `resourceUri` is the target's id. */
const deployedSetting = (resourceUri: string, props: Record<string, unknown> = {}) =>
  resource(AZURE.monitorDiagnosticSetting, "diag", { resourceUri, logs: audit, workspaceId: WORKSPACE, ...props });
const NONE = "The resource has no diagnostic setting: no DiagnosticSetting's `resourceUri` refers to it";
const PARTIAL =
  "The resource's diagnostic settings send no audit logs: none enables the `audit` or `allLogs` category group (or every required category) with a destination";

describeRule(rule, {
  compliant: [
    { title: "vault with an audit diagnostic setting (preview)", resources: [vault(), setting(AZURE.keyVault, "kv")] },
    {
      title: "deployed vault matched by id",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { logs: [{ categoryGroup: "allLogs", enabled: true }] })],
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
    { title: "vault without a diagnostic setting", resources: [vault()], problems: [NONE] },
    {
      title: "deployed setting for another vault",
      resources: [vault({ id: VAULT_ID }), deployedSetting(`${VAULT_ID}-2`)],
      problems: [NONE],
    },
    {
      title: "setting with the audit group disabled",
      resources: [vault(), setting(AZURE.keyVault, "kv", { logs: [{ categoryGroup: "audit", enabled: false }] })],
      problems: [PARTIAL],
    },
    {
      title: "setting with no destination",
      resources: [vault(), setting(AZURE.keyVault, "kv", { workspaceId: undefined })],
      problems: [PARTIAL],
    },
    {
      title: "categories without requiredCategories",
      resources: [vault({ id: VAULT_ID }), deployedSetting(VAULT_ID, { logs: [{ category: "AuditEvent", enabled: true }] })],
      problems: [PARTIAL],
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
    { title: "logs computed", resources: [vault(), setting(AZURE.keyVault, "kv", { logs: UNKNOWN.array })] },
    { title: "resourceUri computed without dependencies", resources: [vault({ id: VAULT_ID }), deployedSetting(UNKNOWN.string)] },
  ],
});
