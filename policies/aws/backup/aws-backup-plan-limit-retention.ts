import type { PlanArgs } from "@pulumi/aws/backup";
import { belowRequired, requirement } from "../../core/classification";
import { numberClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Plan = Pick<PlanArgs, "rules">;

interface Config {
  readonly minimumRetentionDays: number;
}

export default defineRule<Config>({
  name: "aws-backup-plan-limit-retention",
  displayName: "Backup plans keep recovery points long enough",
  description:
    "Every rule of an AWS Backup plan keeps recovery points for at least the configured number of days (`lifecycle.deleteAfter`, unset keeps them forever).",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AWS.backupPlan],
  remediation: "Set `lifecycle.deleteAfter` on every rule of the plan to 7 or more days (or leave it unset to keep recovery points).",
  why: "the data cannot be restored to a state from before a problem that is noticed late",
  controls: { nist: ["CP-9", "CP-6"], iso27001: ["A.8.13"] },
  problems: { "retention-too-short": "a plan rule deletes recovery points before the required number of days" },
  options: {
    minimumRetentionDays: { type: "integer", description: "The fewest days a plan rule may keep recovery points.", default: 7, minimum: 1 },
  },
  check(plan, ctx) {
    const { rules } = plan.props as Plan;
    const required = requirement(plan, ctx, "minBackupRetentionDays", ctx.config.minimumRetentionDays);
    const minimum = required.value;
    const violations: Violation[] = [];
    if (!Array.isArray(rules)) return violations;
    rules.forEach((rule, i) => {
      if (!isRecord(rule)) return;
      const lifecycle = rule["lifecycle"];
      if (!isRecord(lifecycle)) return;
      const deleteAfter = lifecycle["deleteAfter"];
      if (deleteAfter === undefined || deleteAfter === null) return;
      if (typeof deleteAfter === "number" && deleteAfter >= minimum) return;
      violations.push({
        code: "retention-too-short",
        subject: `rules[${i}]`,
        actual: `The plan deletes recovery points too early: \`rules[${i}].lifecycle.deleteAfter\` ${numberClause(deleteAfter, belowRequired(required))}`,
        fix: `Set \`rules[${i}].lifecycle.deleteAfter\` to ${minimum} or more.`,
      });
    });
    return violations;
  },
});
