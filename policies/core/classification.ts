import type { ClassificationLevel, ClassificationRequirements, RequirementKey, ResponsibilityMap } from "../../responsibility-map/model";
import type { ResourceView } from "./resource";
import { fail, type RuleContext, type Violation } from "./rule";
import { readTag } from "./tags";

/**
 * What a resource's classification tag says, against the map's levels. Raw tag values are never
 * carried (a tag may hold a secret); only level ids from the map are.
 *
 * - `tagged`: the tag names a level;
 * - `default`: no tag, so the map's default level applies;
 * - `unrecognised`: the tag names no level (or is not text); the most sensitive level applies, so a
 *   misspelt "confidental" fails closed rather than dropping to the default;
 * - `unclassified`: the map defines no classification at all.
 */
export type ClassificationStatus =
  | { readonly kind: "tagged"; readonly level: ClassificationLevel }
  | { readonly kind: "default"; readonly level: ClassificationLevel }
  | { readonly kind: "unrecognised"; readonly level: ClassificationLevel; readonly notText: boolean }
  | { readonly kind: "unclassified" };

/**
 * The classification of a resource. Reads only the classification tag (AWS default tags count);
 * an unknown value during preview throws the SDK's unknown-value error, which is never caught.
 */
export function classificationOf(resource: ResourceView, map: ResponsibilityMap): ClassificationStatus {
  const classification = map.classification;
  if (classification === undefined) return { kind: "unclassified" };
  const value = readTag(resource, classification.tagKey);
  const mostSensitive = classification.levels[classification.levels.length - 1] as ClassificationLevel;
  if (value === undefined) {
    return { kind: "default", level: classification.levelById.get(classification.default) ?? mostSensitive };
  }
  if (typeof value !== "string") return { kind: "unrecognised", level: mostSensitive, notText: true };
  const level = classification.levelById.get(value.trim().toLowerCase());
  return level ? { kind: "tagged", level } : { kind: "unrecognised", level: mostSensitive, notText: false };
}

/** A threshold a rule applies to one resource, and where it came from (for the message). */
export interface Requirement<T> {
  readonly value: T;
  readonly source: "level" | "config";
  /** The level id, when the level decided. */
  readonly level?: string;
}

type RequirementValue<K extends RequirementKey> = NonNullable<ClassificationRequirements[K]>;

/**
 * The threshold `key` for a resource: its classification level's value when the map defines
 * classification and the level sets `key`, else the rule's own configured value.
 */
export function requirement<K extends RequirementKey>(
  resource: ResourceView,
  ctx: Pick<RuleContext<unknown>, "map">,
  key: K,
  configFallback: RequirementValue<K>,
): Requirement<RequirementValue<K>> {
  const status = classificationOf(resource, ctx.map);
  if (status.kind === "unclassified") return { value: configFallback, source: "config" };
  const value = status.level.requirements[key];
  if (value === undefined) return { value: configFallback, source: "config" };
  return { value: value as RequirementValue<K>, source: "level", level: status.level.id };
}

/**
 * Who demands a threshold, as the subject of "requires": "confidential data requires 14" or, when
 * the pack configuration decided, "the pack requires 7". Callers word the configured case themselves
 * when they keep an older message.
 */
export function requiredBy(req: Requirement<unknown>): string {
  return req.source === "level" ? `${req.level} data` : "the pack configuration";
}

/** The level id a finding about `resource` reports, or undefined when the map defines none. */
export function levelIdOf(resource: ResourceView, map: ResponsibilityMap): string | undefined {
  const status = classificationOf(resource, map);
  return status.kind === "unclassified" ? undefined : status.level.id;
}

/**
 * Whether a resource must use a customer-managed key: its classification level decides when the map
 * defines levels, else the rule's `requireCustomerManagedKey` option.
 */
export function customerManagedKeyRequired(
  resource: ResourceView,
  ctx: { readonly map: ResponsibilityMap; readonly config: { readonly requireCustomerManagedKey: boolean } },
): Requirement<boolean> {
  return requirement(resource, ctx, "customerManagedKey", ctx.config.requireCustomerManagedKey);
}

/** "; confidential data requires a customer-managed key" when the level decided, else nothing. */
export function cmkReason(required: Requirement<boolean>): string {
  return required.source === "level" ? `; ${required.level} data requires a customer-managed key` : "";
}

/** Why a key rule does not apply: the level, or the rule's own option, does not ask for a customer-managed key. */
export function cmkNotRequired(required: Requirement<boolean>, configReason: string): string {
  return required.source === "level"
    ? `The resource's classification level ${required.level} does not require a customer-managed key`
    : configReason;
}

/** `fail`, naming the level that requires a customer-managed key when the level decided. */
export function cmkFail(required: Requirement<boolean>, actual: string, extra: Omit<Violation, "actual"> = {}): readonly Violation[] {
  return fail(`${actual}${cmkReason(required)}`, extra);
}

/** "below the required 7" (pack configuration) or "below the 14 days confidential data requires" (level). */
export function belowRequired(required: Requirement<number>): string {
  return required.source === "level"
    ? `below the ${required.value} ${required.value === 1 ? "day" : "days"} ${required.level} data requires`
    : `below the required ${required.value}`;
}

/** "; confidential data requires deletion protection" when the level decided, else nothing. */
export function levelRequires(required: Requirement<boolean>, what: string): string {
  return required.source === "level" ? `; ${required.level} data requires ${what}` : "";
}

/** A retention maximum set by the resource's classification level. */
export interface RetentionMaximum {
  readonly value: number;
  readonly level: string;
}

/**
 * The most days the resource's level lets it keep logs or data, or undefined when the map defines no
 * classification or the level sets no maximum (no upper bound: such data is kept as long as law says).
 */
export function retentionMaximum(
  resource: ResourceView,
  map: ResponsibilityMap,
  key: "maxLogRetentionDays" | "maxDataRetentionDays",
): RetentionMaximum | undefined {
  const status = classificationOf(resource, map);
  if (status.kind === "unclassified") return undefined;
  const value = status.level.requirements[key];
  return value === undefined ? undefined : { value, level: status.level.id };
}

/** Why a retention-maximum rule does not apply to a resource: no level, or its level sets no maximum. */
export function noRetentionMaximum(resource: ResourceView, map: ResponsibilityMap, what: string): string {
  const level = levelIdOf(resource, map);
  return level === undefined
    ? `The responsibility map defines no data classification, so no maximum retention applies to ${what}`
    : `The resource's classification level ${level} sets no maximum retention for ${what}`;
}

/** "above the 1095 days internal data allows". */
export function aboveAllowed(maximum: RetentionMaximum): string {
  return `above the ${maximum.value} ${maximum.value === 1 ? "day" : "days"} ${maximum.level} data allows`;
}
