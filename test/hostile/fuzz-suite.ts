/**
 * The fuzz suite over the registry, split into shards so vitest runs them in parallel. FUZZ_RUNS
 * overrides the runs per rule (default 1,000), FUZZ_SEED replays a failure.
 */
import { describe, expect, it } from "vitest";
import { RULES } from "../../policies/registry";
import { environment } from "../support/rules";
import { fuzzRule } from "./fuzz-core";

export const RUNS = Number(process.env["FUZZ_RUNS"] ?? 1000);
const SEED = process.env["FUZZ_SEED"] === undefined ? undefined : Number(process.env["FUZZ_SEED"]);

export function describeFuzzShard(shard: number, shards: number): void {
  const rules = RULES.filter((_rule, index) => index % shards === shard);
  describe(`rules under hostile input (shard ${shard + 1} of ${shards})`, () => {
    it.each(rules.map((rule) => [rule.name, rule] as const))(
      "%s throws nothing but UnknownValueError and never decides on an unknown",
      (_name, rule) => {
        const stats = fuzzRule(rule, RULES, environment(), SEED === undefined ? { numRuns: RUNS } : { numRuns: RUNS, seed: SEED });
        expect(stats.runs).toBe(RUNS);
        // The generator must reach the rule's logic: most runs complete (a third carry no sentinel at all).
        expect(stats.completed, JSON.stringify(stats)).toBeGreaterThanOrEqual(RUNS * 0.2);
      },
      300_000,
    );
  });
}
