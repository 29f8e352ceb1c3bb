/**
 * Which resources of a stack the AWS Backup selections pick: by ARN (`resources[]`, `*` globs) or by
 * tag (`selectionTags` of type STRINGEQUALS, `conditions.stringEquals` on `aws:ResourceTag/<key>`),
 * minus `notResources`. Shared by the backup-plan rule and the per-service backup rules (EFS).
 */
import type { SelectionArgs } from "@pulumi/aws/backup";
import { globToRegExp } from "../../core/glob";
import type { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { readTag } from "../../core/tags";
import { AWS } from "../../core/tokens";
import { Siblings } from "../../core/unknown";

type Selection = Pick<SelectionArgs, "planId" | "resources" | "notResources" | "selectionTags" | "conditions">;

const RESOURCE_TAG = "aws:resourcetag/";

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

/**
 * What the stack's Selections say about the targets (of `targetTypes`) each picks, as `read` tells
 * it. A `resources` value built from stack resources is joined through its property dependencies
 * (their ARNs are unknown during preview), a literal one by ARN. A selection whose choice reads a
 * value unknown at preview (its own, or a target's tag or ARN) may pick any target: `settle` makes
 * each target no known selection covers undecided.
 */
export function backupSelections<T>(
  index: StackIndex,
  targetTypes: readonly string[],
  read: (selection: ResourceView, target: ResourceView) => T,
): Siblings<T> {
  const targets = index.ofType(targetTypes);
  const isTarget = new Set(targetTypes);
  let byArn: Map<string, ResourceView> | undefined;
  const tagIndex = new Map<string, ResourceView[]>();
  const indexedKeys = new Set<string>();
  const tagged = (key: string, value: string): readonly ResourceView[] => {
    const lowerKey = key.toLowerCase();
    if (!indexedKeys.has(lowerKey)) {
      // One pass over the targets per distinct tag key the selections use, kept only once complete.
      const entries = new Map<string, ResourceView[]>();
      for (const target of targets) {
        const tagValue = readTag(target, key);
        if (typeof tagValue !== "string") continue;
        const entry = `${lowerKey}\u0000${tagValue}`;
        const list = entries.get(entry) ?? [];
        list.push(target);
        entries.set(entry, list);
      }
      for (const [entry, list] of entries) tagIndex.set(entry, list);
      indexedKeys.add(lowerKey);
    }
    return tagIndex.get(`${lowerKey}\u0000${value}`) ?? [];
  };
  const arns = (): Map<string, ResourceView> => {
    if (byArn === undefined) {
      const built = new Map<string, ResourceView>();
      for (const target of targets) {
        const arn = target.props["arn"];
        if (typeof arn === "string" && arn !== "") built.set(arn, target);
      }
      byArn = built;
    }
    return byArn;
  };
  const selections = targets.length === 0 ? [] : index.ofType([AWS.backupSelection]);
  return new Siblings(selections, (selection) => selected(selection), read);

  function selected(selection: ResourceView): Set<ResourceView> {
    const props = selection.props as Selection;
    const selected = new Set<ResourceView>();
    const dependencies = selection.propertyDependencies?.["resources"];
    const pairs = tagPairs(props);
    if (dependencies !== undefined && dependencies.length > 0) {
      for (const urn of dependencies) {
        const target = index.byUrnOf(urn);
        if (target && isTarget.has(target.type)) selected.add(target);
      }
    } else if (Array.isArray(props.resources)) {
      const byArn = arns();
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
    if (selected.size === 0) return selected;
    const excluded = new Set<string>();
    const { notResources } = props;
    if (Array.isArray(notResources)) for (const arn of notResources) if (typeof arn === "string") excluded.add(arn);
    if (excluded.size > 0) {
      for (const target of selected) {
        const arn = target.props["arn"];
        if (typeof arn === "string" && excluded.has(arn)) selected.delete(target);
      }
    }
    return selected;
  }
}
