import type { ServerBlobAuditingPolicyArgs } from "@pulumi/azure-native/sql";
import { belowRequired, requirement } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { shownValue } from "../../core/message";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { IdIndex, ParentIndex } from "../support/arm-ids";
import { type DiagnosticSetting, diagnosticTarget, enablesLogs, sendsSomewhere } from "../support/diagnostics";

type AuditingPolicy = Pick<ServerBlobAuditingPolicyArgs, "state" | "retentionDays" | "isAzureMonitorTargetEnabled" | "storageEndpoint">;

/** The category groups that include SQLSecurityAuditEvents on a SQL database. */
const AUDIT_GROUPS: ReadonlySet<string> = new Set(["audit", "alllogs"]);
const AUDIT_CATEGORIES = ["SQLSecurityAuditEvents"];
/** Either resource sets a server's auditing (same `state`, `retentionDays`, `isAzureMonitorTargetEnabled`, `storageEndpoint`). */
const AUDITING_TYPES = [AZURE.sqlServerBlobAuditingPolicy, AZURE.sqlExtendedServerBlobAuditingPolicy];

function auditingState(state: unknown): string {
  const shown = shownValue(state, ["Enabled", "Disabled"]);
  return shown === undefined ? "a `state` that is not a recognised auditing state" : `\`state\` ${shown}`;
}

interface Options {
  minimumRetentionDays: number;
}

export default defineStackRule<Options>({
  name: "azure-sql-server-enable-auditing",
  displayName: "SQL servers audit to a destination that keeps logs long enough",
  description:
    "Every Azure SQL server has a ServerBlobAuditingPolicy with `state` Enabled that keeps logs at least the minimum days (0 = forever) or sends them to Azure Monitor through a diagnostic setting on the server's `master` database that collects SQLSecurityAuditEvents.",
  duty: "logging",
  severity: "medium",
  resourceTypes: [AZURE.sqlServer, ...AUDITING_TYPES, AZURE.monitorDiagnosticSetting],
  problems: {
    "no-auditing-policy": "No ServerBlobAuditingPolicy refers to the server.",
    "auditing-disabled": "The server's ServerBlobAuditingPolicy does not set `state` Enabled.",
    "audit-events-dropped": "Audit events go to Azure Monitor, but no diagnostic setting on the `master` database collects them.",
    "retention-too-short": "The server keeps audit logs fewer days than required.",
  },
  remediation:
    'Add an `azure-native.sql.ServerBlobAuditingPolicy` with `serverName` set to this server, `state: "Enabled"` and `isAzureMonitorTargetEnabled: true` plus a DiagnosticSetting with `resourceUri` set to the server id followed by `/databases/master` and `logs: [{ category: "SQLSecurityAuditEvents", enabled: true }]` (or `retentionDays: 90` or more with a storage endpoint).',
  why: "logins, queries and permission changes leave no trail to investigate",
  controls: {
    nist: ["AU-2", "AU-11"],
    pciDss: ["10.5.1"],
    mcsb: ["LT-3", "LT-6"],
    cis: ["Azure 3.0 5.1.1", "Azure 3.0 5.1.6"],
    azurePolicy: ["a6fb4358-5bf4-4ad7-ba82-2cd2f41ce5e9", "89099bee-89e0-4b26-a5f4-165451757743"],
  },
  options: {
    minimumRetentionDays: {
      type: "integer",
      description: "Minimum audit log retention in days (0 on the policy means forever).",
      default: 90,
      minimum: 1,
    },
  },
  checkStack(resources, ctx) {
    const { config } = ctx;
    const index = StackIndex.of(resources);
    const servers = index.ofType([AZURE.sqlServer]);
    if (servers.length === 0) return notApplicable("The stack has no SQL server");
    const parents = new ParentIndex(index, [AZURE.sqlServer], [{ property: "serverName", attribute: "serverName" }]);
    // SDK (isAzureMonitorTargetEnabled): audit events reach Azure Monitor only through a diagnostic
    // setting with the SQLSecurityAuditEvents category on the `master` database, for server-level audit.
    const diagnosticTargets = new IdIndex(index, [AZURE.sqlServer]);
    const monitored = (server: ResourceView): boolean =>
      index.ofType([AZURE.monitorDiagnosticSetting]).some((setting) => {
        if (diagnosticTarget(diagnosticTargets, setting) !== server) return false;
        const props = setting.props as DiagnosticSetting;
        return enablesLogs(props.logs, AUDIT_GROUPS, AUDIT_CATEGORIES) && sendsSomewhere(props);
      });
    // Each server on its own: one whose auditing policy, diagnostic settings or their server
    // reference is unknown at preview is undecided, and the others are still judged.
    return judgeEach(servers, (server): StackViolation[] | undefined => {
      const required = requirement(server, ctx, "minLogRetentionDays", config.minimumRetentionDays);
      const minimum = required.value;
      // The last policy of the server counts, as Azure keeps one per server.
      const policy = parents.childrenOf(server, AUDITING_TYPES).at(-1);
      if (policy === undefined) {
        return [
          {
            resource: server,
            code: "no-auditing-policy",
            actual: "The server is not audited: no ServerBlobAuditingPolicy refers to it",
          },
        ];
      }
      const { state, retentionDays, isAzureMonitorTargetEnabled } = policy.props as AuditingPolicy;
      if (state !== "Enabled") {
        return [
          {
            resource: server,
            code: "auditing-disabled",
            actual:
              state === undefined
                ? "The server is not audited: its ServerBlobAuditingPolicy does not set `state`"
                : `The server is not audited: its ServerBlobAuditingPolicy has ${auditingState(state)}`,
            fix: 'Set `state: "Enabled"` on the ServerBlobAuditingPolicy.',
          },
        ];
      }
      if (isAzureMonitorTargetEnabled === true) {
        if (monitored(server)) return undefined;
        // With a storage endpoint as well, the storage copy is judged below; without, nothing keeps the events.
        const { storageEndpoint } = policy.props as AuditingPolicy;
        if (typeof storageEndpoint !== "string" || storageEndpoint === "") {
          return [
            {
              resource: server,
              code: "audit-events-dropped",
              actual:
                "The server's audit events are dropped: its ServerBlobAuditingPolicy sends them to Azure Monitor, but no DiagnosticSetting on the server's `master` database collects SQLSecurityAuditEvents",
              fix: 'Add a DiagnosticSetting with `resourceUri` set to the server id followed by `/databases/master`, `logs: [{ category: "SQLSecurityAuditEvents", enabled: true }]` and `workspaceId` set to a Log Analytics workspace.',
            },
          ];
        }
      }
      // 0 or unset keeps audit logs forever.
      if (typeof retentionDays === "number" && retentionDays > 0 && retentionDays < minimum) {
        return [
          {
            resource: server,
            code: "retention-too-short",
            actual: `The server keeps audit logs for ${quoted(retentionDays)} days: \`retentionDays\` is ${quoted(retentionDays)}, ${belowRequired(required)}`,
            fix: `Set \`retentionDays\` to ${minimum} or more (or 0 to keep logs forever) on the ServerBlobAuditingPolicy, or \`isAzureMonitorTargetEnabled: true\`.`,
          },
        ];
      }
      return undefined;
    });
  },
});
