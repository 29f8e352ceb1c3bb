/**
 * A value that was a secret is never shown, whatever its type or length, and hiding it touches only
 * the places it was copied to. Every number and every short string (under 8 characters) of the
 * example stacks' deployed resources becomes a secret holding a distinctive value (the number plus
 * 0.0713, the string with "µ" appended), all at once and one at a time, and goes through the rule core
 * as the audit and the pack run it. No finding may show one.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runRules } from "../../policies/core/run";
import { marked, quoted, revealValues, SECRET_MASK } from "../../policies/core/shown-values";
import { RULES } from "../../policies/registry";
import { PACK_DIR, secret } from "../engine/harness";
import { environment, toView } from "../support/rules";

const TRACE = /0713|µ/;

interface StateResource {
  readonly urn: string;
  readonly type: string;
  readonly custom: boolean;
  readonly id?: string;
  readonly outputs?: Record<string, unknown>;
}

function plant(value: unknown, counter: { n: number }, only: number): unknown {
  if (typeof value === "number" || (typeof value === "string" && value.length < 8)) {
    const index = counter.n++;
    if (only >= 0 && index !== only) return value;
    return secret(typeof value === "number" ? value + 0.0713 : `${value}µ`);
  }
  if (Array.isArray(value)) return value.map((item) => plant(item, counter, only));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plant(item, counter, only)]));
  }
  return value;
}

function resourcesOf(example: string): StateResource[] {
  const state = JSON.parse(readFileSync(path.join(PACK_DIR, "examples", "stacks", `${example}-dev.json`), "utf8")) as {
    deployment: { resources: StateResource[] };
  };
  return state.deployment.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
}

describe("secret numbers and short strings", () => {
  it.each(["aws", "azure"])("never appear in a finding of the %s example, planted all at once or one at a time", (example) => {
    const resources = resourcesOf(example);
    const leaks = new Set<string>();
    let shown = 0;
    for (let only = -1; only < 12; only++) {
      const views = resources.map((r) =>
        toView({
          type: r.type,
          name: r.urn.slice(r.urn.lastIndexOf("::") + 2),
          urn: r.urn,
          ...(r.id === undefined ? {} : { id: r.id }),
          props: plant(r.outputs ?? {}, { n: 0 }, only) as Record<string, unknown>,
        }),
      );
      for (const finding of runRules(RULES, views, environment())) {
        for (const text of [finding.message, finding.problem, finding.subject ?? ""]) {
          if (TRACE.test(text)) leaks.add(`${finding.rule}: ${text}`);
          if (text.includes(SECRET_MASK)) shown++;
        }
      }
    }
    expect([...leaks]).toEqual([]);
    // The planted values do reach messages (as "[secret]"), so the check above is not vacuous.
    expect(shown).toBeGreaterThan(0);
  });
});

describe("revealValues", () => {
  it("hides marked copies of a secret and nothing else", () => {
    const secrets = new Set(["internal", JSON.stringify("internal"), "7"]);
    const text = `\`level\` is ${quoted("internal")}: internal data is kept ${marked("7")} days, below the required 7`;
    expect(revealValues(text, secrets)).toBe("`level` is [secret]: internal data is kept [secret] days, below the required 7");
  });

  it("drops the marks, and stray mark characters, when nothing is secret", () => {
    expect(revealValues(`is ${quoted(3)} \uE001x\uE000`, undefined)).toBe("is 3 x");
  });
});
