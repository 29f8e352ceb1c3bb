import resourceRequireDiagnostics from "./azure-monitor-resource-require-diagnostics";

export const rules = [resourceRequireDiagnostics];
