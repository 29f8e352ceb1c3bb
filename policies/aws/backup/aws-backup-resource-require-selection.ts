import type { PlanArgs } from "@pulumi/aws/backup";
import type { InstanceArgs } from "@pulumi/aws/rds";
import { StackIndex } from "../../core/joins";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { backupSelections } from "../support/backup-selection";

type Plan = Pick<PlanArgs, "rules">;

interface Config {
  readonly minimumRetentionDays: number;
}

const TARGETS: Readonly<Record<string, string>> = {
  [AWS.rdsInstance]: "database instance",
  [AWS.rdsCluster]: "database cluster",
  [AWS.dynamodbTable]: "table",
  [AWS.ebsVolume]: "volume",
  [AWS.efsFileSystem]: "file system",
};
const TARGET_TYPES = Object.keys(TARGETS);

/** How long a plan keeps recovery points at best: Infinity when a rule never deletes them. */
function longestRetention(plan: Plan): number {
  const { rules } = plan;
  let best = 0;
  if (!Array.isArray(rules)) return best;
  for (const rule of rules) {
    if (!isRecord(rule)) continue;
    const lifecycle = rule["lifecycle"];
    const deleteAfter = isRecord(lifecycle) ? lifecycle["deleteAfter"] : undefined;
    if (deleteAfter === undefined || deleteAfter === null) return Number.POSITIVE_INFINITY;
    if (typeof deleteAfter === "number") best = Math.max(best, deleteAfter);
  }
  return best;
}

type Coverage = { kind: "none" } | { kind: "short"; days: number } | { kind: "external-plan" } | { kind: "ok" };

export default defineStackRule<Config>({
  name: "aws-backup-resource-require-selection",
  displayName: "Data stores are in an AWS Backup plan",
  description:
    "Every RDS instance or cluster, DynamoDB table, EBS volume and EFS file system is selected by an AWS Backup selection (by ARN or by tag) whose plan keeps recovery points for at least the configured number of days.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [...TARGET_TYPES, AWS.backupSelection, AWS.backupPlan],
  remediation:
    'Add the resource\'s ARN to the `resources` of an `aws.backup.Selection` (or tag it to match the selection\'s `selectionTags`, e.g. `{ type: "STRINGEQUALS", key: "backup", value: "daily" }`) whose plan has a rule with `lifecycle.deleteAfter` of 7 or more days.',
  why: "its data cannot be restored from a managed, retained copy after deletion, corruption or ransomware",
  controls: { nist: ["CP-9", "CP-10"], iso27001: ["A.8.13"], securityHub: ["RDS.26", "DynamoDB.4", "EC2.28", "EFS.2"] },
  options: {
    minimumRetentionDays: {
      type: "integer",
      description: "The fewest days the selecting plan must keep recovery points.",
      default: 7,
      minimum: 1,
    },
  },
  problems: {
    "not-in-plan": "no AWS Backup selection lists the resource or matches its tags",
    "retention-short": "the plan that selects the resource keeps recovery points for fewer days than required",
    "plan-undeclared": "the selection that covers the resource names a plan the stack does not declare",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const targets = index.ofType(TARGET_TYPES);
    if (targets.length === 0) return [];
    const minimum = ctx.config.minimumRetentionDays;
    const rank = { none: 0, "external-plan": 1, short: 2, ok: 3 } as const;
    const better = (current: Coverage, next: Coverage): Coverage =>
      rank[next.kind] > rank[current.kind] || (next.kind === "short" && current.kind === "short" && next.days > current.days)
        ? next
        : current;
    // What each selection's plan keeps; a selection (or plan) with a value unknown at preview
    // leaves only the resources it may cover undecided, and the others are still judged.
    const selections = backupSelections(index, TARGET_TYPES, (selection): Coverage => {
      const plan = index.referenced(selection, "planId", [AWS.backupPlan], []);
      if (plan === undefined) return { kind: "external-plan" };
      const days = longestRetention(plan.props as Plan);
      return days >= minimum ? { kind: "ok" } : { kind: "short", days };
    });

    return judgeEach(targets, (target): StackViolation[] | undefined => {
      const state = selections.of(target).reduce<Coverage>(better, { kind: "none" });
      if (state.kind === "ok") return undefined;
      const noun = TARGETS[target.type] ?? "resource";
      if (state.kind === "none" && target.type === AWS.rdsInstance) {
        // Read replicas are restored from their source, whose backups cover them.
        const { replicateSourceDb } = target.props as Pick<InstanceArgs, "replicateSourceDb">;
        if (typeof replicateSourceDb === "string" && replicateSourceDb !== "") return undefined;
      }
      // A selection not known yet may cover it with a plan that keeps enough.
      selections.settle(target);
      if (state.kind === "none") {
        return [
          {
            code: "not-in-plan",
            resource: target,
            actual: `The ${noun} is in no AWS Backup plan: no Selection lists it in \`resources\` or matches its tags`,
          },
        ];
      }
      if (state.kind === "short") {
        return [
          {
            code: "retention-short",
            resource: target,
            actual: `The ${noun} is backed up too briefly: the plan that selects it keeps recovery points for at most ${quoted(state.days)} days (\`lifecycle.deleteAfter\`), below the required ${minimum}`,
            fix: `Set \`lifecycle.deleteAfter\` to ${minimum} or more on a rule of the plan that selects the ${noun}.`,
          },
        ];
      }
      return [
        {
          code: "plan-undeclared",
          resource: target,
          actual: `The ${noun}'s backup retention cannot be confirmed: the Selection that covers it names, in \`planId\`, a plan the stack does not declare`,
          fix: "Declare the backup plan in the stack, or record an exception naming the plan that covers this resource.",
        },
      ];
    });
  },
});
