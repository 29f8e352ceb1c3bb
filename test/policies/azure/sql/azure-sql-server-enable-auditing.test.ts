import rule from "../../../../policies/azure/sql/azure-sql-server-enable-auditing";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, UNKNOWN } from "../../../support/rules";
import { deployedServer, deployedServerChild, SERVER_ID, server, serverChild } from "./fixtures";

const policy = (props: Record<string, unknown>) =>
  serverChild(AZURE.sqlServerBlobAuditingPolicy, "sql-audit", { state: "Enabled", isAzureMonitorTargetEnabled: true, ...props });
const deployedPolicy = (props: Record<string, unknown>) =>
  deployedServerChild(AZURE.sqlServerBlobAuditingPolicy, "auditingSettings/default", {
    state: "Enabled",
    storageEndpoint: "https://staudit.blob.core.windows.net",
    retentionDays: 90,
    ...props,
  });

const cases: RuleCases = {
  compliant: [
    { title: "auditing to Azure Monitor (preview)", resources: [server(), policy({})] },
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
      title: "auditing policy with a secret state that is no auditing state",
      resources: [server(), policy({ state: canary("Enabled") })],
      problems: ["The server is not audited: its ServerBlobAuditingPolicy has a `state` that is not a recognised auditing state"],
    },
    {
      title: "server without an auditing policy",
      resources: [server()],
      problems: ["The server is not audited: no ServerBlobAuditingPolicy refers to it"],
    },
    {
      title: "auditing policy with state=Disabled",
      resources: [server(), policy({ state: "Disabled" })],
      problems: ['The server is not audited: its ServerBlobAuditingPolicy has `state` "Disabled"'],
    },
    {
      title: "deployed policy keeping logs 30 days",
      resources: [deployedServer(), deployedPolicy({ retentionDays: 30 })],
      problems: ["The server keeps audit logs for 30 days: `retentionDays` is 30, below the required 90"],
    },
    {
      title: "deployed policy for a differently named server",
      resources: [
        deployedServer(),
        { ...deployedPolicy({ serverName: "sql-other" }), id: `${SERVER_ID.replace("sql-app", "sql-other")}/auditingSettings/default` },
      ],
      problems: ["The server is not audited: no ServerBlobAuditingPolicy refers to it"],
    },
  ],
  notApplicable: [{ title: "stack without SQL servers", resources: [policy({})], reason: "The stack has no SQL server" }],
  unknown: [
    { title: "auditing state computed", resources: [server(), policy({ state: UNKNOWN.string })] },
    { title: "retention computed", resources: [server(), policy({ isAzureMonitorTargetEnabled: false, retentionDays: UNKNOWN.number })] },
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
    confidential: ["The server keeps audit logs for 90 days: `retentionDays` is 90, below the 365 days confidential data requires"],
    restricted: ["The server keeps audit logs for 90 days: `retentionDays` is 90, below the 365 days restricted data requires"],
  },
});
