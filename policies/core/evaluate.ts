import type { Duty, ResponsibilityMap } from "../../responsibility-map/model";
import { levelIdOf } from "./classification";
import { type AppliedException, type Finding, type PersonRef, personRef } from "./finding";
import { globMatches } from "./glob";
import { formatMessage, sentence } from "./message";
import { type OwnerStatus, resolveOwner } from "./owner";
import { cloudOf, type ResourceView } from "./resource";
import {
  type DutyId,
  type DutySide,
  type EnforcementLevel,
  isNotApplicable,
  type ResourceRule,
  type Rule,
  type RuleContext,
  type StackRule,
  type StackViolation,
  type Violation,
} from "./rule";
import { revealValues } from "./shown-values";

/** What the host provides besides the resources: the map and the clock. */
export interface Environment {
  readonly map: ResponsibilityMap;
  readonly now: Date;
  /** Rule name -> duty for every rule the host runs. */
  readonly ruleDuties: ReadonlyMap<string, string>;
}

/** How the host configured one rule (after `--policy-pack-config` or the audit's `--config`). */
export interface RuleSettings {
  readonly enforcementLevel: EnforcementLevel;
  readonly config: Readonly<Record<string, unknown>>;
}

export function defaultSettings(rule: Rule): RuleSettings {
  return { enforcementLevel: rule.enforcementLevel, config: {} };
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dutyTitle(map: ResponsibilityMap, dutyId: string): string {
  return map.dutyById.get(dutyId)?.title.toLowerCase() ?? dutyId;
}

const CUSTOMER_SIDE: DutySide = Object.freeze({ side: "customer" });

/**
 * Sides already worked out, per duty and type: every rule asks for every resource it checks, and a
 * loaded map does not change.
 */
const sides = new WeakMap<Duty, Map<string, DutySide>>();

/** The side a duty falls on for a resource type: the first matching scope, else the duty's own side. */
export function sideOf(duty: Duty | undefined, type: string): DutySide {
  if (duty === undefined) return CUSTOMER_SIDE;
  let byType = sides.get(duty);
  if (byType === undefined) {
    byType = new Map();
    sides.set(duty, byType);
  }
  let side = byType.get(type);
  if (side === undefined) {
    side = Object.freeze(scopeSide(duty, type));
    byType.set(type, side);
  }
  return side;
}

function scopeSide(duty: Duty, type: string): DutySide {
  const cloud = cloudOf(type);
  for (const scope of duty.scopes) {
    if (scope.provider !== undefined && scope.provider !== cloud) continue;
    if (scope.resourceTypes !== undefined && !scope.resourceTypes.some((glob) => globMatches(glob, type))) continue;
    return { side: scope.side, note: scope.note };
  }
  return { side: duty.side };
}

/** A rule's defaults under its configured options, merged once per settings object (hosts reuse them). */
const mergedConfigs = new WeakMap<RuleSettings, { readonly rule: Rule; readonly config: Record<string, unknown> }>();

function configOf(rule: Rule, settings: RuleSettings): Record<string, unknown> {
  const cached = mergedConfigs.get(settings);
  if (cached?.rule === rule) return cached.config;
  const config = Object.freeze({ ...rule.defaults, ...settings.config });
  mergedConfigs.set(settings, { rule, config });
  return config;
}

export function makeContext(rule: Rule, env: Environment, settings: RuleSettings): RuleContext<Record<string, unknown>> {
  const duty = env.map.dutyById.get(rule.duty);
  return {
    config: configOf(rule, settings),
    now: env.now,
    map: env.map,
    sideOf: (type) => sideOf(duty, type),
    ruleDuty: (name) => env.ruleDuties.get(name),
  };
}

function providerSideReason(rule: Rule, env: Environment, type: string, dutyId: string = rule.duty): string | undefined {
  const side = sideOf(env.map.dutyById.get(dutyId), type);
  if (side.side !== "provider") return undefined;
  const title = dutyTitle(env.map, dutyId);
  return `The responsibility map puts ${title} for ${type} on the provider's side${side.note ? `: ${side.note}` : "."}`;
}

export function ownerProblem(status: OwnerStatus, tagKey: string): string | undefined {
  switch (status.kind) {
    case "person":
      return undefined;
    case "missing":
      return `no \`${tagKey}\` tag`;
    case "not-text":
      return `the \`${tagKey}\` tag is not text`;
    case "unknown-person":
      return `the \`${tagKey}\` tag names no person in the responsibility map`;
    case "team":
      return `the \`${tagKey}\` tag names the team ${status.team.name} (${status.team.id}), not a person`;
    case "title":
      return `the \`${tagKey}\` tag names the job title "${status.title}", not a person`;
    case "departed":
      return `the \`${tagKey}\` tag names ${status.person.name}, who left on ${status.person.departed ?? "an unrecorded date"}`;
    case "look-alike":
      return `the \`${tagKey}\` tag holds look-alike characters, not a person's id or email`;
    case "conflict":
      return `the tags ${status.keys.map((tag) => `\`${tag}\``).join(" and ")} name different owners`;
  }
}

interface ExceptionOutcome {
  readonly applied?: AppliedException;
  readonly notes: readonly string[];
}

function matchException(rule: Rule, env: Environment, urn: string | undefined, dutyId: string): ExceptionOutcome {
  if (urn === undefined || env.map.exceptions.length === 0) return { notes: [] };
  const accountable = env.map.dutyById.get(dutyId)?.accountable;
  const notes: string[] = [];
  for (const exception of env.map.exceptions) {
    if (exception.rule !== undefined && exception.rule !== rule.name) continue;
    if (exception.duty !== undefined && exception.duty !== dutyId) continue;
    if (!globMatches(exception.resources, urn)) continue;
    const today = isoDate(env.now);
    const approver = env.map.personById.get(exception.approver);
    if (exception.expires < today) {
      notes.push(`Exception ${exception.id} expired on ${exception.expires} and no longer applies`);
    } else if (approver === undefined || approver.status !== "active") {
      notes.push(`Exception ${exception.id} does not apply: its approver is not an active person in the map`);
    } else if (approver.id !== accountable) {
      notes.push(
        `Exception ${exception.id} does not apply: ${approver.name} approved it but is not accountable for ${dutyTitle(env.map, dutyId)}`,
      );
    } else {
      return {
        applied: { id: exception.id, reason: exception.reason, approver: personRef(approver), expires: exception.expires },
        notes: [],
      };
    }
  }
  return { notes };
}

function accountableOf(dutyId: string, env: Environment): PersonRef | undefined {
  const id = env.map.dutyById.get(dutyId)?.accountable;
  const person = id === undefined ? undefined : env.map.personById.get(id);
  return person && person.status === "active" ? personRef(person) : undefined;
}

function resourceRef(resource: ResourceView | undefined): Finding["resource"] {
  return resource ? { urn: resource.urn, type: resource.type, name: resource.name } : undefined;
}

export function notApplicableFinding(
  rule: Rule,
  settings: RuleSettings,
  reason: string,
  resource?: ResourceView,
  duty: DutyId = rule.duty,
  secrets?: ReadonlySet<string>,
): Finding {
  const shown = revealValues(reason, secrets);
  return {
    problem: shown,
    rule: rule.name,
    duty,
    severity: rule.severity,
    enforcementLevel: settings.enforcementLevel,
    controls: rule.controls,
    status: "not-applicable",
    // A reason is often a clause ("No bucket carries the tag ..."); a message is a sentence.
    message: sentence(shown),
    resource: resourceRef(resource),
  };
}

/** Turns one violation into a finding: owner, accountable person, exception and message. */
export function violationFinding(
  rule: Rule,
  env: Environment,
  settings: RuleSettings,
  resource: ResourceView | undefined,
  violation: Violation,
  secrets?: ReadonlySet<string>,
): Finding {
  const tagKey = env.map.settings.ownerTagKey;
  const ownerStatus: OwnerStatus | undefined = resource ? resolveOwner(resource, env.map) : undefined;
  const owner = ownerStatus?.kind === "person" ? personRef(ownerStatus.person) : undefined;
  const problem = ownerStatus ? ownerProblem(ownerStatus, tagKey) : "the finding concerns the whole stack";
  // A violation may belong to another duty than its rule's (the in-transit part of an encryption rule).
  const duty = violation.duty ?? rule.duty;
  const accountable = accountableOf(duty, env);
  const exception = matchException(rule, env, resource?.urn, duty);
  const waiver = exception.applied
    ? [
        `Waived by exception ${exception.applied.id} until ${exception.applied.expires}, approved by ${exception.applied.approver.name}: ${exception.applied.reason}`,
      ]
    : [];
  const actual = revealValues(violation.actual, secrets);
  const message = formatMessage({
    actual,
    why: violation.why === undefined ? rule.why : revealValues(violation.why, secrets),
    fix: violation.fix === undefined ? rule.remediation : revealValues(violation.fix, secrets),
    owner,
    ownerProblem: problem,
    dutyTitle: dutyTitle(env.map, duty),
    accountable,
    notes: [...exception.notes, ...waiver],
  });
  // One literal with every field (not a spread of shared fields): findings are built by the
  // hundred thousand in an audit, and a spread plus added fields is several times slower.
  return {
    problem: actual,
    code: violation.code,
    person: violation.person,
    rule: rule.name,
    duty,
    severity: rule.severity,
    enforcementLevel: violation.advisory && settings.enforcementLevel === "mandatory" ? "advisory" : settings.enforcementLevel,
    controls: rule.controls,
    status: exception.applied ? "waived" : "fail",
    message,
    resource: resourceRef(resource),
    subject: violation.subject === undefined ? undefined : revealValues(violation.subject, secrets),
    owner,
    ownerProblem: problem,
    accountable,
    exception: exception.applied,
    // Read after the rule ran: a rule that reads the tag has already thrown if it is unknown, and
    // the owner tag above is read the same way.
    classification: resource ? levelIdOf(resource, env.map) : undefined,
  };
}

/** Runs a resource rule on one resource. Returns no finding when the rule does not apply to the type. */
export function evaluateResource(rule: ResourceRule, resource: ResourceView, env: Environment, settings: RuleSettings): Finding[] {
  if (!rule.appliesTo.has(resource.type)) return [];
  const providerSide = providerSideReason(rule, env, resource.type);
  if (providerSide) return [notApplicableFinding(rule, settings, providerSide, resource)];
  const result = rule.check(resource, makeContext(rule, env, settings));
  const secrets = resource.secrets;
  if (isNotApplicable(result)) return [notApplicableFinding(rule, settings, result.notApplicable, resource, rule.duty, secrets)];
  return result.map((violation) => {
    const otherSide = violation.duty && providerSideReason(rule, env, resource.type, violation.duty);
    return otherSide
      ? notApplicableFinding(rule, settings, otherSide, resource, violation.duty)
      : violationFinding(rule, env, settings, resource, violation, secrets);
  });
}

/** Runs a stack rule over every resource of the stack. */
export function evaluateStack(rule: StackRule, resources: readonly ResourceView[], env: Environment, settings: RuleSettings): Finding[] {
  const result = rule.checkStack(resources, makeContext(rule, env, settings));
  // A stack rule may quote any resource's value, so every secret of the stack is hidden.
  const secrets = isNotApplicable(result) || result.length > 0 ? stackSecrets(resources) : undefined;
  if (isNotApplicable(result)) return [notApplicableFinding(rule, settings, result.notApplicable, undefined, rule.duty, secrets)];
  return result.map((violation) => {
    // The map decides before the value does: a resource whose duty the provider carries is not
    // applicable, whether or not the rule could judge it.
    const providerSide = violation.resource && providerSideReason(rule, env, violation.resource.type, violation.duty);
    if (providerSide) return notApplicableFinding(rule, settings, providerSide, violation.resource, violation.duty);
    if (violation.undecided !== undefined) return undecidedFinding(rule, settings, violation, violation.undecided);
    return violationFinding(rule, env, settings, violation.resource, violation, secrets);
  });
}

/**
 * A resource a stack rule could not judge during preview (`judgeEach`). Advisory whatever the rule's
 * level, and built without reading the resource again (its owner tag may be the unknown value).
 */
function undecidedFinding(rule: Rule, settings: RuleSettings, violation: StackViolation, error: Error): Finding {
  return {
    problem: violation.actual,
    rule: rule.name,
    duty: violation.duty ?? rule.duty,
    severity: rule.severity,
    enforcementLevel: settings.enforcementLevel === "mandatory" ? "advisory" : settings.enforcementLevel,
    controls: rule.controls,
    status: "undecided",
    message: sentence(violation.actual),
    resource: resourceRef(violation.resource),
    unknown: error,
  };
}

/** The renderings of every secret of the stack's resources, or undefined when none holds one. */
function stackSecrets(resources: readonly ResourceView[]): ReadonlySet<string> | undefined {
  let out: Set<string> | undefined;
  for (const resource of resources) {
    const secrets = resource.secrets;
    if (secrets === undefined || secrets.size === 0) continue;
    out ??= new Set();
    for (const secret of secrets) out.add(secret);
  }
  return out;
}
