/**
 * Endurance: the compiled pack (run `npm run build` first) answers 10,000 consecutive Analyze calls
 * with hostile inputs across the registry's resource types without a failed call and without its
 * memory growing: VmRSS of the pack process after a 1,000-call warm-up and at the end.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { RULES } from "../../policies/registry";
import { EngineHarness, type ResourceInput } from "../engine/harness";
import { environment } from "../support/rules";
import { hostileProps, probeKeys, type Vocabulary } from "./fuzz-core";

const CALLS = 10_000;
const WARM_UP = 1_000;
const MAX_GROWTH_MB = 50;

function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) / 1024;
}

/** Inputs: every rule's own types (a sample of the owner rule's thousands), props from the fuzz generators. */
function inputs(count: number): ResourceInput[] {
  const env = environment();
  const types = new Set<string>();
  const keys = new Set<string>();
  for (const rule of RULES) {
    const own = rule.resourceTypes.length > 200 ? rule.resourceTypes.filter((_, i) => i % 97 === 0) : rule.resourceTypes;
    for (const type of own) types.add(type);
    for (const key of probeKeys(rule, own.length > 0 ? own : ["aws:ebs/volume:Volume"], env, 10)) keys.add(key);
  }
  const vocabulary: Vocabulary = { keys: [...keys].sort(), types: [...types].sort(), otherTypes: [...types].sort() };
  const resource = fc.record({
    type: fc.constantFrom(...vocabulary.types),
    name: fc.constantFrom("a", "b", "legacy-data"),
    props: hostileProps(vocabulary, 1, false),
    aws: fc.boolean(),
  });
  return fc.sample(resource, { numRuns: count, seed: 20261123 }).map(({ type, name, props, aws }) => {
    // The engine sends protobuf Structs: no undefined, no NaN or Infinity, and a secret always has a value.
    const wire = JSON.parse(
      JSON.stringify(props, (key, value: unknown) => (key === "value" && value === undefined ? null : value)) ?? "{}",
    ) as Record<string, unknown>;
    const input: ResourceInput = { type, name, props: wire };
    if (aws && type.startsWith("aws:")) input.provider = { type: "pulumi:providers:aws", name: "eu", props: { region: "eu-west-1" } };
    return input;
  });
}

let engine: EngineHarness;
beforeAll(async () => {
  // A capped old space makes V8 collect instead of growing into free memory, so RSS growth measures
  // retained memory (uncapped, RSS grew ~125 MB over 9,000 calls and stayed flat under this cap); a
  // real leak then ends in an out-of-memory crash, which fails a call. A capped young generation keeps
  // RSS from growing as V8 enlarges its semi-spaces (Node 24 grows them further than 22: 54 MB of RSS
  // growth in a run whose old space stayed flat).
  engine = await EngineHarness.start({
    env: { NODE_OPTIONS: process.env["ENDURANCE_NODE_OPTIONS"] ?? "--max-old-space-size=192 --max-semi-space-size=16" },
  });
  await engine.configure({});
});
afterAll(async () => {
  await engine?.stop();
});

it(`answers ${CALLS} consecutive Analyze calls with hostile inputs without memory growth`, async () => {
  const pid = engine.pid;
  if (pid === undefined) throw new Error("the pack has no pid");
  const batch = inputs(CALLS);
  let diagnostics = 0;
  let before = 0;
  const started = performance.now();
  for (const [index, input] of batch.entries()) {
    if (index === WARM_UP) {
      before = rssMb(pid);
      console.log(`endurance: warm-up of ${WARM_UP} calls took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    try {
      diagnostics += (await engine.analyze(input)).diagnostics.length;
    } catch (error) {
      throw new Error(`call ${index} failed for ${input.type}: ${(error as Error).message}\nstderr:\n${engine.stderr()}`);
    }
  }
  const after = rssMb(pid);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `endurance: ${CALLS} Analyze calls in ${seconds.toFixed(1)} s (${diagnostics} diagnostics); pack VmRSS ${before.toFixed(1)} MB after ${WARM_UP} calls, ${after.toFixed(1)} MB at the end (growth ${(after - before).toFixed(1)} MB)`,
  );
  expect(diagnostics).toBeGreaterThan(0);
  expect(after - before).toBeLessThan(MAX_GROWTH_MB);
}, 180_000);
