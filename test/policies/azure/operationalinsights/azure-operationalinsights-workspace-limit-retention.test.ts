import rule from "../../../../policies/azure/operationalinsights/azure-operationalinsights-workspace-limit-retention";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, MAP_WITHOUT_CLASSIFICATION, tagsFor } from "../../../support/classification";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

// Untagged workspaces take the bundled map's default level, internal, whose maxLogRetentionDays is 1095.
const workspace = (props: Record<string, unknown> = {}) =>
  resource(AZURE.logAnalyticsWorkspace, "law", { resourceGroupName: "rg-ops", retentionInDays: 365, ...props });

describeRule(rule, {
  compliant: [
    { title: "internal workspace with retentionInDays=365", resources: [workspace()] },
    { title: "internal workspace with retentionInDays=1095", resources: [workspace({ retentionInDays: 1095 })] },
    { title: "internal workspace with retentionInDays unset (plan default)", resources: [workspace({ retentionInDays: undefined })] },
  ],
  violating: [
    {
      title: "internal workspace with retentionInDays=2556",
      resources: [workspace({ retentionInDays: 2556 })],
      codes: ["retention-too-long"],
    },
    {
      title: "internal workspace with a secret retentionInDays",
      resources: [workspace({ retentionInDays: canary("30") })],
      codes: ["retention-too-long"],
    },
  ],
  notApplicable: [
    {
      title: "restricted workspace (no maximum)",
      resources: [workspace({ retentionInDays: 2556, tags: tagsFor("restricted") })],
      reason: "The resource's classification level restricted sets no maximum retention for logs",
    },
    {
      title: "workspace under a map without classification",
      resources: [workspace({ retentionInDays: 2556 })],
      map: MAP_WITHOUT_CLASSIFICATION,
      reason: "The responsibility map defines no data classification, so no maximum retention applies to logs",
    },
  ],
  unknown: [{ title: "internal workspace whose retention is computed", resources: [workspace({ retentionInDays: UNKNOWN.number })] }],
});

describeLevels(rule, {
  title: "workspace with retentionInDays=2556",
  resources: (tags) => [resource(AZURE.logAnalyticsWorkspace, "law", { resourceGroupName: "rg-ops", retentionInDays: 2556, tags })],
  expected: {
    public: { notApplicable: /level public sets no maximum/ },
    internal: ["retention-too-long"],
    confidential: { notApplicable: /level confidential sets no maximum/ },
    restricted: { notApplicable: /level restricted sets no maximum/ },
  },
});
