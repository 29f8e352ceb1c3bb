import type { PlanArgs, SelectionArgs } from "@pulumi/aws/backup";
import type { InstanceArgs } from "@pulumi/aws/rds";
import { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { readTag } from "../../core/tags";
import { AWS } from "../../core/tokens";

type Selection = Pick<SelectionArgs, "planId" | "resources" | "notResources" | "selectionTags" | "conditions">;
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
const RESOURCE_TAG = "aws:resourcetag/";

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

/** Tag pairs (key, value) a selection matches on: `selectionTags` of type STRINGEQUALS and `conditions.stringEquals`. */
function tagPairs(selection: Selection): [string, string][] {
  const pairs: [string, string][] = [];
  const { selectionTags, conditions } = selection;
  if (Array.isArray(selectionTags)) {
    for (const tag of selectionTags) {
      if (!isRecord(tag) || String(tag["type"]).toUpperCase() !== "STRINGEQUALS") continue;
      if (typeof tag["key"] === "string" && typeof tag["value"] === "string") pairs.push([tag["key"], tag["value"]]);
    }
  }
  if (Array.isArray(conditions)) {
    for (const condition of conditions) {
      const equals = isRecord(condition) ? condition["stringEquals"] : undefined;
      if (!Array.isArray(equals)) continue;
      for (const entry of equals) {
        if (!isRecord(entry) || typeof entry["key"] !== "string" || typeof entry["value"] !== "string") continue;
        const key = entry["key"];
        if (key.toLowerCase().startsWith(RESOURCE_TAG)) pairs.push([key.slice(RESOURCE_TAG.length), entry["value"]]);
      }
    }
  }
  return pairs;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
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
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const targets = index.ofType(TARGET_TYPES);
    if (targets.length === 0) return [];
    const minimum = ctx.config.minimumRetentionDays;
    const coverage = new Map<string, Coverage>();
    const rank = { none: 0, "external-plan": 1, short: 2, ok: 3 } as const;
    const record = (target: ResourceView, next: Coverage) => {
      const current = coverage.get(target.urn) ?? { kind: "none" };
      if (rank[next.kind] > rank[current.kind] || (next.kind === "short" && current.kind === "short" && next.days > current.days)) {
        coverage.set(target.urn, next);
      }
    };
    const byArn = new Map<string, ResourceView>();
    const tagIndex = new Map<string, ResourceView[]>();
    const indexedKeys = new Set<string>();
    const tagged = (key: string, value: string): readonly ResourceView[] => {
      const lowerKey = key.toLowerCase();
      if (!indexedKeys.has(lowerKey)) {
        // One pass over the targets per distinct tag key the selections use.
        indexedKeys.add(lowerKey);
        for (const target of targets) {
          const tagValue = readTag(target, key);
          if (typeof tagValue !== "string") continue;
          const entry = `${lowerKey}\u0000${tagValue}`;
          const list = tagIndex.get(entry) ?? [];
          list.push(target);
          tagIndex.set(entry, list);
        }
      }
      return tagIndex.get(`${lowerKey}\u0000${value}`) ?? [];
    };

    for (const selection of index.ofType([AWS.backupSelection])) {
      const props = selection.props as Selection;
      const plan = index.referenced(selection, "planId", [AWS.backupPlan], []);
      const outcome: Coverage =
        plan === undefined
          ? { kind: "external-plan" }
          : (() => {
              const days = longestRetention(plan.props as Plan);
              return days >= minimum ? { kind: "ok" } : { kind: "short", days };
            })();
      const selected = new Set<ResourceView>();
      const dependencies = selection.propertyDependencies?.["resources"];
      const pairs = tagPairs(props);
      if (dependencies !== undefined && dependencies.length > 0) {
        for (const urn of dependencies) {
          const target = index.byUrnOf(urn);
          if (target && TARGETS[target.type]) selected.add(target);
        }
      } else if (Array.isArray(props.resources)) {
        if (byArn.size === 0) {
          for (const target of targets) {
            const arn = target.props["arn"];
            if (typeof arn === "string" && arn !== "") byArn.set(arn, target);
          }
        }
        for (const entry of props.resources) {
          if (typeof entry !== "string") continue;
          if (!entry.includes("*")) {
            const target = byArn.get(entry);
            if (target) selected.add(target);
          } else if (entry !== "*" || pairs.length === 0) {
            // A wildcard ARN (or "*" alone) selects every matching resource; "*" with tags defers to the tags.
            const pattern = globToRegExp(entry);
            for (const [arn, target] of byArn) if (pattern.test(arn)) selected.add(target);
          }
        }
      }
      for (const [key, value] of pairs) for (const target of tagged(key, value)) selected.add(target);
      if (selected.size === 0) continue;
      const excluded = new Set<string>();
      const { notResources } = props;
      if (Array.isArray(notResources)) for (const arn of notResources) if (typeof arn === "string") excluded.add(arn);
      for (const target of selected) {
        const arn = excluded.size > 0 ? target.props["arn"] : undefined;
        if (typeof arn === "string" && excluded.has(arn)) continue;
        record(target, outcome);
      }
    }

    const violations: StackViolation[] = [];
    for (const target of targets) {
      const state = coverage.get(target.urn) ?? { kind: "none" };
      if (state.kind === "ok") continue;
      const noun = TARGETS[target.type] ?? "resource";
      if (state.kind === "none") {
        if (target.type === AWS.rdsInstance) {
          // Read replicas are restored from their source, whose backups cover them.
          const { replicateSourceDb } = target.props as Pick<InstanceArgs, "replicateSourceDb">;
          if (typeof replicateSourceDb === "string" && replicateSourceDb !== "") continue;
        }
        violations.push({
          resource: target,
          actual: `The ${noun} is in no AWS Backup plan: no Selection lists it in \`resources\` or matches its tags`,
        });
      } else if (state.kind === "short") {
        violations.push({
          resource: target,
          actual: `The ${noun} is backed up too briefly: the plan that selects it keeps recovery points for at most ${state.days} days (\`lifecycle.deleteAfter\`), below the required ${minimum}`,
          fix: `Set \`lifecycle.deleteAfter\` to ${minimum} or more on a rule of the plan that selects the ${noun}.`,
        });
      } else {
        violations.push({
          resource: target,
          actual: `The ${noun}'s backup retention cannot be confirmed: the Selection that covers it names, in \`planId\`, a plan the stack does not declare`,
          fix: "Declare the backup plan in the stack, or record an exception naming the plan that covers this resource.",
        });
      }
    }
    return violations;
  },
});
