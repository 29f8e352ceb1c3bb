import type { PlanArgs } from "@pulumi/aws/backup";
import { aboveAllowed, retentionMaximum } from "../../core/classification";
import { numberClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Plan = Pick<PlanArgs, "rules">;

export default defineRule({
  name: "aws-backup-plan-require-expiry",
  displayName: "Backup plans delete recovery points eventually",
  description:
    "Every rule of an AWS Backup plan sets `lifecycle.deleteAfter`, and when the plan's classification level sets `maxDataRetentionDays`, deletes recovery points within it.",
  duty: "data-retention",
  severity: "low",
  resourceTypes: [AWS.backupPlan],
  remediation: "Set `lifecycle.deleteAfter` on every rule of the plan to the number of days the data must be kept.",
  why: "recovery points kept forever hold data the organisation has promised to delete, and widen what a breach exposes",
  controls: { nist: ["SI-12", "CP-9"], pciDss: ["3.2.1"], iso27001: ["A.8.10"] },
  problems: {
    "keeps-forever": "a plan rule sets no `lifecycle.deleteAfter`, so its recovery points are never deleted",
    "retention-too-long": "a plan rule keeps recovery points longer than the plan's level allows",
  },
  check(plan, ctx) {
    const { rules } = plan.props as Plan;
    if (!Array.isArray(rules)) return [];
    const maximum = retentionMaximum(plan, ctx.map, "maxDataRetentionDays");
    const violations: Violation[] = [];
    rules.forEach((rule, i) => {
      if (!isRecord(rule)) return;
      const lifecycle = rule["lifecycle"];
      // SDK: `deleteAfter` is the "Number of days after creation that a recovery point is deleted";
      // without it AWS Backup keeps recovery points indefinitely (AWS Backup Lifecycle API (verify)).
      const deleteAfter = isRecord(lifecycle) ? lifecycle["deleteAfter"] : undefined;
      if (deleteAfter === undefined || deleteAfter === null) {
        violations.push({
          code: "keeps-forever",
          subject: `rules[${i}]`,
          actual: `The plan never deletes recovery points: \`rules[${i}].lifecycle.deleteAfter\` is not set`,
          fix: `Set \`rules[${i}].lifecycle.deleteAfter\` to the number of days the data must be kept${maximum ? ` (at most ${maximum.value})` : ""}.`,
        });
        return;
      }
      if (maximum === undefined || (typeof deleteAfter === "number" && deleteAfter <= maximum.value)) return;
      violations.push({
        code: "retention-too-long",
        subject: `rules[${i}]`,
        actual: `The plan keeps recovery points too long: \`rules[${i}].lifecycle.deleteAfter\` ${numberClause(deleteAfter, aboveAllowed(maximum))}`,
        fix: `Set \`rules[${i}].lifecycle.deleteAfter\` to ${maximum.value} or fewer days.`,
      });
    });
    return violations;
  },
});
