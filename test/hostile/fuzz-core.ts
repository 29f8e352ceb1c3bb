/**
 * Rules under fuzzing: hostile property sets for every rule in the registry, run the way the engine
 * runs them (secrets unwrapped, props wrapped in @pulumi/policy's unknown-checking proxy).
 *
 * Shared by the vitest suite (test/hostile/fuzz-rules.test.ts, 1,000 runs per rule) and the on-demand
 * script (scripts/fuzz.ts, compiled next to dist/ and run over the compiled rules). It imports no
 * vitest, so the script can load it.
 *
 * The property, for one rule and one generated input (resources with unknown sentinels anywhere):
 *  1. Evaluating the input throws nothing but the SDK's `UnknownValueError`.
 *  2. If it completes, its findings equal, exactly, the findings for the same input with every sentinel
 *     replaced by concrete values, for two independent random replacements (A and B), and neither of
 *     those runs throws anything.
 * Why 2 is the sound formulation of "an unknown never yields a violation": the proxy throws on every
 * read of a sentinel, so a run that completes never observed one through the proxy; a pure rule that
 * observed none must return the same findings whatever the sentinels stand for. A verdict that differs
 * between the sentinel run and a concretisation means the rule saw the unknown by some other path
 * (caught the error, read the raw target, kept module state), i.e. it decided on a value it cannot know.
 * A violation produced while an unknown stands where the rule reads is caught the same way: either the
 * read throws, or one of the two concretisations disagrees with it.
 */
import { UnknownValueError, unknownCheckingProxy } from "@pulumi/policy";
import fc from "fast-check";
import { type Environment, evaluateResource, evaluateStack, type RuleSettings } from "../../policies/core/evaluate";
import type { Finding } from "../../policies/core/finding";
import { canonicalType, type ResourceView } from "../../policies/core/resource";
import type { Rule } from "../../policies/core/rule";
import { secret, UNKNOWN, urnOf } from "../engine/harness";

export const SENTINELS: readonly string[] = Object.values(UNKNOWN);
const SENTINEL_SET = new Set(SENTINELS);

export interface FuzzProvider {
  type: string;
  props: Record<string, unknown>;
}
export interface FuzzResource {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
  provider?: FuzzProvider;
  propertyDependencies?: Record<string, string[]>;
  id?: string;
}

/** One generated case: resources with sentinels, and two lists of concrete stand-ins for them. */
export interface FuzzCase {
  resources: FuzzResource[];
  standInsA: unknown[];
  standInsB: unknown[];
}

// ---------------------------------------------------------------------------------------------
// Views, as the engine builds them.

/** Unwraps the engine's secret wrapper as @pulumi/policy's deserializer does (test/support/rules.ts). */
function deserialize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deserialize);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record["4dabf18193072939515e22adb298388d"] === "1b47061264138c4ac30d75fd1eb44270") return deserialize(record["value"]);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(record)) out[key] = deserialize(inner);
    return out;
  }
  return value;
}

export function toView(input: FuzzResource): ResourceView {
  return {
    type: canonicalType(input.type),
    name: input.name,
    urn: input.urn,
    props: unknownCheckingProxy(deserialize(input.props) as Record<string, unknown>),
    provider: input.provider
      ? { type: input.provider.type, props: unknownCheckingProxy(deserialize(input.provider.props) as Record<string, unknown>) }
      : undefined,
    propertyDependencies: input.propertyDependencies,
    id: input.id,
  };
}

export function settingsOf(rule: Rule): RuleSettings {
  return { enforcementLevel: rule.enforcementLevel, config: { ...rule.defaults } };
}

export function evaluate(rule: Rule, resources: readonly FuzzResource[], env: Environment): Finding[] {
  const views = resources.map((r) => toView(r));
  const settings = settingsOf(rule);
  if (rule.kind === "stack") return evaluateStack(rule, views, env, settings);
  return views.flatMap((view) => evaluateResource(rule, view, env, settings));
}

// ---------------------------------------------------------------------------------------------
// Which property names a rule reads: probed with recording proxies, so that generated objects use the
// names rules actually look at (new rules are covered without listing their properties anywhere).

const PROTOTYPE_KEYS = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  ...Object.getOwnPropertyNames(Array.prototype),
  ...Object.getOwnPropertyNames(String.prototype),
  "then",
  "toJSON",
  "__isSpecialProxy",
  "__getSpecialProxyTarget",
]);

/** Policy-document vocabulary (IAM, S3, SNS, SQS, KMS), for JSON-string documents rules parse themselves. */
export const POLICY_KEYS = [
  "Version",
  "Statement",
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
  "AWS",
  "Service",
  "Federated",
  "Bool",
  "StringEquals",
  "StringLike",
  "NumericLessThan",
  "Null",
  "aws:SecureTransport",
  "aws:MultiFactorAuthPresent",
  "aws:SourceArn",
  "s3:x-amz-server-side-encryption",
  "kms:ViaService",
];

const OWNER_KEYS = ["tags", "tagsAll", "owner", "Owner"];

type Flavour = "object" | "array" | "true" | "false" | "string" | "number" | "null";
const FLAVOURS: readonly Flavour[] = ["object", "array", "true", "false", "string", "number", "null"];

function hash(text: string, seed: number): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function recorder(keys: Set<string>, seed: number, depth: number): Record<string, unknown> {
  const cache = new Map<string, unknown>();
  const valueFor = (key: string): unknown => {
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached;
    const flavour = FLAVOURS[hash(key, seed) % FLAVOURS.length] ?? "null";
    let value: unknown;
    if (depth >= 5) value = undefined;
    else if (flavour === "object") value = recorder(keys, seed + 1, depth + 1);
    else if (flavour === "array") value = [recorder(keys, seed + 2, depth + 1), recorder(keys, seed + 3, depth + 1)];
    else if (flavour === "true") value = true;
    else if (flavour === "false") value = false;
    else if (flavour === "string") value = seed % 2 === 0 ? "" : "*";
    else if (flavour === "number") value = seed % 3;
    else value = seed % 2 === 0 ? null : undefined;
    cache.set(key, value);
    return value;
  };
  return new Proxy({} as Record<string, unknown>, {
    get(target, key) {
      if (typeof key !== "string" || PROTOTYPE_KEYS.has(key) || /^\d+$/.test(key)) return Reflect.get(target, key);
      keys.add(key);
      return valueFor(key);
    },
    has(_target, key) {
      if (typeof key === "string" && !PROTOTYPE_KEYS.has(key)) keys.add(key);
      return typeof key === "string" && valueFor(key) !== undefined;
    },
  });
}

/** The property names a rule reads on resources of its types (and their providers), over many probes. */
export function probeKeys(rule: Rule, types: readonly string[], env: Environment, probes = 60): string[] {
  const keys = new Set<string>();
  for (let seed = 1; seed <= probes; seed++) {
    const views: ResourceView[] = types.slice(0, 8).map((type, index) => ({
      type,
      name: `probe${index}`,
      urn: urnOf(type, `probe${index}`),
      props: recorder(keys, seed * 31 + index, 0),
      provider: { type: "pulumi:providers:aws", props: recorder(keys, seed * 17 + index, 0) },
      propertyDependencies: {},
      id: `probe${index}`,
    }));
    try {
      const settings = settingsOf(rule);
      if (rule.kind === "stack") evaluateStack(rule, views, env, settings);
      else for (const view of views) evaluateResource(rule, view, env, settings);
    } catch {
      // A probe only collects names; the fuzz property judges errors.
    }
  }
  return [...keys].sort();
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

/** Strings rules compare against, ids shared between resources (for joins by value), and nasty text. */
const STRINGS = [
  "",
  " ",
  "true",
  "false",
  "null",
  "0",
  "-1",
  "1e309",
  "aws:kms",
  "aws:kms:dsse",
  "AES256",
  "TLS1_0",
  "TLS1_2",
  "TLS1_3",
  "Enabled",
  "Disabled",
  "Suspended",
  "ENABLED",
  "Allow",
  "Deny",
  "*",
  "s3:*",
  "kms:*",
  "HTTP",
  "HTTPS",
  "ELBSecurityPolicy-2016-08",
  "ELBSecurityPolicy-TLS13-1-2-2021-06",
  "arn:aws:kms:eu-west-1:123456789012:key/abcd",
  "alias/aws/s3",
  "b1",
  "b2",
  "id-1",
  "id-2",
  "diego.alvarez",
  "sam.oconnor",
  "platform-team",
  "MEI.CHEN@northwind.example",
  "Cloud Engineer",
  "__proto__",
  "constructor",
  "\u0000",
  "\ud800",
  "🔥",
  "a".repeat(300),
];

const GARBAGE_JSON = [
  "{",
  "}",
  "[",
  "null",
  "true",
  "0",
  '"x"',
  "[]",
  "{}",
  '{"Statement": null}',
  '{"Statement": 5}',
  '{"Statement": "Allow"}',
  '{"Statement": [null, 1, "x", []]}',
  '{"Statement": {"Effect": "Deny"}}',
  '{"Statement": [{"Effect": "Allow", "Action": {"x": 1}, "Condition": "x"}]}',
  '{"__proto__": {"Statement": []}}',
  "\ufeff{}",
  "{'Statement': []}",
  '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}',
];

const BIG_STRING = "x".repeat(50_000);
const HUGE_ARRAY_OF_NULLS: unknown[] = new Array(5_000).fill(null);
const HUGE_ARRAY_OF_STRINGS: unknown[] = new Array(5_000).fill("*");

function deepChain(keys: readonly string[], depth: number): unknown {
  let value: unknown = true;
  for (let i = 0; i < depth; i++) {
    const key = keys[i % keys.length] ?? "a";
    value = i % 3 === 2 ? [value] : { [key]: value };
  }
  return value;
}

export interface Vocabulary {
  /** Property names the rule reads, plus owner-tag names. */
  readonly keys: readonly string[];
  /** Resource types a case draws from. */
  readonly types: readonly string[];
  /** Types of sibling resources for stack rules (the registry's types). */
  readonly otherTypes: readonly string[];
}

const sentinel = fc.constantFrom(...SENTINELS);

/** A value with no sentinel in it: the stand-ins that replace sentinels. */
export const concreteLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.constantFrom(0, -0, 1, 7, 365, -1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 1.5),
  fc.constantFrom(...STRINGS),
  fc.string({ maxLength: 6 }),
  fc.constant([]),
  fc.constant({}),
);

/** Hostile values for one rule's vocabulary, including sentinels (rarely) and secrets. */
export function hostileValue(vocabulary: Vocabulary, sentinelWeight = 1, huge = true): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...vocabulary.keys) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  const policyKey = fc.constantFrom(...POLICY_KEYS);
  const chain = deepChain(vocabulary.keys.length > 0 ? vocabulary.keys : ["a"], 60);
  const policyLeaf = fc.oneof(fc.constantFrom(...STRINGS), fc.boolean(), fc.constant(null), fc.integer({ min: -2, max: 3 }));
  const { policyValue } = fc.letrec((tie) => ({
    policyValue: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      policyLeaf,
      fc.array(tie("policyValue"), { maxLength: 3 }),
      fc.dictionary(policyKey, tie("policyValue"), { maxKeys: 4 }),
    ),
  }));
  const policyJson = fc.oneof(
    fc.constantFrom(...GARBAGE_JSON),
    policyValue.map((value) => JSON.stringify(value) ?? "null"),
    fc.dictionary(policyKey, policyValue, { maxKeys: 4 }).map((doc) => JSON.stringify({ Version: "2012-10-17", ...doc })),
  );
  const rare = fc.oneof(
    fc.constant(BIG_STRING),
    fc.constant(HUGE_ARRAY_OF_NULLS),
    fc.constant(HUGE_ARRAY_OF_STRINGS),
    fc.constant(chain),
    fc.constant(`${SENTINELS[0]}x`),
  );
  const leaf = fc.oneof(
    { weight: 20, arbitrary: concreteLeaf },
    { weight: 2 * sentinelWeight, arbitrary: sentinel },
    { weight: 4, arbitrary: policyJson },
    { weight: huge ? 1 : 0, arbitrary: rare },
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 4, arbitrary: leaf },
      { weight: 2, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
      { weight: 3, arbitrary: fc.dictionary(key, tie("value"), { maxKeys: 5 }) },
      { weight: 1, arbitrary: tie("value").map((inner) => secret(inner)) },
      { weight: 1, arbitrary: fc.dictionary(policyKey, tie("value"), { maxKeys: 4 }) },
    ),
  }));
  return value;
}

const OWNER_VALUES = ["diego.alvarez", "sam.oconnor", "platform-team", "nobody", "Cloud Engineer", "MEI.CHEN@northwind.example", ""];

function ownerTags(sentinelWeight: number): fc.Arbitrary<unknown> {
  const ownerValue = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...OWNER_VALUES) },
    { weight: sentinelWeight, arbitrary: sentinel },
    { weight: 1, arbitrary: concreteLeaf },
    { weight: 1, arbitrary: fc.constantFrom(...OWNER_VALUES).map((owner) => secret(owner)) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ owner: ownerValue }) },
    { weight: 1, arbitrary: fc.record({ Owner: ownerValue, other: ownerValue }) },
    { weight: sentinelWeight, arbitrary: sentinel },
    { weight: 1, arbitrary: concreteLeaf },
  );
}

/** The props of one resource: the rule's keys with hostile values, usually with an owner tag. */
export function hostileProps(vocabulary: Vocabulary, sentinelWeight: number, huge = true): fc.Arbitrary<Record<string, unknown>> {
  const value = hostileValue(vocabulary, sentinelWeight, huge);
  const keys = vocabulary.keys.length > 0 ? vocabulary.keys : ["a"];
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: Math.min(6, keys.length) }),
      fc.option(ownerTags(sentinelWeight), { freq: 4, nil: undefined }),
      fc.option(ownerTags(sentinelWeight), { freq: 2, nil: undefined }),
    )
    .map(([props, tags, tagsAll]) => {
      const out: Record<string, unknown> = { ...props };
      if (tags !== undefined) out["tags"] = tags;
      if (tagsAll !== undefined) out["tagsAll"] = tagsAll;
      return out;
    });
}

function providerFor(type: string, sentinelWeight: number): fc.Arbitrary<FuzzProvider | undefined> {
  if (!type.startsWith("aws:")) return fc.constant(undefined);
  const defaultTags = fc.oneof(
    ownerTags(sentinelWeight).map((tags) => JSON.stringify({ tags }) ?? "null"),
    fc.constantFrom(...GARBAGE_JSON),
    ownerTags(sentinelWeight).map((tags) => ({ tags })),
    sentinel,
    concreteLeaf,
  );
  return fc.option(
    fc.record({ type: fc.constant("pulumi:providers:aws"), props: fc.record({ region: fc.constantFrom("eu-west-1", ""), defaultTags }) }),
    { freq: 2, nil: undefined },
  );
}

const NAMES = ["a", "b", "c", "b1", "legacy-data", "legacyexports1"];

/** One resource of one of `types`. */
function hostileResource(vocabulary: Vocabulary, types: readonly string[], sentinelWeight: number): fc.Arbitrary<FuzzResource> {
  return fc
    .record({
      type: fc.constantFrom(...types),
      name: fc.constantFrom(...NAMES),
      props: hostileProps(vocabulary, sentinelWeight),
      id: fc.option(fc.constantFrom("b1", "b2", "id-1", "id-2", ""), { freq: 2, nil: undefined }),
    })
    .chain((draft) =>
      providerFor(draft.type, sentinelWeight).map((provider) => {
        const resource: FuzzResource = { type: draft.type, name: draft.name, urn: urnOf(draft.type, draft.name), props: draft.props };
        if (provider) resource.provider = provider;
        if (draft.id !== undefined) resource.id = draft.id;
        return resource;
      }),
    );
}

/** A small stack of related resources: the rule's types, some other registry types, random dependencies. */
function hostileStack(vocabulary: Vocabulary, sentinelWeight: number): fc.Arbitrary<FuzzResource[]> {
  const own = vocabulary.types.length > 0 ? vocabulary.types : vocabulary.otherTypes;
  const typed = fc.oneof(
    { weight: 5, arbitrary: hostileResource(vocabulary, own, sentinelWeight) },
    { weight: 1, arbitrary: hostileResource(vocabulary, vocabulary.otherTypes, sentinelWeight) },
  );
  return fc
    .record({
      resources: fc.array(typed, { maxLength: 6 }),
      deps: fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom(...(vocabulary.keys.length > 0 ? vocabulary.keys : ["a"])),
          fc.array(fc.nat(), { maxLength: 3 }),
        ),
        {
          maxLength: 6,
        },
      ),
      valueRefs: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...(vocabulary.keys.length > 0 ? vocabulary.keys : ["a"])), fc.nat()), {
        maxLength: 3,
      }),
    })
    .map(({ resources: drafts, deps, valueRefs }) => {
      // Fresh objects: fast-check reuses generated values while shrinking, so they are never mutated.
      const resources = drafts.map((draft) => ({ ...draft, props: { ...draft.props } }));
      if (resources.length === 0) return resources;
      const urns = resources.map((resource) => resource.urn);
      for (const [from, property, targets] of deps) {
        const resource = resources[from % resources.length];
        if (resource === undefined) continue;
        resource.propertyDependencies ??= {};
        // Mostly real sibling URNs, sometimes a URN nobody has, sometimes the resource itself.
        resource.propertyDependencies[property] = targets.map((t) =>
          t % 5 === 4 ? "urn:pulumi:dev::shop::nowhere::x" : (urns[t % urns.length] ?? ""),
        );
      }
      // Deployed-state form: a property refers to a sibling by its URN, id or name.
      for (const [from, property, target] of valueRefs) {
        const resource = resources[from % resources.length];
        const other = resources[target % resources.length];
        if (resource === undefined || other === undefined) continue;
        resource.props[property] = target % 3 === 0 ? other.urn : target % 3 === 1 ? (other.id ?? other.name) : other.name;
      }
      return resources;
    });
}

/** Cases for one rule: its own types (stack rules: small mixed stacks), sentinels rare enough that most runs complete. */
export function caseArbitrary(rule: Rule, vocabulary: Vocabulary): fc.Arbitrary<FuzzCase> {
  const standIns = fc.array(concreteLeaf, { minLength: 1, maxLength: 6 });
  // A third of the cases carry no sentinel at all, so the rule's logic runs to completion on hostile values.
  const withWeight = (weight: number): fc.Arbitrary<FuzzResource[]> =>
    rule.kind === "stack"
      ? hostileStack(vocabulary, weight)
      : fc.array(hostileResource(vocabulary, vocabulary.types, weight), { minLength: 1, maxLength: 2 });
  const resources = fc.oneof(withWeight(0), withWeight(1), withWeight(4));
  return fc.record({ resources, standInsA: standIns, standInsB: standIns });
}

// ---------------------------------------------------------------------------------------------
// Sentinel replacement and the property.

/** Replaces every sentinel (anywhere, including in provider props and inside secrets) by the next stand-in. */
export function replaceSentinels(
  resources: readonly FuzzResource[],
  standIns: readonly unknown[],
): { resources: FuzzResource[]; count: number } {
  let next = 0;
  const replace = (value: unknown): unknown => {
    if (typeof value === "string" && SENTINEL_SET.has(value)) return standIns[next++ % standIns.length];
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) out[key] = replace(inner);
      return out;
    }
    return value;
  };
  const out = resources.map((resource) => {
    const copy: FuzzResource = { ...resource, props: replace(resource.props) as Record<string, unknown> };
    if (resource.provider)
      copy.provider = { type: resource.provider.type, props: replace(resource.provider.props) as Record<string, unknown> };
    return copy;
  });
  return { resources: out, count: next };
}

function summary(findings: readonly Finding[]): unknown[] {
  return findings.map((f) => ({ status: f.status, urn: f.resource?.urn, subject: f.subject, problem: f.problem, message: f.message }));
}

export interface FuzzStats {
  runs: number;
  completed: number;
  unknown: number;
  withSentinels: number;
  failFindings: number;
}

export class FuzzFailure extends Error {}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}

/** Checks the property on one case; throws a FuzzFailure describing what broke. */
export function checkCase(rule: Rule, testCase: FuzzCase, env: Environment, stats: FuzzStats): void {
  stats.runs++;
  let findings: Finding[];
  try {
    findings = evaluate(rule, testCase.resources, env);
  } catch (error) {
    if (error instanceof UnknownValueError) {
      stats.unknown++;
      return;
    }
    throw new FuzzFailure(`${rule.name} threw on hostile input: ${describeError(error)}`);
  }
  stats.completed++;
  stats.failFindings += findings.filter((f) => f.status === "fail").length;
  // A stack rule leaves a resource whose verdict reads an unknown undecided (policies/core/unknown.ts):
  // that is its "cannot decide", so only the other resources' findings must not depend on the unknowns.
  const undecided = new Set(findings.filter((f) => f.status === "undecided").map((f) => f.resource?.urn));
  if (undecided.size > 0) stats.unknown++;
  const decided = (list: readonly Finding[]) => list.filter((f) => f.status !== "undecided" && !undecided.has(f.resource?.urn));
  const expected = summary(decided(findings));
  for (const [label, standIns] of [
    ["A", testCase.standInsA],
    ["B", testCase.standInsB],
  ] as const) {
    const { resources, count } = replaceSentinels(testCase.resources, standIns);
    if (count === 0) return;
    if (label === "A") stats.withSentinels++;
    let concrete: Finding[];
    try {
      concrete = evaluate(rule, resources, env);
    } catch (error) {
      throw new FuzzFailure(`${rule.name} threw once unknowns were made concrete (${label}): ${describeError(error)}`);
    }
    // Once the undecided resources are decided, a stack-wide verdict that needed all of them
    // ("every database is a secondary") may appear; every other finding must be the same.
    // Counted, not only named: two places of a stack can share a problem's text, and one of them may
    // be the place that was undecided.
    const stackWideBefore = new Map<string, number>();
    for (const f of decided(findings)) {
      if (f.resource === undefined) stackWideBefore.set(f.problem, (stackWideBefore.get(f.problem) ?? 0) + 1);
    }
    const actual = summary(
      decided(concrete).filter((f) => {
        if (undecided.size === 0 || f.resource !== undefined) return true;
        const left = stackWideBefore.get(f.problem) ?? 0;
        stackWideBefore.set(f.problem, left - 1);
        return left > 0;
      }),
    );
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new FuzzFailure(
        `${rule.name} decided on an unknown value: with sentinels it returned\n${JSON.stringify(expected, null, 2)}\nbut with the sentinels replaced (${label}) it returned\n${JSON.stringify(actual, null, 2)}`,
      );
    }
  }
}

export function vocabularyFor(rule: Rule, rules: readonly Rule[], env: Environment): Vocabulary {
  const allTypes = [...new Set(rules.flatMap((r) => r.resourceTypes))].sort();
  const otherTypes = allTypes.length > 0 ? allTypes : ["aws:ebs/volume:Volume"];
  const types = rule.resourceTypes.length > 0 ? rule.resourceTypes : otherTypes;
  const keys = probeKeys(rule, types, env).filter((key) => !OWNER_KEYS.includes(key));
  return { keys: [...keys, ...OWNER_KEYS.slice(0, 2)].filter((key, i, all) => all.indexOf(key) === i), types, otherTypes };
}

export interface FuzzOptions {
  readonly numRuns: number;
  readonly seed?: number;
}

/** Runs the property for one rule; returns the statistics, throws (with fast-check's report) on a counterexample. */
export function fuzzRule(rule: Rule, rules: readonly Rule[], env: Environment, options: FuzzOptions): FuzzStats {
  const vocabulary = vocabularyFor(rule, rules, env);
  const stats: FuzzStats = { runs: 0, completed: 0, unknown: 0, withSentinels: 0, failFindings: 0 };
  const params: fc.Parameters<[FuzzCase]> = { numRuns: options.numRuns, endOnFailure: false, maxSkipsPerRun: 0 };
  if (options.seed !== undefined) params.seed = options.seed;
  fc.assert(
    fc.property(caseArbitrary(rule, vocabulary), (testCase) => {
      checkCase(rule, testCase, env, stats);
    }),
    params,
  );
  return stats;
}
