import rule from "../../../../policies/azure/sql/azure-sql-server-enable-auditing";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, UNKNOWN, urnOf } from "../../../support/rules";
import { deployedServer, deployedServerChild, otherServer, otherServerChild, SERVER_ID, server, serverChild } from "./fixtures";

const policy = (props: Record<string, unknown>) =>
  serverChild(AZURE.sqlServerBlobAuditingPolicy, "sql-audit", { state: "Enabled", isAzureMonitorTargetEnabled: true, ...props });
const deployedPolicy = (props: Record<string, unknown>) =>
  deployedServerChild(AZURE.sqlServerBlobAuditingPolicy, "auditingSettings/default", {
    state: "Enabled",
    storageEndpoint: "https://staudit.blob.core.windows.net",
    retentionDays: 90,
    ...props,
  });

const auditEvents = [{ category: "SQLSecurityAuditEvents", enabled: true }];
const WORKSPACE = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law";
/** Preview: `resourceUri: pulumi.interpolate\`${server.id}/databases/master\``, so it depends on the server. */
const masterDiagnostics = (props: Record<string, unknown> = {}) =>
  resource(
    AZURE.monitorDiagnosticSetting,
    "sql-audit-diag",
    { resourceUri: "", logs: auditEvents, workspaceId: WORKSPACE, ...props },
    { propertyDependencies: { resourceUri: [urnOf(AZURE.sqlServer, "sql")] } },
  );
/** Deployed: no `resourceUri` in the outputs; the id nests under the master database. */
const deployedMasterDiagnostics = (props: Record<string, unknown> = {}, scope = `${SERVER_ID}/databases/master`) =>
  resource(
    AZURE.monitorDiagnosticSetting,
    "sql-audit-diag",
    { name: "audit", logs: auditEvents, workspaceId: WORKSPACE, ...props },
    { id: `${scope}/providers/Microsoft.Insights/diagnosticSettings/audit` },
  );
const deployedMonitorPolicy = () =>
  deployedServerChild(AZURE.sqlServerBlobAuditingPolicy, "auditingSettings/default", {
    state: "Enabled",
    isAzureMonitorTargetEnabled: true,
  });

const cases: RuleCases = {
  compliant: [
    { title: "auditing to Azure Monitor through the master database (preview)", resources: [server(), policy({}), masterDiagnostics()] },
    {
      title: "auditing to Azure Monitor through the master database (deployed)",
      resources: [deployedServer(), deployedMonitorPolicy(), deployedMasterDiagnostics()],
    },
    {
      title: "master-database setting with the audit category group",
      resources: [server(), policy({}), masterDiagnostics({ logs: [{ categoryGroup: "audit", enabled: true }] })],
    },
    {
      title: "auditing through an ExtendedServerBlobAuditingPolicy (deployed)",
      resources: [
        deployedServer(),
        deployedServerChild(AZURE.sqlExtendedServerBlobAuditingPolicy, "extendedAuditingSettings/default", {
          state: "Enabled",
          storageEndpoint: "https://staudit.blob.core.windows.net",
          retentionDays: 90,
        }),
      ],
    },
    {
      title: "Azure Monitor without a setting, but also storage kept 90 days",
      resources: [deployedServer(), deployedPolicy({ isAzureMonitorTargetEnabled: true })],
    },
    { title: "auditing to storage for 90 days (deployed)", resources: [deployedServer(), deployedPolicy({})] },
    { title: "auditing to storage forever (retentionDays=0)", resources: [deployedServer(), deployedPolicy({ retentionDays: 0 })] },
    {
      title: "30 days meets a 30-day option",
      resources: [deployedServer(), deployedPolicy({ retentionDays: 30 })],
      config: { minimumRetentionDays: 30 },
    },
  ],
  violating: [
    {
      title: "server without an auditing policy, an explicit failure next to a server whose auditing state is computed",
      resources: [server(), otherServer(), otherServerChild(AZURE.sqlServerBlobAuditingPolicy, "sql2-audit", { state: UNKNOWN.string })],
      codes: ["no-auditing-policy"],
      undecided: ["sql2"],
    },
    {
      title: "Azure Monitor target without a master-database diagnostic setting (preview)",
      resources: [server(), policy({})],
      codes: ["audit-events-dropped"],
    },
    {
      title: "Azure Monitor target whose deployed setting sits on a user database",
      resources: [deployedServer(), deployedMonitorPolicy(), deployedMasterDiagnostics({}, `${SERVER_ID}/databases/orders`)],
      codes: ["audit-events-dropped"],
    },
    {
      title: "Azure Monitor target whose setting leaves SQLSecurityAuditEvents disabled",
      resources: [server(), policy({}), masterDiagnostics({ logs: [{ category: "SQLSecurityAuditEvents", enabled: false }] })],
      codes: ["audit-events-dropped"],
    },
    {
      title: "auditing policy with a secret state that is no auditing state",
      resources: [server(), policy({ state: canary("Enabled") })],
      codes: ["auditing-disabled"],
    },
    {
      title: "server without an auditing policy",
      resources: [server()],
      codes: ["no-auditing-policy"],
    },
    {
      title: "auditing policy with state=Disabled",
      resources: [server(), policy({ state: "Disabled" })],
      codes: ["auditing-disabled"],
    },
    {
      title: "deployed policy keeping logs 30 days",
      resources: [deployedServer(), deployedPolicy({ retentionDays: 30 })],
      codes: ["retention-too-short"],
    },
    {
      title: "deployed policy for a differently named server",
      resources: [
        deployedServer(),
        deployedServerChild(
          AZURE.sqlServerBlobAuditingPolicy,
          "auditingSettings/default",
          { state: "Enabled", retentionDays: 90 },
          SERVER_ID.replace("sql-app", "sql-other"),
        ),
      ],
      codes: ["no-auditing-policy"],
    },
  ],
  notApplicable: [{ title: "stack without SQL servers", resources: [policy({})], reason: "The stack has no SQL server" }],
  unknown: [
    { title: "auditing state computed", resources: [server(), policy({ state: UNKNOWN.string })], undecided: ["sql"] },
    {
      title: "retention computed",
      resources: [server(), policy({ isAzureMonitorTargetEnabled: false, retentionDays: UNKNOWN.number })],
      undecided: ["sql"],
    },
    {
      title: "diagnostic logs computed",
      resources: [server(), policy({}), masterDiagnostics({ logs: UNKNOWN.array })],
      undecided: ["sql"],
    },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "server auditing to storage for 90 days",
  resources: (tags) => [server({ tags }), policy({ isAzureMonitorTargetEnabled: false, retentionDays: 90 })],
  expected: {
    public: [],
    internal: [],
    confidential: ["retention-too-short"],
    restricted: ["retention-too-short"],
  },
});
