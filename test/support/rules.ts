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
import type { Rule } from "../../policies/core/rule";
import { RULE_DUTIES } from "../../policies/registry";
import { loadMap } from "../../responsibility-map/loader";
import type { DutyScope, ResponsibilityMap } from "../../responsibility-map/model";
import { PACK_DIR, type ResourceInput, secret, UNKNOWN, urnOf } from "../engine/harness";

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

export function resource(type: string, name: string, props: Record<string, unknown> = {}, extra: Partial<TestResource> = {}): TestResource {
  return { type, name, props: { tags: { owner: OWNER }, ...props }, ...extra };
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
function deserialize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deserialize);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record["4dabf18193072939515e22adb298388d"] === "1b47061264138c4ac30d75fd1eb44270") return deserialize(record["value"]);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, deserialize(v)]));
  }
  return value;
}

export function toView(input: TestResource): ResourceView {
  const urn = input.urn ?? urnOf(input.type, input.name);
  return {
    type: canonicalType(input.type),
    name: input.name,
    urn,
    props: unknownCheckingProxy(deserialize(input.props) as Record<string, unknown>),
    provider: input.provider
      ? { type: input.provider.type, props: unknownCheckingProxy(deserialize(input.provider.props) as Record<string, unknown>) }
      : undefined,
    propertyDependencies: input.propertyDependencies,
    id: input.id,
  };
}

export function settingsFor(rule: Rule, config: Record<string, unknown> = {}): RuleSettings {
  return { enforcementLevel: rule.enforcementLevel, config: { ...rule.defaults, ...config } };
}

/** Runs a rule over resources as its host would: a resource rule per resource, a stack rule once. */
export function run(rule: Rule, resources: readonly TestResource[], config: Record<string, unknown> = {}, env = environment()): Finding[] {
  const views = resources.map(toView);
  const settings = settingsFor(rule, config);
  if (rule.kind === "stack") return evaluateStack(rule, views, env, settings);
  return views.flatMap((view) => evaluateResource(rule, view, env, settings));
}

export interface Case {
  readonly title: string;
  readonly resources: readonly TestResource[];
  readonly config?: Record<string, unknown>;
  /** A map other than the bundled one (see `mapWithScope`). */
  readonly map?: ResponsibilityMap;
}

/** The bundled map with one more scope on a duty, e.g. to put a duty on the provider's side. */
export function mapWithScope(dutyId: string, scope: DutyScope, base: ResponsibilityMap = MAP): ResponsibilityMap {
  const duties = base.duties.map((duty) => (duty.id === dutyId ? { ...duty, scopes: [scope, ...duty.scopes] } : duty));
  return { ...base, duties, dutyById: new Map(duties.map((duty) => [duty.id, duty])) };
}
export interface ViolatingCase extends Case {
  /** The exact problems, in order, one per finding. */
  readonly problems: readonly string[];
  /** The enforcement level of each finding, in order, when it is not the rule's own. */
  readonly levels?: readonly string[];
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
    findings.map((f) => ({ status: f.status, urn: f.resource?.urn, message: f.message })),
    null,
    2,
  )}`;
}

/**
 * The table every rule test uses. It refuses a rule without compliant, violating, not-applicable and
 * unknown-at-preview cases, and checks that a compliant case actually reached the rule.
 */
export function describeRule(rule: Rule, cases: RuleCases): void {
  for (const kind of ["compliant", "violating", "notApplicable"] as const) {
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
      const findings = run(rule, c.resources, c.config, environment(c.map));
      expect(
        findings.map((f) => f.status),
        show(findings),
      ).toEqual(c.problems.map(() => "fail"));
      expect(
        findings.map((f) => f.problem),
        show(findings),
      ).toEqual(c.problems);
      expect(
        findings.map((f) => f.enforcementLevel),
        show(findings),
      ).toEqual(c.levels ?? c.problems.map(() => rule.enforcementLevel));
      for (const finding of findings) {
        expect(finding.message).toContain("Owner: ");
        expect(finding.message).toMatch(/Accountable for [^:]+: \S/);
      }
      expectNoPlantedSecrets(c, findings);
    });
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
        expect(() => run(rule, c.resources, c.config, environment(c.map))).toThrow(UnknownValueError);
      });
    }
    if (readsNothing) {
      it(`is unaffected by unknown resource properties: ${readsNothing.title}`, () => {
        const c = readsNothing;
        const findings = run(rule, c.resources.map(allUnknown), c.config, environment(c.map));
        expect(
          findings.map((f) => f.problem),
          show(findings),
        ).toEqual(c.problems);
      });
    }
  });
}
