/**
 * Joins monitor:DiagnosticSetting to the resource it is attached to, in both shapes: preview inputs
 * name it in `resourceUri` (usually through propertyDependencies); deployed outputs have no
 * `resourceUri` (a path parameter), so the setting's own id, `<resourceUri>/providers/
 * Microsoft.Insights/diagnosticSettings/<name>`, names it.
 */
import type { DiagnosticSettingArgs } from "@pulumi/azure-native/monitor";
import { isRecord, type ResourceView } from "../../core/resource";
import { extensionScopeOf, type IdIndex } from "./arm-ids";

export type DiagnosticSetting = Pick<
  DiagnosticSettingArgs,
  "logs" | "workspaceId" | "storageAccountId" | "eventHubAuthorizationRuleId" | "eventHubName" | "marketplacePartnerId" | "resourceUri"
>;

/** The resource `setting` sends the logs of, among the index's targets. */
export function diagnosticTarget(targets: IdIndex, setting: ResourceView): ResourceView | undefined {
  return targets.referenced(setting, "resourceUri", () => {
    // With an id the setting is deployed, and its outputs have no `resourceUri`; inputs have no id.
    if (setting.id !== undefined) return extensionScopeOf(setting.id, "Microsoft.Insights", "diagnosticSettings");
    const { resourceUri } = setting.props as DiagnosticSetting;
    return resourceUri;
  });
}

/** Whether the setting's enabled logs include a category group or all of the given categories (case-insensitive). */
export function enablesLogs(logs: unknown, groups: ReadonlySet<string>, categories: readonly string[]): boolean {
  if (!Array.isArray(logs)) return false;
  const enabled = new Set<string>();
  for (const entry of logs) {
    // SDK (LogSettings): `enabled` is required; a log entry without it sends nothing.
    if (!isRecord(entry) || entry["enabled"] !== true) continue;
    const group = entry["categoryGroup"];
    if (typeof group === "string" && groups.has(group.toLowerCase())) return true;
    const category = entry["category"];
    if (typeof category === "string") enabled.add(category.toLowerCase());
  }
  return categories.length > 0 && categories.every((category) => enabled.has(category.toLowerCase()));
}

/** Whether the setting sends to any destination the SDK offers. */
export function sendsSomewhere(setting: DiagnosticSetting): boolean {
  return [setting.workspaceId, setting.storageAccountId, setting.eventHubAuthorizationRuleId, setting.marketplacePartnerId].some(
    (value) => typeof value === "string" && value !== "",
  );
}

/** Whether the setting sends to a Log Analytics workspace. */
export function sendsToWorkspace(setting: DiagnosticSetting): boolean {
  return typeof setting.workspaceId === "string" && setting.workspaceId !== "";
}
