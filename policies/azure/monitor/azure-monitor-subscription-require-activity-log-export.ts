import type { SubscriptionDiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { defineStackRule } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { anyProvides, checkSubscriptionControl } from "../support/central";
import { enablesLogs } from "../support/diagnostics";

type Setting = Pick<SubscriptionDiagnosticSettingArgs, "logs" | "workspaceId">;

/**
 * The activity-log categories CIS Azure 6.1.2 asks for. The SDK (SubscriptionLogSettings) types
 * `category` as a free string and lists no values, so the names are Azure Monitor's, and the rule
 * stays advisory.
 */
const REQUIRED_CATEGORIES = ["Administrative", "Security", "Alert", "Policy"] as const;
const COVERING_GROUPS: ReadonlySet<string> = new Set(["alllogs"]);

/** Why a setting does not send the activity log to a workspace, as clauses; empty when it does. */
function gaps(setting: Setting): string[] {
  const out: string[] = [];
  // SubscriptionLogSettings: `enabled` is required, so an entry without `enabled: true` sends nothing.
  if (!enablesLogs(setting.logs, COVERING_GROUPS, REQUIRED_CATEGORIES)) {
    out.push(`it does not enable every one of the ${REQUIRED_CATEGORIES.join(", ")} categories (or the allLogs group)`);
  }
  // `workspaceId`: "The full ARM resource ID of the Log Analytics workspace"; absent sends nothing there.
  if (typeof setting.workspaceId !== "string" || setting.workspaceId === "")
    out.push("it sends to no Log Analytics workspace (`workspaceId` is not set)");
  return out;
}

export default defineStackRule({
  name: "azure-monitor-subscription-require-activity-log-export",
  displayName: "The subscription's activity log goes to a Log Analytics workspace",
  description:
    "For each Azure subscription the stack deploys into, the stack declares a subscription diagnostic setting that enables the Administrative, Security, Alert and Policy activity-log categories (or the allLogs group) and sends them to a Log Analytics workspace, unless the responsibility map says the subscription's diagnostic setting is managed centrally (`settings.centrallyManaged`, control `subscription-diagnostics`).",
  duty: "threat-detection",
  severity: "medium",
  resourceTypes: [AZURE.monitorSubscriptionDiagnosticSetting],
  remediation:
    "Declare an `azure-native.monitor.SubscriptionDiagnosticSetting` with `logs` enabling Administrative, Security, Alert and Policy and a `workspaceId`, or list the subscription under `settings.centrallyManaged` (control `subscription-diagnostics`, `subscriptions`) when a landing-zone stack sends it.",
  why: "the activity log keeps control-plane changes for 90 days only and cannot be queried or alerted on with the rest of the security logs",
  controls: { nist: ["AU-2", "AU-6"], mcsb: ["LT-3"], cis: ["Azure 6.1.1", "Azure 6.1.2"] },
  problems: {
    "no-activity-log-export": "the stack declares no subscription diagnostic setting, and the map does not say another stack provides one",
    "incomplete-activity-log-export": "no subscription diagnostic setting sends the required activity-log categories to a workspace",
  },
  checkStack(resources, ctx) {
    return checkSubscriptionControl(resources, ctx, {
      control: "subscription-diagnostics",
      types: [AZURE.monitorSubscriptionDiagnosticSetting],
      missing: "subscription diagnostic setting for the activity log",
      missingCode: "no-activity-log-export",
      judge: ({ declared }) =>
        anyProvides(declared, "incomplete-activity-log-export", (setting) => {
          const problems = gaps(setting.props as Setting);
          return problems.length === 0 ? [] : [`The setting does not export the activity log: ${problems.join(", ")}`];
        }),
    });
  },
});
