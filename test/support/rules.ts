/**
 * Runs rules the way the engine does: properties wrapped in @pulumi/policy's unknown-checking proxy
 * (as its server wraps them before calling a policy), config merged over the schema defaults (as
 * Configure delivers it), the bundled map and a pinned clock.
 */
import * as path from "node:path";
import { UnknownValueError, unknownCheckingProxy } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { type Environment, evaluateResource, evaluateStack, type RuleSettings } from "../../policies/core/evaluate";
import type { Finding } from "../../policies/core/finding";
import { canonicalType, type ResourceView } from "../../policies/core/resource";
import type { DutyId, EnforcementLevel, Rule } from "../../policies/core/rule";
import { runRules } from "../../policies/core/run";
import { collectRenderings } from "../../policies/core/shown-values";
import { TAGGABLE_TYPES } from "../../policies/generated/taggable-types";
import { RULE_DUTIES } from "../../policies/registry";
import { loadMap } from "../../responsibility-map/loader";
import type { DutyScope, ResponsibilityMap } from "../../responsibility-map/model";
import { PACK_DIR, type ResourceInput, secret, UNKNOWN, urnOf } from "../engine/harness";
import { KNOWN_SHAPE_GAPS } from "./shape-gaps";
import { deployedForm, holdsUnknown, isProviderResource, type Read, readsOutsideShape, recording } from "./shapes";

export type { ResourceInput };
export { secret, UNKNOWN, urnOf };

export const MAP_PATH = path.join(PACK_DIR, "responsibility-map", "map.yaml");
export const MAP: ResponsibilityMap = loadMap(MAP_PATH, { knownRules: RULE_DUTIES });
export const NOW = new Date("2026-11-23T12:00:00Z");
export const OWNER = "diego.alvarez";

export function environment(map: ResponsibilityMap = MAP, now: Date = NOW): Environment {
  return { map, now, ruleDuties: RULE_DUTIES };
}

/** A resource as a test writes it, with an active owner unless the test says otherwise. */
export interface TestResource extends ResourceInput {
  id?: string;
}

/** Types that take tags (test-only types outside the two clouds are treated as taggable). */
const TAGGABLE = new Set(TAGGABLE_TYPES);

export function resource(type: string, name: string, props: Record<string, unknown> = {}, extra: Partial<TestResource> = {}): TestResource {
  // Only a type whose Args take `tags` gets the owner tag: the SDK has no such input on the others.
  const tagged = TAGGABLE.has(canonicalType(type)) || !isProviderResource(type);
  return { type, name, props: tagged ? { tags: { owner: OWNER }, ...props } : { ...props }, ...extra };
}

/**
 * A secret no rule recognises, alone or appended to a valid-looking value (`canary("TLS1_0")`). A
 * case that plants it proves the rule describes the value without quoting it: no finding of any
 * case may contain the text of a secret the case planted.
 */
export function canary(embeddedIn?: string): Record<string, unknown> {
  return secret(embeddedIn === undefined ? "canary-9c41" : `${embeddedIn}-canary-9c41`);
}

/** The text of every secret in a case's resources and their providers. */
function plantedSecrets(resources: readonly TestResource[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown, inSecret: boolean): void => {
    if (typeof value === "string") {
      if (inSecret && value !== "") out.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, inSecret);
    } else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (record["4dabf18193072939515e22adb298388d"] === "1b47061264138c4ac30d75fd1eb44270") walk(record["value"], true);
      else for (const item of Object.values(record)) walk(item, inSecret);
    }
  };
  for (const r of resources) {
    walk(r.props, false);
    walk(r.provider?.props, false);
  }
  return out;
}

function expectNoPlantedSecrets(c: Case, findings: readonly Finding[]): void {
  for (const text of plantedSecrets(c.resources)) {
    for (const finding of findings) {
      expect(finding.message, `a planted secret appears in: ${finding.message}`).not.toContain(text);
      expect(finding.problem, `a planted secret appears in: ${finding.problem}`).not.toContain(text);
    }
  }
}

/** Unwraps the engine's secret wrapper as @pulumi/policy's deserializer does, then wraps in the proxy. */
function deserialize(value: unknown, secrets: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => deserialize(item, secrets));
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record["4dabf18193072939515e22adb298388d"] === "1b47061264138c4ac30d75fd1eb44270") {
      // As the pack's secret guard and the audit's decoder do: the host knows which values were secrets.
      collectRenderings(secrets, record["value"]);
      return deserialize(record["value"], secrets);
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, deserialize(v, secrets)]));
  }
  return value;
}

/** The view a host builds; with `reads`, every property a rule reads is recorded there. */
export function toView(input: TestResource, reads?: Read[]): ResourceView {
  const urn = input.urn ?? urnOf(input.type, input.name);
  const secrets = new Set<string>();
  const props = unknownCheckingProxy(deserialize(input.props, secrets) as Record<string, unknown>);
  return {
    type: canonicalType(input.type),
    name: input.name,
    urn,
    props: reads === undefined ? props : recording(props, canonicalType(input.type), reads),
    provider: input.provider
      ? { type: input.provider.type, props: unknownCheckingProxy(deserialize(input.provider.props, secrets) as Record<string, unknown>) }
      : undefined,
    propertyDependencies: input.propertyDependencies,
    id: input.id,
    secrets: secrets.size === 0 ? undefined : secrets,
  };
}

export function settingsFor(rule: Rule, config: Record<string, unknown> = {}): RuleSettings {
  return { enforcementLevel: rule.enforcementLevel, config: { ...rule.defaults, ...config } };
}

/** Runs a rule over resources as its host would: a resource rule per resource, a stack rule once. */
export function run(
  rule: Rule,
  resources: readonly TestResource[],
  config: Record<string, unknown> = {},
  env = environment(),
  reads?: Read[],
): Finding[] {
  const views = resources.map((r) => toView(r, reads));
  const settings = settingsFor(rule, config);
  if (rule.kind === "stack") return evaluateStack(rule, views, env, settings);
  return views.flatMap((view) => evaluateResource(rule, view, env, settings));
}

/**
 * Runs a rule over the deployed form of resources written in preview form (see `deployedForm`), the
 * way the audit does: `runRules` over outputs.
 */
export function runDeployed(
  rule: Rule,
  resources: readonly TestResource[],
  config: Record<string, unknown> = {},
  env = environment(),
  reads?: Read[],
): Finding[] {
  const views = resources.map((r) => toView(deployedForm(r), reads));
  return runRules([rule], views, env, new Map([[rule.name, settingsFor(rule, config)]]));
}

/** What must not differ between preview and deployed state: which resources fail, under which subject, at what level. */
export function verdicts(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.status} ${f.enforcementLevel} ${f.resource?.urn ?? "(stack)"}${f.subject ? ` [${f.subject}]` : ""}`);
}

export interface Case {
  readonly title: string;
  readonly resources: readonly TestResource[];
  readonly config?: Record<string, unknown>;
  /** A map other than the bundled one (see `mapWithScope`). */
  readonly map?: ResponsibilityMap;
  /**
   * The names of the resources a stack rule leaves undecided at preview (`judgeEach`), in order:
   * their verdict reads an unknown value, and the others are still judged.
   */
  readonly undecided?: readonly string[];
}

/** The bundled map with one more scope on a duty, e.g. to put a duty on the provider's side. */
export function mapWithScope(dutyId: string, scope: DutyScope, base: ResponsibilityMap = MAP): ResponsibilityMap {
  const duties = base.duties.map((duty) => (duty.id === dutyId ? { ...duty, scopes: [scope, ...duty.scopes] } : duty));
  return { ...base, duties, dutyById: new Map(duties.map((duty) => [duty.id, duty])) };
}
export interface ViolatingCase extends Case {
  /**
   * The problems' stable codes (`Violation.code`), in order, one per finding. Preferred: a rewording
   * of a message touches no test.
   */
  readonly codes?: readonly string[];
  /** The exact problem texts, in order, one per finding (for rules whose problems carry no code). */
  readonly problems?: readonly string[];
  /** Each finding's enforcement level, in order, where it matters (a finding that never blocks). */
  readonly levels?: readonly EnforcementLevel[];
  /** Each finding's duty, in order, where a finding names another duty than its rule's. */
  readonly duties?: readonly DutyId[];
}
export interface NotApplicableCase extends Case {
  readonly reason: string | RegExp;
}
/** For rules that read only the map: proof that unknown resource properties change nothing. */
export interface ReadsNoProperties {
  readonly readsNoProperties: ViolatingCase;
}
export interface RuleCases {
  readonly compliant: readonly Case[];
  readonly violating: readonly ViolatingCase[];
  readonly notApplicable: readonly NotApplicableCase[];
  readonly unknown: readonly Case[] | ReadsNoProperties;
}

function allUnknown(resource: TestResource): TestResource {
  return { ...resource, props: Object.fromEntries(Object.keys(resource.props).map((key) => [key, UNKNOWN.object])) };
}

function show(findings: readonly Finding[]): string {
  return `findings:\n${JSON.stringify(
    findings.map((f) => ({ status: f.status, code: f.code, urn: f.resource?.urn, message: f.message })),
    null,
    2,
  )}`;
}

/** The undecided findings name exactly these resources, in order, and none blocks a deployment. */
function expectUndecided(findings: readonly Finding[], names: readonly string[]): void {
  const undecided = findings.filter((f) => f.status === "undecided");
  expect(
    undecided.map((f) => f.resource?.name),
    show(findings),
  ).toEqual(names);
  for (const finding of undecided) {
    expect(finding.enforcementLevel, show(findings)).not.toBe("mandatory");
    expect(finding.unknown, show(findings)).toBeInstanceOf(UnknownValueError);
  }
}

/**
 * The case every rule shares: where the map puts the rule's duties (its own and each finding's) on
 * the provider's side for the types of a violating case, no finding about one of its resources
 * fails or waits on preview any more. Each not-applicable finding names the map's note; a stack rule
 * may instead answer for the whole stack, or find nothing left to ask. Built for every violating
 * case whose findings name a resource.
 */
function describeProviderSide(rule: Rule, violating: readonly ViolatingCase[]): void {
  const note = "the provider carries this duty here (test)";
  const withResourceFindings = violating.filter((c) => run(rule, c.resources, c.config, environment(c.map)).some((f) => f.resource));
  if (withResourceFindings.length === 0) return;
  it.each(withResourceFindings)("does not apply where the map puts its duties on the provider's side: $title", (c) => {
    const before = run(rule, c.resources, c.config, environment(c.map));
    const types = [...new Set(c.resources.map((r) => canonicalType(r.type)))];
    const duties = new Set([rule.duty, ...rule.findingDuties, ...before.map((f) => f.duty)]);
    let map = c.map ?? MAP;
    for (const duty of duties) map = mapWithScope(duty, { resourceTypes: types, side: "provider", note }, map);
    const after = run(rule, c.resources, c.config, environment(map));
    expect(
      after.filter((f) => f.resource !== undefined && f.status !== "not-applicable"),
      show(after),
    ).toEqual([]);
    for (const finding of after.filter((f) => f.status === "not-applicable")) expect(finding.problem, show(after)).toContain(note);
    const stackWide = (findings: readonly Finding[]) => findings.filter((f) => f.resource === undefined && f.status === "fail").length;
    expect(stackWide(after), show(after)).toBeLessThanOrEqual(stackWide(before));
  });
}

/** A violating case's expected problems: its codes, else its texts; exactly one of the two. */
function expected(rule: Rule, c: ViolatingCase): readonly string[] {
  if ((c.codes === undefined) === (c.problems === undefined)) {
    throw new Error(`${rule.name}: violating case "${c.title}" must give exactly one of codes and problems`);
  }
  return c.codes ?? c.problems ?? [];
}

function expectProblems(findings: readonly Finding[], c: ViolatingCase, rule?: Rule): void {
  if (c.codes !== undefined) {
    // A code a test expects is one the rule declares, so the docs list every problem.
    if (rule !== undefined)
      for (const code of c.codes) expect(Object.keys(rule.problems), `${rule.name} declares no problem "${code}"`).toContain(code);
    expect(
      findings.map((f) => f.code),
      show(findings),
    ).toEqual(c.codes);
  } else {
    expect(
      findings.map((f) => f.problem),
      show(findings),
    ).toEqual(c.problems);
  }
}

/**
 * The table every rule test uses. It refuses a rule without compliant, violating, not-applicable and
 * unknown-at-preview cases, and checks that a compliant case actually reached the rule.
 */
export function describeRule(rule: Rule, cases: RuleCases): void {
  // Not-applicable cases may be empty: the provider-side case below is built for every rule, and a
  // rule's own cases test the rule (a type or setting outside its scope), not the map.
  for (const kind of ["compliant", "violating"] as const) {
    if (cases[kind].length === 0) throw new Error(`${rule.name}: the test table has no ${kind} case`);
  }
  const unknownCases = "readsNoProperties" in cases.unknown ? [] : cases.unknown;
  const readsNothing = "readsNoProperties" in cases.unknown ? cases.unknown.readsNoProperties : undefined;
  if (unknownCases.length === 0 && readsNothing === undefined) throw new Error(`${rule.name}: the test table has no unknown case`);
  describe(rule.name, () => {
    it.each(cases.compliant)("passes: $title", (c) => {
      const findings = run(rule, c.resources, c.config, environment(c.map));
      expect(
        findings.filter((f) => f.status !== "not-applicable" || rule.kind === "stack"),
        show(findings),
      ).toEqual([]);
      if (rule.kind === "resource") {
        expect(
          c.resources.some((r) => rule.appliesTo.has(canonicalType(r.type))),
          "no resource of a type the rule checks",
        ).toBe(true);
      }
    });
    it.each(cases.violating)("fails: $title", (c) => {
      const all = run(rule, c.resources, c.config, environment(c.map));
      expectUndecided(all, c.undecided ?? []);
      const findings = all.filter((f) => f.status !== "undecided");
      expect(
        findings.map((f) => f.status),
        show(findings),
      ).toEqual(expected(rule, c).map(() => "fail"));
      expectProblems(findings, c, rule);
      // A finding reports under the rule's duty or one the rule declares in `findingDuties`.
      for (const finding of findings) expect([rule.duty, ...rule.findingDuties], show(findings)).toContain(finding.duty);
      if (c.duties !== undefined) {
        expect(
          findings.map((f) => f.duty),
          show(findings),
        ).toEqual(c.duties);
      }
      expect(
        findings.map((f) => f.enforcementLevel),
        show(findings),
      ).toEqual(c.levels ?? expected(rule, c).map(() => rule.enforcementLevel));
      for (const finding of findings) {
        expect(finding.message).toContain("Owner: ");
        expect(finding.message).toMatch(/Accountable for [^:]+: \S/);
      }
      expectNoPlantedSecrets(c, findings);
    });
    const declared = Object.keys(rule.problems);
    if (declared.length > 0) {
      it("has a violating case for every problem it declares", () => {
        const tested = new Set(cases.violating.flatMap((c) => c.codes ?? []));
        expect(
          declared.filter((code) => !tested.has(code)),
          "declared in `problems` but no violating case expects it",
        ).toEqual([]);
        for (const code of declared) expect(code, "a problem code is kebab-case").toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      });
    }
    describeProviderSide(rule, cases.violating);
    it.each(cases.notApplicable)("does not apply: $title", (c) => {
      const findings = run(rule, c.resources, c.config, environment(c.map));
      expect(
        findings.map((f) => f.status),
        show(findings),
      ).toEqual(["not-applicable"]);
      const reason = findings[0]?.problem ?? "";
      if (typeof c.reason === "string") expect(reason).toBe(c.reason);
      else expect(reason).toMatch(c.reason);
      expectNoPlantedSecrets(c, findings);
    });
    if (unknownCases.length > 0) {
      it.each(unknownCases)("cannot decide during preview: $title", (c) => {
        if (c.undecided === undefined && rule.kind === "resource") {
          expect(() => run(rule, c.resources, c.config, environment(c.map))).toThrow(UnknownValueError);
          return;
        }
        // A stack rule either stops (an unknown read outside any one resource's verdict) or leaves
        // the resources whose verdict reads it undecided, never failing or passing them.
        let findings: Finding[];
        try {
          findings = run(rule, c.resources, c.config, environment(c.map));
        } catch (error) {
          expect(c.undecided, "a case naming undecided resources must not stop the rule").toBeUndefined();
          expect(error).toBeInstanceOf(UnknownValueError);
          return;
        }
        const undecided = findings.filter((f) => f.status === "undecided");
        if (c.undecided !== undefined) expectUndecided(findings, c.undecided);
        else expect(undecided.length, show(findings)).toBeGreaterThan(0);
        expectUndecided(
          findings,
          undecided.map((f) => f.resource?.name ?? ""),
        );
      });
    }
    const decided = [...cases.compliant, ...cases.violating].filter((c) => !c.resources.some((r) => holdsUnknown(r.props)));
    if (decided.length > 0) {
      it.each(decided)("reads only paths its SDK declares, in preview and deployed state: $title", (c) => {
        const previewReads: Read[] = [];
        const deployedReads: Read[] = [];
        run(rule, c.resources, c.config, environment(c.map), previewReads);
        runDeployed(rule, c.resources, c.config, environment(c.map), deployedReads);
        const known = KNOWN_SHAPE_GAPS[rule.name]?.reads ?? [];
        const gaps = {
          preview: readsOutsideShape(previewReads, "preview").filter((gap) => !known.includes(gap)),
          deployed: readsOutsideShape(deployedReads, "deployed").filter((gap) => !known.includes(gap)),
        };
        expect(gaps, `paths outside the shape read: ${JSON.stringify(gaps)}`).toEqual({ preview: [], deployed: [] });
      });
      it.each(decided)("gives the same verdict on deployed state: $title", (c) => {
        const preview = verdicts(run(rule, c.resources, c.config, environment(c.map)));
        const deployed = verdicts(runDeployed(rule, c.resources, c.config, environment(c.map)));
        if (KNOWN_SHAPE_GAPS[rule.name]?.verdicts?.includes(c.title)) {
          expect(deployed, "a known gap is fixed: remove it from test/support/shape-gaps.ts").not.toEqual(preview);
        } else {
          expect(deployed, `preview ${JSON.stringify(preview)} deployed ${JSON.stringify(deployed)}`).toEqual(preview);
        }
      });
    }
    // Every type the rule matches must reach it in a decided case, so the two shape tests above
    // cover it; a type listed as untested in shape-gaps.ts must still be untested.
    it("exercises every type it matches in a decided compliant or violating case", () => {
      const exercised = new Set(decided.flatMap((c) => c.resources.map((r) => canonicalType(r.type))));
      const untested = KNOWN_SHAPE_GAPS[rule.name]?.untestedTypes ?? [];
      const missing = rule.resourceTypes.filter((type) => !exercised.has(canonicalType(type)) && !untested.includes(type));
      expect(missing, `types no decided case has a resource of: ${JSON.stringify(missing.slice(0, 40))}`).toEqual([]);
      const stale = untested.filter((type) => exercised.has(canonicalType(type)) || !rule.resourceTypes.includes(type));
      expect(stale, `exercised now or no longer matched, remove from test/support/shape-gaps.ts: ${JSON.stringify(stale)}`).toEqual([]);
    });
    const gaps = KNOWN_SHAPE_GAPS[rule.name];
    if (gaps !== undefined) {
      it("still has each known shape gap (test/support/shape-gaps.ts)", () => {
        const reads: Read[] = [];
        for (const c of decided) {
          run(rule, c.resources, c.config, environment(c.map), reads);
          runDeployed(rule, c.resources, c.config, environment(c.map), reads);
        }
        const seen = new Set([...readsOutsideShape(reads, "preview"), ...readsOutsideShape(reads, "deployed")]);
        const titles = new Set(decided.map((c) => c.title));
        expect(
          [...(gaps.reads ?? []).filter((gap) => !seen.has(gap)), ...(gaps.verdicts ?? []).filter((title) => !titles.has(title))],
          "fixed or renamed: remove these from test/support/shape-gaps.ts",
        ).toEqual([]);
      });
    }
    if (readsNothing) {
      it(`is unaffected by unknown resource properties: ${readsNothing.title}`, () => {
        const c = readsNothing;
        const findings = run(rule, c.resources.map(allUnknown), c.config, environment(c.map));
        expectProblems(findings, c);
      });
    }
  });
}
