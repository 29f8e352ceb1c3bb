import type { WorkspaceArgs } from "@pulumi/azure-native/operationalinsights";
import { aboveAllowed, noRetentionMaximum, retentionMaximum } from "../../core/classification";
import { numberClause } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Workspace = Pick<WorkspaceArgs, "retentionInDays">;

export default defineRule({
  name: "azure-operationalinsights-workspace-limit-retention",
  displayName: "Log Analytics workspaces delete logs when their classification says",
  description:
    "A Log Analytics workspace whose data classification level sets `maxLogRetentionDays` keeps data at most that many days (`retentionInDays`).",
  duty: "data-retention",
  severity: "medium",
  resourceTypes: [AZURE.logAnalyticsWorkspace],
  remediation: "Set `retentionInDays` on the workspace to at most the maximum its classification level allows.",
  why: "logs kept past their purpose hold personal and business data the organisation has promised to delete, and widen what a breach exposes",
  controls: { nist: ["SI-12", "AU-11"], pciDss: ["3.2.1"], iso27001: ["A.8.10"], mcsb: ["LT-6"] },
  problems: { "retention-too-long": "the workspace keeps data longer than its level allows" },
  check(workspace, ctx) {
    const maximum = retentionMaximum(workspace, ctx.map, "maxLogRetentionDays");
    if (maximum === undefined) return notApplicable(noRetentionMaximum(workspace, ctx.map, "logs"));
    const { retentionInDays } = workspace.props as Workspace;
    // SDK: "The workspace data retention in days. Allowed values are per pricing plan"; it states no
    // default, so an unset retention (the plan's default) is not judged.
    if (retentionInDays === undefined || retentionInDays === null) return pass;
    if (typeof retentionInDays === "number" && retentionInDays <= maximum.value) return pass;
    return fail(`The workspace keeps data too long: \`retentionInDays\` ${numberClause(retentionInDays, aboveAllowed(maximum))}`, {
      code: "retention-too-long",
      fix: `Set \`retentionInDays\` to ${maximum.value} or fewer days.`,
    });
  },
});
