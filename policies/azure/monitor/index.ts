import resourceRequireDiagnostics from "./azure-monitor-resource-require-diagnostics";
import subscriptionRequireActivityLogAlerts from "./azure-monitor-subscription-require-activity-log-alerts";
import subscriptionRequireActivityLogExport from "./azure-monitor-subscription-require-activity-log-export";

export const rules = [resourceRequireDiagnostics, subscriptionRequireActivityLogExport, subscriptionRequireActivityLogAlerts];
