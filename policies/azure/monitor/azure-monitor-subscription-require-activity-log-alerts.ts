import type { ActivityLogAlertArgs } from "@pulumi/azure-native/monitor";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach, undecidedWith } from "../../core/unknown";
import { checkSubscriptionControl } from "../support/central";

type Alert = Pick<ActivityLogAlertArgs, "enabled" | "scopes" | "actions" | "condition">;

/** The administrative operations CIS Azure 6.2.1-6.2.10 asks an activity-log alert for. */
export const ALERTED_OPERATIONS: readonly string[] = [
  "Microsoft.Authorization/policyAssignments/write",
  "Microsoft.Authorization/policyAssignments/delete",
  "Microsoft.Network/networkSecurityGroups/write",
  "Microsoft.Network/networkSecurityGroups/delete",
  "Microsoft.Security/securitySolutions/write",
  "Microsoft.Security/securitySolutions/delete",
  "Microsoft.Sql/servers/firewallRules/write",
  "Microsoft.Sql/servers/firewallRules/delete",
  "Microsoft.Network/publicIPAddresses/write",
  "Microsoft.Network/publicIPAddresses/delete",
];

/** A subscription scope, `/subscriptions/<id>`, as opposed to a resource group or resource under it. */
const SUBSCRIPTION_SCOPE = /^\/subscriptions\/[^/]+\/?$/i;

/** The operation names a condition admits (lower case), or undefined when it does not examine operationName. */
function admitted(condition: unknown): Set<string> | undefined {
  if (!isRecord(condition)) return undefined;
  const values = new Set<string>();
  // AlertRuleLeafCondition: `field` and its values compare case-insensitively; `equals` one value,
  // `containsAny` a list; an `anyOf` is met when one of its leaves is.
  const leaf = (entry: Record<string, unknown>): boolean => {
    if (typeof entry["field"] !== "string" || entry["field"].toLowerCase() !== "operationname") return false;
    if (typeof entry["equals"] === "string") values.add(entry["equals"].toLowerCase());
    const any = entry["containsAny"];
    if (Array.isArray(any)) for (const value of any) if (typeof value === "string") values.add(value.toLowerCase());
    return true;
  };
  let examines = leaf(condition);
  const anyOf = condition["anyOf"];
  if (Array.isArray(anyOf)) {
    // Another field among the anyOf leaves admits any operation.
    const leaves = anyOf.filter(isRecord);
    const onOperation = leaves.filter(leaf);
    if (onOperation.length > 0 && onOperation.length === leaves.length) examines = true;
    else if (onOperation.length > 0) return undefined;
  }
  return examines ? values : undefined;
}

/**
 * The required operations an alert raises actions for (lower case), and why it raises none when
 * it names some but is not in force. Every `allOf` condition on operationName must admit an
 * operation (allOf is a conjunction); conditions on other fields (category, status) narrow the
 * events but not the operations, and are left to the author.
 */
function coverage(alert: Alert): { operations: Set<string>; inactive?: string } {
  const allOf = isRecord(alert.condition) ? alert.condition["allOf"] : undefined;
  const conditions = Array.isArray(allOf) ? allOf : [];
  const sets = conditions.map(admitted).filter((set): set is Set<string> => set !== undefined);
  const operations = new Set<string>();
  if (sets.length > 0) {
    for (const operation of ALERTED_OPERATIONS) {
      const lower = operation.toLowerCase();
      if (sets.every((set) => set.has(lower))) operations.add(lower);
    }
  }
  if (operations.size === 0) return { operations };
  // ActivityLogAlertArgs.enabled: "If an Activity Log Alert rule is not enabled, then none of its actions will be activated"; no default is documented, so only false counts.
  if (alert.enabled === false) return { operations: new Set(), inactive: "it is disabled (`enabled` is false)" };
  const groups = isRecord(alert.actions) ? alert.actions["actionGroups"] : undefined;
  if (!Array.isArray(groups) || groups.length === 0)
    return { operations: new Set(), inactive: "it has no `actions.actionGroups`, so it notifies nobody" };
  // `scopes`: "resource IDs that will be used as prefixes"; only a subscription prefix sees every resource group's events.
  const scopes = Array.isArray(alert.scopes) ? (alert.scopes as unknown[]) : [];
  if (!scopes.some((scope) => typeof scope === "string" && SUBSCRIPTION_SCOPE.test(scope))) {
    return { operations: new Set(), inactive: "its `scopes` name no whole subscription (`/subscriptions/<id>`)" };
  }
  return { operations };
}

function judge(declared: readonly ResourceView[]): StackViolation[] {
  const covered = new Set<string>();
  const inactive: string[] = [];
  const unknown = judgeEach(declared, (alert) => {
    const { operations, inactive: why } = coverage(alert.props as Alert);
    for (const operation of operations) covered.add(operation);
    if (why !== undefined) inactive.push(`${alert.name} names some but ${why}`);
    return undefined;
  });
  const missing = ALERTED_OPERATIONS.filter((operation) => !covered.has(operation.toLowerCase()));
  if (missing.length === 0) return [];
  // An alert unknown at preview may be the one that covers the rest: the subscription is undecided.
  const cause = unknown[0];
  if (cause !== undefined) return declared.map((alert) => unknown.find((u) => u.resource === alert) ?? undecidedWith(alert, cause));
  const note = inactive.length === 0 ? "" : ` (${inactive.join("; ")})`;
  return missing.map((operation) => ({
    code: "operation-not-alerted",
    subject: operation,
    actual: `No enabled activity-log alert of the subscription with an action group raises on ${operation}${note}`,
  }));
}

export default defineStackRule({
  name: "azure-monitor-subscription-require-activity-log-alerts",
  displayName: "The subscription alerts on security-relevant administrative operations",
  description: `For each Azure subscription the stack deploys into, the stack declares activity-log alerts, scoped to the subscription, enabled and with an action group, that raise on each of ${ALERTED_OPERATIONS.join(", ")} (an \`allOf\` condition on \`operationName\`), unless the responsibility map says the subscription's alerts are managed centrally (\`settings.centrallyManaged\`, control \`activity-log-alerts\`).`,
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AZURE.monitorActivityLogAlert],
  remediation:
    'Declare `azure-native.monitor.ActivityLogAlert`s with `scopes: ["/subscriptions/<id>"]`, `actions.actionGroups` naming an action group, and `condition.allOf` holding `{ field: "category", equals: "Administrative" }` and `{ field: "operationName", equals: "<operation>" }` (or `containsAny` several), or list the subscription under `settings.centrallyManaged` (control `activity-log-alerts`, `subscriptions`) when a landing-zone stack raises them.',
  why: "a changed policy assignment, network security group, firewall rule or public IP address goes unnoticed until it is exploited",
  controls: {
    nist: ["AU-6", "SI-4"],
    mcsb: ["LT-3"],
    cis: [
      "Azure 6.2.1",
      "Azure 6.2.2",
      "Azure 6.2.3",
      "Azure 6.2.4",
      "Azure 6.2.5",
      "Azure 6.2.6",
      "Azure 6.2.7",
      "Azure 6.2.8",
      "Azure 6.2.9",
      "Azure 6.2.10",
    ],
  },
  problems: {
    "no-activity-log-alerts": "the stack declares no activity-log alert, and the map does not say another stack provides them",
    "operation-not-alerted": "no enabled activity-log alert with an action group raises on the operation",
  },
  checkStack(resources, ctx) {
    return checkSubscriptionControl(resources, ctx, {
      control: "activity-log-alerts",
      types: [AZURE.monitorActivityLogAlert],
      missing: "activity-log alert",
      missingCode: "no-activity-log-alerts",
      judge: ({ declared }) => judge(declared),
    });
  },
});
