/**
 * Secrets planted anywhere never appear in what the pack says. The resources of both example
 * programs (their deployed state in examples/stacks/, which between them hold a compliant and a
 * violating resource for every rule that checks resources) go through the compiled pack as the
 * engine sends them: Analyze per resource with its inputs and its provider's, AnalyzeStack with
 * every resource's outputs. Their strings, provider settings included, become secrets carrying
 * distinct canaries, planted two ways:
 *
 * - replaced: the string is a canary;
 * - embedded: the string keeps its value with a canary appended ("TLS1_0-canary-…", an ARN ending in
 *   one), and inside a JSON document (a policy, the provider's default tags) each string of the
 *   document gets one while the document stays valid JSON.
 *
 * Each way plants every string at once, and one string at a time (for AnalyzeStack, one string of
 * each resource per call) with the rest as deployed, so a canary also reaches the branches a rule
 * takes only when everything else is valid. The same one-at-a-time rounds go through the rule core
 * as the offline audit runs it (runRules), where not-applicable reasons, which the engine mostly
 * does not show, are checked too. No message and no reason may contain any part of a canary.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../policies/core/finding";
import { canonicalType } from "../../policies/core/resource";
import { runRules } from "../../policies/core/run";
import { RULES } from "../../policies/registry";
import { type AnalyzeResult, EngineHarness, PACK_DIR, type ProviderInput, type ResourceInput, secret } from "../engine/harness";
import { environment, toView } from "../support/rules";

const SIG = "4dabf18193072939515e22adb298388d";
/** Any part of a canary: a message that quoted a slice of a secret leaks it all the same. */
const CANARY_TRACE = /canary|7f3a/i;

interface StateResource {
  readonly urn: string;
  readonly type: string;
  readonly custom: boolean;
  readonly id?: string;
  readonly inputs?: Record<string, unknown>;
  readonly outputs?: Record<string, unknown>;
  readonly parent?: string;
  readonly provider?: string;
  readonly propertyDependencies?: Record<string, string[]>;
}

interface Deployed {
  readonly resource: StateResource;
  readonly provider: StateResource | undefined;
}

function readState(example: "aws" | "azure"): Deployed[] {
  const file = path.join(PACK_DIR, "examples", "stacks", `${example}-dev.json`);
  const state = JSON.parse(readFileSync(file, "utf8")) as { deployment: { resources: StateResource[] } };
  const byUrn = new Map(state.deployment.resources.map((r) => [r.urn, r]));
  return state.deployment.resources.map((resource) => {
    const ref = resource.provider;
    return { resource, provider: ref === undefined ? undefined : byUrn.get(ref.slice(0, ref.lastIndexOf("::"))) };
  });
}

const STACKS = [readState("aws"), readState("azure")];
const DEPLOYED = STACKS.flat();
const isProvider = (r: StateResource) => r.type.startsWith("pulumi:providers:");
/** What the engine sends Analyze for: custom resources other than providers. */
const ANALYZED = DEPLOYED.filter(({ resource }) => resource.custom && !isProvider(resource));

/** Where each canary was planted, to say so when one leaks. */
const plantedAt = new Map<string, string>();
function canary(where: string): string {
  const mark = `canary-${plantedAt.size}-7f3a`;
  plantedAt.set(mark, where);
  return mark;
}

type Planting = "replaced" | "embedded";
const PLANTINGS: readonly Planting[] = ["replaced", "embedded"];

function jsonDocument(text: string): object | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const isSecret = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && (value as Record<string, unknown>)[SIG] !== undefined;

/**
 * Rebuilds a value with canaries planted in the strings `choose` picks, numbering strings in walk
 * order (a JSON document's own strings right after the document). A planted string becomes a
 * secret; inside a JSON document it stays text and the whole document becomes the secret. A secret
 * in the state file is ciphertext, so it stands in as the secret text "ciphertext".
 */
class Planter {
  private index = 0;
  private planted = 0;

  constructor(private readonly choose: (index: number) => Planting | undefined) {}

  /** How many strings the walks so far have met. */
  get strings(): number {
    return this.index;
  }

  plant(value: unknown, where: string, inDocument = false): unknown {
    if (isSecret(value)) {
      const plain = typeof value["value"] === "string" ? value["value"] : "ciphertext";
      const planted = this.plant(plain, where);
      return isSecret(planted) ? planted : secret(plain);
    }
    if (typeof value === "string") return this.plantString(value, where, inDocument);
    if (Array.isArray(value)) return value.map((item, i) => this.plant(item, `${where}[${i}]`, inDocument));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.plant(item, `${where}.${key}`, inDocument)]));
    }
    return value;
  }

  private plantString(text: string, where: string, inDocument: boolean): unknown {
    const how = this.choose(this.index++);
    const document = jsonDocument(text);
    if (document !== undefined && how !== "replaced") {
      const before = this.planted;
      const planted = JSON.stringify(this.plant(document, `${where} (JSON)`, true));
      if (this.planted === before) return text;
      return inDocument ? planted : secret(planted);
    }
    if (how === undefined) return text;
    this.planted++;
    const mark = canary(where);
    const planted = how === "replaced" ? mark : `${text}-${mark}`;
    return inDocument ? planted : secret(planted);
  }
}

const nameOf = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** A deployed resource as the engine sends it, its strings (and its provider's) planted as `planter` picks. */
function input(deployed: Deployed, planter: Planter, which: "inputs" | "outputs"): ResourceInput {
  const { resource, provider } = deployed;
  const props = planter.plant(resource[which] ?? {}, `${resource.urn} ${which}`) as Record<string, unknown>;
  const providerInput: ProviderInput | undefined = provider && {
    type: provider.type,
    name: nameOf(provider.urn),
    urn: provider.urn,
    props: planter.plant(provider.inputs ?? {}, `${resource.urn} (its provider's inputs)`) as Record<string, unknown>,
  };
  return {
    type: resource.type,
    name: nameOf(resource.urn),
    urn: resource.urn,
    props,
    ...(providerInput ? { provider: providerInput } : {}),
    ...(resource.parent ? { parent: resource.parent } : {}),
    ...(resource.propertyDependencies ? { propertyDependencies: resource.propertyDependencies } : {}),
  };
}

const every = (how: Planting) => () => how;
const only = (at: number, how: Planting) => (index: number) => (index === at ? how : undefined);

/** How many strings a resource (with its provider) carries, which is how many one-at-a-time plantings it has. */
function stringCount(deployed: Deployed, which: "inputs" | "outputs"): number {
  const counter = new Planter(() => undefined);
  input(deployed, counter, which);
  return counter.strings;
}

/** Round k plants the k-th string of every resource that has one, so each string is planted once. */
function rounds(stack: readonly Deployed[], which: "inputs" | "outputs", how: Planting): ResourceInput[][] {
  const longest = Math.max(...stack.map((deployed) => stringCount(deployed, which)));
  return Array.from({ length: longest }, (_, k) => stack.map((deployed) => input(deployed, new Planter(only(k, how)), which)));
}

interface Said {
  readonly rule: string;
  readonly text: string;
}

/** Every text carrying a canary, with its rule and where the canary was planted. */
function leaks(said: readonly Said[]): string[] {
  return said
    .filter(({ text }) => CANARY_TRACE.test(text))
    .map(({ rule, text }) => {
      const marks = [...text.matchAll(/canary-\d+-7f3a/g)].map(([mark]) => `${mark} from ${plantedAt.get(mark)}`);
      return `${rule}: ${JSON.stringify(text)}\n  planted: ${marks.join("; ") || "(part of a canary)"}`;
    });
}

function saidByPack(result: AnalyzeResult): Said[] {
  return [
    ...result.diagnostics.map((d) => ({ rule: d.policyName, text: d.message })),
    ...result.notApplicable.map((n) => ({ rule: n.policyName, text: n.reason })),
  ];
}

function saidByCore(findings: readonly Finding[]): Said[] {
  return findings.flatMap((f) => [
    { rule: f.rule, text: f.message },
    { rule: f.rule, text: f.problem },
  ]);
}

function expectNoLeaks(found: readonly string[]): void {
  expect(found.length, `the pack said:\n${found.join("\n")}\n`).toBe(0);
}

let engine: EngineHarness;
beforeAll(async () => {
  engine = await EngineHarness.start();
  await engine.configure({});
});
afterAll(async () => {
  await engine?.stop();
});

describe("secrets planted in resources never appear in what the pack says", () => {
  it("plants in a resource of a type every resource-reading rule checks", () => {
    const types = new Set(ANALYZED.map(({ resource }) => canonicalType(resource.type)));
    const missed = RULES.filter(
      (rule) => rule.resourceTypes.length > 0 && !rule.resourceTypes.some((type) => types.has(canonicalType(type))),
    );
    expect(missed.map((rule) => rule.name)).toEqual([]);
  });

  it.each(PLANTINGS)("Analyze, every string at once %s", async (how) => {
    const found: string[] = [];
    for (const deployed of ANALYZED) {
      found.push(...leaks(saidByPack(await engine.analyze(input(deployed, new Planter(every(how)), "inputs")))));
    }
    expectNoLeaks(found);
  });

  it.each(PLANTINGS)("AnalyzeStack, every string at once %s", async (how) => {
    const planter = new Planter(every(how));
    expectNoLeaks(leaks(saidByPack(await engine.analyzeStack(DEPLOYED.map((deployed) => input(deployed, planter, "outputs"))))));
  });

  it.each(PLANTINGS)("Analyze, one string at a time, %s", async (how) => {
    const found: string[] = [];
    for (const deployed of ANALYZED) {
      const count = stringCount(deployed, "inputs");
      for (let at = 0; at < count; at++) {
        found.push(...leaks(saidByPack(await engine.analyze(input(deployed, new Planter(only(at, how)), "inputs")))));
      }
    }
    expectNoLeaks(found);
  });

  it.each(PLANTINGS)("AnalyzeStack, one string of each resource at a time, %s", async (how) => {
    const found: string[] = [];
    for (const stack of STACKS) {
      for (const resources of rounds(stack, "outputs", how)) found.push(...leaks(saidByPack(await engine.analyzeStack(resources))));
    }
    expectNoLeaks(found);
  });

  it.each(PLANTINGS)("the rule core as the audit runs it, one string of each resource at a time, %s", (how) => {
    const found: string[] = [];
    for (const stack of STACKS) {
      for (const resources of rounds(stack, "outputs", how)) {
        const views = resources.map((resource, i) => {
          const id = stack[i]?.resource.id;
          return toView(id === undefined ? resource : { ...resource, id });
        });
        found.push(...leaks(saidByCore(runRules(RULES, views, environment()))));
      }
    }
    expectNoLeaks(found);
  });
});
