/**
 * Helpers for tests of rules whose thresholds follow the resource's data classification level: the
 * bundled map's levels, a map without them (the rule's own configuration decides), and a table that
 * runs one resource at every level.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../policies/core/finding";
import type { Rule } from "../../policies/core/rule";
import type { ResponsibilityMap } from "../../responsibility-map/model";
import { type Case, environment, MAP, OWNER, type RuleCases, run, type TestResource } from "./rules";

export const LEVELS = ["public", "internal", "confidential", "restricted"] as const;
export type LevelId = (typeof LEVELS)[number];
export const CLASSIFICATION_TAG = "data-classification";

/** The bundled map without its classification section: rules fall back to their own configuration. */
export const MAP_WITHOUT_CLASSIFICATION: ResponsibilityMap = { ...MAP, classification: undefined };

/** Tags for a resource of the given level (or of none), with the owner the table helper adds. */
export function tagsFor(level: LevelId | string | undefined): Record<string, string> {
  return level === undefined ? { owner: OWNER } : { owner: OWNER, [CLASSIFICATION_TAG]: level };
}

/**
 * The same table, run against the map without classification levels: these cases pin the rule's
 * behaviour under its own configuration (`minimumRetentionDays`, `requireCustomerManagedKey`, ...),
 * which is what the pack does for organisations whose map defines no levels.
 */
export function withoutClassification(cases: RuleCases): RuleCases {
  const strip = <C extends Case>(c: C): C => ({ ...c, map: c.map ? { ...c.map, classification: undefined } : MAP_WITHOUT_CLASSIFICATION });
  return {
    compliant: cases.compliant.map(strip),
    violating: cases.violating.map(strip),
    notApplicable: cases.notApplicable.map(strip),
    unknown: "readsNoProperties" in cases.unknown ? cases.unknown : cases.unknown.map(strip),
  };
}

/** What a rule reports at one level: the exact problems (none = compliant), or why it does not apply. */
/**
 * The problems expected at a level, one per finding: the rule's problem codes (preferred: a
 * rewording touches no test) or, for a rule without codes, the exact texts; or not applicable.
 */
export type LevelOutcome = readonly string[] | { readonly notApplicable: string | RegExp };

export interface LevelTable {
  /** Behaviour of the resource, e.g. "instance with backupRetentionPeriod=7". */
  readonly title: string;
  /** The resources, with the classified one carrying `tags`. */
  readonly resources: (tags: Record<string, string>) => readonly TestResource[];
  readonly expected: Readonly<Record<LevelId, LevelOutcome>>;
  readonly config?: Record<string, unknown>;
}

/** Codes when every expected entry is one the rule declares, else texts. */
function byCode(rule: Rule, expected: LevelOutcome): boolean {
  return !("notApplicable" in expected) && expected.length > 0 && expected.every((entry) => entry in rule.problems);
}

function outcomeOf(findings: readonly Finding[], codes: boolean): { problems: string[]; notApplicable: string[] } {
  return {
    problems: findings.filter((f) => f.status === "fail").map((f) => (codes ? (f.code ?? f.problem) : f.problem)),
    notApplicable: findings.filter((f) => f.status === "not-applicable").map((f) => f.problem),
  };
}

function expectOutcome(rule: Rule, findings: readonly Finding[], expected: LevelOutcome, level: string | undefined): void {
  const shown = JSON.stringify(
    findings.map((f) => ({ status: f.status, classification: f.classification, code: f.code, problem: f.problem })),
    null,
    2,
  );
  const { problems, notApplicable } = outcomeOf(findings, byCode(rule, expected));
  if ("notApplicable" in expected) {
    expect(problems, shown).toEqual([]);
    expect(notApplicable.length, shown).toBeGreaterThan(0);
    for (const reason of notApplicable) {
      if (typeof expected.notApplicable === "string") expect(reason).toBe(expected.notApplicable);
      else expect(reason).toMatch(expected.notApplicable);
    }
    return;
  }
  expect(problems, shown).toEqual(expected);
  // A resource rule that passes reports nothing; a stack rule may add not-applicable findings.
  if (rule.kind === "resource" && expected.length === 0) expect(notApplicable, shown).toEqual([]);
  for (const finding of findings.filter((f) => f.status === "fail")) {
    expect(finding.classification, shown).toBe(level ?? MAP.classification?.default);
  }
}

/**
 * Runs one resource at every classification level of the bundled map, untagged (the map's default
 * level), and re-tagged between two runs (same URN, different level, different verdict).
 */
export function describeLevels(rule: Rule, table: LevelTable): void {
  const defaultLevel = MAP.classification?.default as LevelId;
  describe(`${rule.name} by classification level: ${table.title}`, () => {
    it.each(LEVELS.map((level) => [level] as const))("at level %s", (level) => {
      const findings = run(rule, table.resources(tagsFor(level)), table.config, environment());
      expectOutcome(rule, findings, table.expected[level], level);
    });
    it(`untagged, held to the default level ${defaultLevel}`, () => {
      const findings = run(rule, table.resources(tagsFor(undefined)), table.config, environment());
      expectOutcome(rule, findings, table.expected[defaultLevel], undefined);
    });
    const key = (outcome: LevelOutcome) => JSON.stringify("notApplicable" in outcome ? "n/a" : outcome);
    const from = LEVELS.find((level) => LEVELS.some((other) => key(table.expected[other]) !== key(table.expected[level])));
    const to = from && LEVELS.find((level) => key(table.expected[level]) !== key(table.expected[from]));
    if (from && to) {
      it(`changes its verdict when the same resource is re-tagged from ${from} to ${to}`, () => {
        const first = run(rule, table.resources(tagsFor(from)), table.config, environment());
        const second = run(rule, table.resources(tagsFor(to)), table.config, environment());
        expectOutcome(rule, first, table.expected[from], from);
        expectOutcome(rule, second, table.expected[to], to);
        expect(key(table.expected[from])).not.toBe(key(table.expected[to]));
      });
    }
  });
}
