import { defaultSettings, type Environment, evaluateResource, evaluateStack, type RuleSettings } from "./evaluate";
import type { Finding } from "./finding";
import type { ResourceView } from "./resource";
import type { Rule } from "./rule";

/** How a host configured the pack: per-rule enforcement level and options, as `--policy-pack-config` gives them. */
export type PackSettings = ReadonlyMap<string, RuleSettings>;

/**
 * Runs every enabled rule over a stack's resources, the way the engine does across Analyze and
 * AnalyzeStack: resource rules per resource, stack rules once over all of them.
 */
export function runRules(
  rules: readonly Rule[],
  resources: readonly ResourceView[],
  env: Environment,
  settings: PackSettings = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  const enabled = rules
    .map((rule) => ({ rule, settings: settings.get(rule.name) ?? defaultSettings(rule) }))
    .filter((entry) => entry.settings.enforcementLevel !== "disabled");
  for (const { rule, settings: ruleSettings } of enabled) {
    if (rule.kind === "stack") {
      findings.push(...evaluateStack(rule, resources, env, ruleSettings));
      continue;
    }
    for (const resource of resources) {
      if (rule.appliesTo.has(resource.type)) findings.push(...evaluateResource(rule, resource, env, ruleSettings));
    }
  }
  return findings;
}
