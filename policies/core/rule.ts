import type { ResponsibilityMap, Side } from "../../responsibility-map/model";
import type { ResourceView } from "./resource";

export type Severity = "low" | "medium" | "high" | "critical";
export type EnforcementLevel = "advisory" | "mandatory" | "disabled";
export const RULE_VERBS = ["require", "disallow", "enable", "limit"] as const;

/** The duties rules check. The map schema lists the same ids; a test keeps them equal. */
export const DUTY_IDS = [
  "encryption-at-rest",
  "encryption-in-transit",
  "key-management",
  "backup",
  "logging",
  "mfa",
  "ownership",
  "data-classification",
  "patching",
  "threat-detection",
  "network-exposure",
  "secrets-hygiene",
  "data-retention",
  "access-review",
  "least-privilege",
] as const;
export type DutyId = (typeof DUTY_IDS)[number];

/** Control ids per framework; NIST SP 800-53 Rev. 5 is always given. */
export interface Controls {
  readonly nist: readonly string[];
  readonly cis?: readonly string[];
  readonly pciDss?: readonly string[];
  readonly iso27001?: readonly string[];
  readonly securityHub?: readonly string[];
  readonly mcsb?: readonly string[];
  readonly azurePolicy?: readonly string[];
}

/** One JSON-Schema property of a rule option; every option has a default. */
export interface OptionSchema {
  readonly type: "integer" | "number" | "boolean" | "string" | "array";
  readonly description: string;
  readonly default: unknown;
  readonly minimum?: number;
  readonly items?: {
    readonly type: "string" | "integer";
    readonly enum?: readonly string[];
    readonly minimum?: number;
    readonly maximum?: number;
  };
  readonly enum?: readonly string[];
  readonly uniqueItems?: boolean;
}
export type OptionsSchema<C> = { readonly [K in keyof C]: OptionSchema };

/** What a rule reports about one distinct problem. */
export interface Violation {
  /**
   * A stable id of this distinct problem within the rule (kebab-case, e.g. "rotation-off"), as
   * ESLint's `messageId`: tests assert it, so rewording `actual` touches no test.
   */
  readonly code?: string;
  /** What is wrong with the actual value, as a clause: "`encrypted` is false". */
  readonly actual: string;
  /** The exact fix, when it differs from the rule's remediation. */
  readonly fix?: string;
  /** Why it matters, when this check of the rule has a consequence of its own (else the rule's `why`). */
  readonly why?: string;
  /** Names the part at fault (a listener, a statement, a device) so an exception can name it. */
  readonly subject?: string;
  /**
   * The duty this problem falls under, when it is not the rule's: a rule that checks at-rest and
   * in-transit settings reports the in-transit part under encryption-in-transit (and its
   * accountable person).
   */
  readonly duty?: DutyId;
  /**
   * Never blocks a deployment: the finding is advisory even where the rule is mandatory. For a
   * setting the platform itself overrides (an old TLS minimum Azure no longer honours), which is
   * stale configuration, not an exposure.
   * Also for a finding the program cannot decide (a setting decided by its image or account).
   */
  readonly advisory?: true;
  /** The id of the map's person the problem is about, when it is about one (a leaver's access). */
  readonly person?: string;
}

export interface StackViolation extends Violation {
  /** The resource the problem is about (its owner is named); absent for a stack-wide gap. */
  readonly resource?: ResourceView | undefined;
  /**
   * Set only by the core (`judgeEach`): the resource's verdict read a value unknown at preview, and
   * this is the SDK's error for that read. Becomes an undecided finding, never a failure.
   */
  readonly undecided?: Error;
}

export interface NotApplicable {
  readonly notApplicable: string;
}

export type CheckResult = readonly Violation[] | NotApplicable;
export type StackCheckResult = readonly StackViolation[] | NotApplicable;

export interface DutySide {
  readonly side: Side;
  /** Why the scope differs from the duty's default, when a scope matched. */
  readonly note?: string | undefined;
}

/** Everything a rule may read besides the resource. Pure: the clock is injected. */
export interface RuleContext<C> {
  readonly config: Readonly<C>;
  readonly now: Date;
  readonly map: ResponsibilityMap;
  /** The side of this rule's duty for a resource type, per the map's scopes. */
  readonly sideOf: (type: string) => DutySide;
  /** The duty of another rule, by name (exceptions name rules). */
  readonly ruleDuty: (name: string) => string | undefined;
}

interface RuleMetaBase<C> {
  readonly name: string;
  readonly displayName: string;
  /** One sentence stating the compliant state. */
  readonly description: string;
  readonly duty: DutyId;
  readonly severity: Severity;
  /** Defaults: mandatory for critical/high rules (resource ownership is high), advisory otherwise. */
  readonly enforcementLevel?: EnforcementLevel;
  readonly resourceTypes: readonly string[];
  /** The exact property change that makes a resource compliant. */
  readonly remediation: string;
  /** Why the duty matters, as one clause for messages. */
  readonly why: string;
  readonly controls: Controls;
  readonly docsUrl?: string;
  readonly options?: OptionsSchema<C>;
  /** Other duties some findings report under (a violation's `duty`), e.g. the in-transit part of an encryption rule. */
  readonly findingDuties?: readonly DutyId[];
  /**
   * Each distinct problem the rule reports, by stable code (`Violation.code`), with a one-line
   * summary for the docs: `{ "rotation-off": "the key never rotates" }`. Tests assert codes.
   */
  readonly problems?: Readonly<Record<string, string>>;
}

export interface ResourceRuleMeta<C> extends RuleMetaBase<C> {
  readonly check: (resource: ResourceView, ctx: RuleContext<C>) => CheckResult;
}

export interface StackRuleMeta<C> extends RuleMetaBase<C> {
  /** Receives every resource of the stack; must run in linear time (index first, never nest scans). */
  readonly checkStack: (resources: readonly ResourceView[], ctx: RuleContext<C>) => StackCheckResult;
}

interface RuleBase {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly duty: DutyId;
  readonly severity: Severity;
  readonly enforcementLevel: EnforcementLevel;
  readonly resourceTypes: readonly string[];
  readonly remediation: string;
  readonly why: string;
  readonly controls: Controls;
  readonly docsUrl: string;
  readonly findingDuties: readonly DutyId[];
  readonly problems: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, OptionSchema>>;
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly service: string;
  readonly cloud: "aws" | "azure" | "any";
  readonly tags: readonly string[];
}

export interface ResourceRule extends RuleBase {
  readonly kind: "resource";
  readonly appliesTo: ReadonlySet<string>;
  readonly check: (resource: ResourceView, ctx: RuleContext<Record<string, unknown>>) => CheckResult;
}

export interface StackRule extends RuleBase {
  readonly kind: "stack";
  readonly checkStack: (resources: readonly ResourceView[], ctx: RuleContext<Record<string, unknown>>) => StackCheckResult;
}

export type Rule = ResourceRule | StackRule;

export const DOCS_BASE = "https://github.com/shared-responsibility/shared-responsibility/blob/main/docs/rules.md";

/** Critical and high rules block a deployment by default (resource ownership is high); others advise. */
function defaultLevel(severity: Severity): EnforcementLevel {
  return severity === "critical" || severity === "high" ? "mandatory" : "advisory";
}

function baseOf<C>(meta: RuleMetaBase<C>): RuleBase {
  const [cloud = "", service = ""] = meta.name.split("-");
  const options: Record<string, OptionSchema> = { ...(meta.options ?? {}) };
  const defaults: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(options)) defaults[key] = schema.default;
  const ruleCloud = cloud === "aws" || cloud === "azure" ? cloud : "any";
  // Cross-cloud rules (`owner-tag-...`, `map-duty-...`) are named by their subject, not a service.
  const ruleService = ruleCloud === "any" ? cloud : service;
  return {
    name: meta.name,
    displayName: meta.displayName,
    description: meta.description,
    duty: meta.duty,
    severity: meta.severity,
    enforcementLevel: meta.enforcementLevel ?? defaultLevel(meta.severity),
    resourceTypes: meta.resourceTypes,
    remediation: meta.remediation,
    why: meta.why,
    controls: meta.controls,
    docsUrl: meta.docsUrl ?? `${DOCS_BASE}#${meta.name}`,
    findingDuties: meta.findingDuties ?? [],
    problems: meta.problems ?? {},
    options,
    defaults,
    service: ruleService,
    cloud: ruleCloud,
    tags: [
      `duty:${meta.duty}`,
      ...(ruleCloud === "any" ? ["provider:aws", "provider:azure"] : [`provider:${ruleCloud}`]),
      `service:${ruleService}`,
    ],
  };
}

/** Declares a rule that checks one resource at a time. */
export function defineRule<C extends object = Record<string, never>>(meta: ResourceRuleMeta<C>): ResourceRule {
  return {
    ...baseOf(meta),
    kind: "resource",
    appliesTo: new Set(meta.resourceTypes),
    check: meta.check as ResourceRule["check"],
  };
}

/** Declares a rule that reads the whole stack (joins siblings, checks presence). */
export function defineStackRule<C extends object = Record<string, never>>(meta: StackRuleMeta<C>): StackRule {
  return { ...baseOf(meta), kind: "stack", checkStack: meta.checkStack as StackRule["checkStack"] };
}

/** Helpers rules use to say what they found. */
export const pass: readonly Violation[] = Object.freeze([]);
export function fail(actual: string, extra: Omit<Violation, "actual"> = {}): readonly Violation[] {
  return [{ actual, ...extra }];
}
export function notApplicable(reason: string): NotApplicable {
  return { notApplicable: reason };
}
export function isNotApplicable(result: CheckResult | StackCheckResult): result is NotApplicable {
  return !Array.isArray(result);
}

/** Why rules about the map itself skip a stack with no resources: nothing it deploys answers to the map. */
export const EMPTY_STACK = "The stack has no resources, so nothing it deploys answers to the responsibility map.";
