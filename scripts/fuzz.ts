/**
 * `npm run fuzz`: the rule fuzz property (test/hostile/fuzz-core.ts) at 100,000 runs per rule, over
 * the compiled rules in dist/. Compiled by scripts/tsconfig.fuzz.json next to dist/, so the core's
 * imports of ../../policies resolve to the built pack.
 *
 *   npm run fuzz                      every rule, 100,000 runs each
 *   npm run fuzz -- --runs 5000 --rule aws-s3-bucket-require-encryption --seed 42
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { RULE_DUTIES, RULES } from "../policies/registry";
import { loadMap } from "../responsibility-map/loader";
import { fuzzRule } from "../test/hostile/fuzz-core";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "100000" }, rule: { type: "string", multiple: true }, seed: { type: "string" } },
});
const runs = Number(values.runs);
const only = new Set(values.rule ?? []);
const env = {
  map: loadMap(path.join(process.cwd(), "responsibility-map", "map.yaml"), { knownRules: RULE_DUTIES }),
  now: new Date("2026-11-23T12:00:00Z"),
  ruleDuties: RULE_DUTIES,
};
let failed = 0;
const started = performance.now();
for (const rule of RULES) {
  if (only.size > 0 && !only.has(rule.name)) continue;
  const t = performance.now();
  try {
    const stats = fuzzRule(rule, RULES, env, values.seed === undefined ? { numRuns: runs } : { numRuns: runs, seed: Number(values.seed) });
    process.stdout.write(
      `ok   ${rule.name}: ${stats.runs} runs, ${stats.completed} completed, ${stats.unknown} stopped on an unknown, ${stats.withSentinels} compared with concrete values, ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
  } catch (error) {
    failed++;
    process.stdout.write(`FAIL ${rule.name}:\n${(error as Error).message}\n`);
  }
}
process.stdout.write(
  `${failed === 0 ? "all rules passed" : `${failed} rule(s) failed`} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
