import workspaceLimitRetention from "./azure-operationalinsights-workspace-limit-retention";

export const rules = [workspaceLimitRetention];
