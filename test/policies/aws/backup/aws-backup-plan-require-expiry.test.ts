import rule from "../../../../policies/aws/backup/aws-backup-plan-require-expiry";
import { AWS } from "../../../../policies/core/tokens";
import { describeLevels, MAP_WITHOUT_CLASSIFICATION, tagsFor } from "../../../support/classification";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const RULE = { ruleName: "daily", targetVaultName: "main", schedule: "cron(0 5 * * ? *)", lifecycle: { deleteAfter: 35 } };
const plan = (rules: unknown, props: Record<string, unknown> = {}) => resource(AWS.backupPlan, "daily", { rules, ...props });
const PUBLIC = { tags: tagsFor("public") };

describeRule(rule, {
  compliant: [
    { title: "plan keeping recovery points 35 days", resources: [plan([RULE])] },
    {
      title: "internal plan keeping recovery points 5000 days (no maximum)",
      resources: [plan([{ ...RULE, lifecycle: { deleteAfter: 5000 } }])],
    },
    { title: "public plan keeping recovery points 3650 days", resources: [plan([{ ...RULE, lifecycle: { deleteAfter: 3650 } }], PUBLIC)] },
  ],
  violating: [
    { title: "plan rule without a lifecycle", resources: [plan([{ ...RULE, lifecycle: undefined }])], codes: ["keeps-forever"] },
    {
      title: "plan rule whose lifecycle only moves to cold storage",
      resources: [plan([RULE, { ...RULE, ruleName: "weekly", lifecycle: { coldStorageAfter: 30 } }])],
      codes: ["keeps-forever"],
    },
    {
      title: "plan rule without a lifecycle under a map without classification",
      resources: [plan([{ ...RULE, lifecycle: undefined }])],
      map: MAP_WITHOUT_CLASSIFICATION,
      codes: ["keeps-forever"],
    },
    {
      title: "public plan keeping recovery points 4000 days",
      resources: [plan([{ ...RULE, lifecycle: { deleteAfter: 4000 } }], PUBLIC)],
      codes: ["retention-too-long"],
    },
    {
      title: "public plan rule with a secret deleteAfter",
      resources: [plan([{ ...RULE, lifecycle: { deleteAfter: canary("35") } }], PUBLIC)],
      codes: ["retention-too-long"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "plan whose deleteAfter is computed", resources: [plan([{ ...RULE, lifecycle: { deleteAfter: UNKNOWN.number } }])] }],
});

describeLevels(rule, {
  title: "plan keeping recovery points 4000 days",
  resources: (tags) => [plan([{ ...RULE, lifecycle: { deleteAfter: 4000 } }], { tags })],
  expected: { public: ["retention-too-long"], internal: [], confidential: [], restricted: [] },
});
