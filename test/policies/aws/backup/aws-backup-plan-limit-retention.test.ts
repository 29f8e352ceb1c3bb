import rule from "../../../../policies/aws/backup/aws-backup-plan-limit-retention";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { canary, describeRule, type RuleCases, resource, UNKNOWN } from "../../../support/rules";

const RULE = { ruleName: "daily", targetVaultName: "main", schedule: "cron(0 5 * * ? *)", lifecycle: { deleteAfter: 35 } };
const plan = (rules: unknown) => resource(AWS.backupPlan, "daily", { rules });

const cases: RuleCases = {
  compliant: [
    { title: "plan keeping recovery points 35 days", resources: [plan([RULE])] },
    { title: "plan rule without a lifecycle (kept forever)", resources: [plan([{ ...RULE, lifecycle: undefined }])] },
    {
      title: "plan keeping 14 days with a 14-day minimum",
      resources: [plan([{ ...RULE, lifecycle: { deleteAfter: 14 } }])],
      config: { minimumRetentionDays: 14 },
    },
  ],
  violating: [
    {
      title: "plan rule with a secret deleteAfter that is no number",
      resources: [plan([{ ...RULE, lifecycle: { deleteAfter: canary("35") } }])],
      codes: ["retention-too-short"],
    },
    {
      title: "plan rule with deleteAfter=1",
      resources: [plan([RULE, { ...RULE, ruleName: "hourly", lifecycle: { deleteAfter: 1 } }])],
      codes: ["retention-too-short"],
    },
    {
      title: "plan keeping 35 days with a 90-day minimum",
      resources: [plan([RULE])],
      config: { minimumRetentionDays: 90 },
      codes: ["retention-too-short"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "plan rule whose deleteAfter is computed", resources: [plan([{ ...RULE, lifecycle: { deleteAfter: UNKNOWN.number } }])] },
  ],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "plan keeping recovery points 7 days",
  resources: (tags) => [resource(AWS.backupPlan, "daily", { rules: [{ ...RULE, lifecycle: { deleteAfter: 7 } }], tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["retention-too-short"],
    restricted: ["retention-too-short"],
  },
});
