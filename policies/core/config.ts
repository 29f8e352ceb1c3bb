import type { RuleSettings } from "./evaluate";
import type { EnforcementLevel, Rule } from "./rule";
import type { PackSettings } from "./run";

const LEVELS = new Set(["advisory", "mandatory", "disabled", "remediate"]);

/** The level a rule runs at. Rules never remediate; @pulumi/policy reports a remediate-level violation as mandatory. */
export function effectiveLevel(level: EnforcementLevel | "remediate"): EnforcementLevel {
  return level === "remediate" ? "mandatory" : level;
}

/**
 * Reads a `--policy-pack-config` style object (`{"all": level, "<rule>": level | {enforcementLevel,
 * ...options}}`) into per-rule settings, as the engine reconciles it: rule defaults, then `all`, then
 * the rule's own entry. Throws with the offending key on anything the engine would reject.
 */
export function settingsFromConfig(rules: readonly Rule[], config: unknown, source = "config"): PackSettings {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new Error(`${source}: expected a JSON object such as {"all": "mandatory"}`);
  }
  const entries = config as Record<string, unknown>;
  const names = new Set(rules.map((rule) => rule.name));
  for (const key of Object.keys(entries)) {
    if (key !== "all" && !names.has(key)) throw new Error(`${source}: "${key}" is not a rule of this pack`);
  }
  const level = (value: unknown, key: string): EnforcementLevel => {
    if (typeof value !== "string" || !LEVELS.has(value)) {
      throw new Error(`${source}: "${key}" must be one of advisory, mandatory, remediate, disabled`);
    }
    return effectiveLevel(value as EnforcementLevel | "remediate");
  };
  const all = entries["all"] === undefined ? undefined : level(entries["all"], "all");
  const settings = new Map<string, RuleSettings>();
  for (const rule of rules) {
    let enforcementLevel = all ?? rule.enforcementLevel;
    let options: Record<string, unknown> = {};
    const own = entries[rule.name];
    if (typeof own === "string") enforcementLevel = level(own, rule.name);
    else if (own !== undefined) {
      if (typeof own !== "object" || own === null || Array.isArray(own)) {
        throw new Error(`${source}: "${rule.name}" must be a level or an object`);
      }
      const { enforcementLevel: ownLevel, ...rest } = own as Record<string, unknown>;
      if (ownLevel !== undefined) enforcementLevel = level(ownLevel, `${rule.name}.enforcementLevel`);
      for (const key of Object.keys(rest)) {
        if (!(key in rule.options)) throw new Error(`${source}: "${rule.name}" has no option "${key}"`);
      }
      options = rest;
    }
    settings.set(rule.name, { enforcementLevel, config: { ...rule.defaults, ...options } });
  }
  return settings;
}
