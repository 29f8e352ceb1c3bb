/**
 * The examples, end to end: each program runs on Pulumi's Node runtime with the mock monitor
 * (capture.ts), its resources go through the compiled pack as the engine sends them (Analyze per
 * resource with inputs and provider, AnalyzeStack with outputs and property dependencies), and the
 * findings must equal the checked-in examples/<name>/expected-findings.json. The deployed-state
 * files in examples/stacks/ come from the same run, and the offline audit of them must agree with
 * the pack.
 *
 * `npm run examples:update` (UPDATE_EXAMPLES=1) rewrites the expected findings, the state files and
 * the findings table of each example's README instead of comparing them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditStates } from "../../cli/audit/run";
import { clause } from "../../policies/core/message";
import { canonicalType } from "../../policies/core/resource";
import { RULES } from "../../policies/registry";
import { EngineHarness, PACK_DIR, type ProviderInput, type ResourceInput } from "../engine/harness";
import { MAP, NOW } from "../support/rules";
import { type Capture, type CapturedResource, captureProgram, ROOT_STACK_TYPE, toStackExport } from "./capture";

const UPDATE = process.env["UPDATE_EXAMPLES"] === "1";
const EXAMPLES = ["aws", "azure"] as const;
type Example = (typeof EXAMPLES)[number];

const exampleDir = (example: Example) => path.join(PACK_DIR, "examples", example);
const expectedPath = (example: Example) => path.join(exampleDir(example), "expected-findings.json");
const statePath = (example: Example) => path.join(PACK_DIR, "examples", "stacks", `${example}-dev.json`);
const readmePath = (example: Example) => path.join(exampleDir(example), "README.md");

/** One diagnostic the engine would print, as the expected files hold it. */
interface ExpectedFinding {
  readonly policy: string;
  readonly urn: string;
  readonly enforcementLevel: string;
  readonly message: string;
}

interface ExampleRun {
  readonly capture: Capture;
  readonly findings: readonly ExpectedFinding[];
}

const isProvider = (resource: CapturedResource) => resource.type.startsWith("pulumi:providers:");

function providerOf(capture: Capture, resource: CapturedResource): ProviderInput | undefined {
  if (resource.provider === undefined) return undefined;
  const urn = resource.provider.slice(0, resource.provider.lastIndexOf("::"));
  const provider = capture.byUrn.get(urn);
  if (provider === undefined) throw new Error(`${resource.urn}: provider ${urn} was not registered`);
  return { type: provider.type, name: provider.name, urn: provider.urn, props: provider.inputs };
}

function asInput(capture: Capture, resource: CapturedResource, props: Record<string, unknown>): ResourceInput {
  const provider = providerOf(capture, resource);
  return {
    type: resource.type,
    name: resource.name,
    urn: resource.urn,
    props,
    ...(provider ? { provider } : {}),
    ...(resource.parent ? { parent: resource.parent } : {}),
    propertyDependencies: Object.fromEntries(Object.entries(resource.propertyDependencies).map(([key, urns]) => [key, [...urns]])),
  };
}

/** What the engine does with the program's resources during `pulumi preview --policy-pack`, then at the end of the update. */
async function analyzeExample(engine: EngineHarness, capture: Capture): Promise<ExpectedFinding[]> {
  const findings: ExpectedFinding[] = [];
  const collect = (diagnostics: readonly { policyName: string; urn: string; enforcementLevel: string; message: string }[]) => {
    for (const d of diagnostics)
      findings.push({ policy: d.policyName, urn: d.urn, enforcementLevel: d.enforcementLevel, message: d.message });
  };
  for (const resource of capture.resources) {
    if (resource.type === ROOT_STACK_TYPE || isProvider(resource)) continue;
    collect((await engine.analyze(asInput(capture, resource, resource.inputs))).diagnostics);
  }
  collect((await engine.analyzeStack(capture.resources.map((resource) => asInput(capture, resource, resource.outputs)))).diagnostics);
  return findings.sort(
    (a, b) =>
      a.urn.localeCompare(b.urn) ||
      a.policy.localeCompare(b.policy) ||
      a.message.localeCompare(b.message) ||
      a.enforcementLevel.localeCompare(b.enforcementLevel),
  );
}

const statusOf = (finding: ExpectedFinding) => (finding.message.startsWith("Waived: ") ? "waived" : "fail");

/** Each rule's reason as the message formatter writes it: trimmed, without its full stop. */
const WHY_BY_RULE = new Map(RULES.map((rule) => [rule.name, clause(rule.why)]));

/** The README's findings table, generated from the expected findings. */
function findingsTable(findings: readonly ExpectedFinding[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = findings.map((f) => {
    const [, , qualifiedType = "", name = ""] = f.urn.split("::");
    const type = qualifiedType.split("$").pop() ?? qualifiedType;
    const resource = f.urn === "" ? "(the responsibility map)" : `\`${cell(name)}\` (\`${cell(type)}\`)`;
    // A message is the rule's description, then "<what is wrong>, so <why>. <fix> Owner: ... Accountable ..."
    // ("and" instead of "so" when either part already says "so"); a waived one is "Waived: <what is
    // wrong>, so ... Waived by exception EX-n ...". The rule's why marks where the problem ends; a
    // check with a why of its own ends at the first ", so ".
    const lines = f.message.split("\n");
    const line = (lines.length > 1 ? lines[1] : lines[0]) ?? "";
    const why = WHY_BY_RULE.get(f.policy);
    const end = why === undefined ? -1 : Math.max(line.indexOf(`, so ${why}`), line.indexOf(`, and ${why}`));
    const actual = end >= 0 ? line.slice(0, end) : (line.split(", so ")[0] ?? "");
    const exception = /Waived by exception (\S+)/.exec(f.message)?.[1];
    return `| ${resource} | \`${f.policy}\` | ${f.enforcementLevel} | ${cell(actual)}${exception ? ` (exception ${exception})` : ""} |`;
  });
  return ["| Resource | Rule | Level | What is wrong |", "|---|---|---|---|", ...rows].join("\n");
}

const TABLE_START = "<!-- findings:start (generated by `npm run examples:update`) -->";
const TABLE_END = "<!-- findings:end -->";

function readmeWithTable(readme: string, findings: readonly ExpectedFinding[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error("README.md has no findings table markers");
  return `${readme.slice(0, start + TABLE_START.length)}\n${findingsTable(findings)}\n${readme.slice(end)}`;
}

/** A markdown text with its table rows' cell padding and separator dash runs collapsed. */
function unpadded(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => (line.startsWith("|") ? line.replace(/ *\| */g, "|").replace(/-{3,}/g, "---") : line))
    .join("\n");
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const runs = new Map<Example, ExampleRun>();
let engine: EngineHarness | undefined;

beforeAll(async () => {
  // Each program imports its provider SDK once; this file runs them one after the other.
  const captures = new Map<Example, Capture>();
  for (const example of EXAMPLES) captures.set(example, await captureProgram(exampleDir(example), (entry) => import(entry)));
  engine = await EngineHarness.start();
  await engine.configure({});
  for (const [example, capture] of captures) {
    const findings = await analyzeExample(engine, capture);
    runs.set(example, { capture, findings });
    if (UPDATE) {
      writeFileSync(expectedPath(example), json(findings));
      writeFileSync(statePath(example), json(toStackExport(capture)));
      writeFileSync(readmePath(example), readmeWithTable(readFileSync(readmePath(example), "utf8"), findings));
    }
  }
}, 180_000);

afterAll(async () => {
  await engine?.stop();
});

function run(example: Example): ExampleRun {
  const result = runs.get(example);
  if (result === undefined) throw new Error(`${example} did not run`);
  return result;
}

describe.each(EXAMPLES)("examples/%s", (example) => {
  it("gives the findings in expected-findings.json", () => {
    const expected = JSON.parse(readFileSync(expectedPath(example), "utf8")) as ExpectedFinding[];
    expect(run(example).findings).toEqual(expected);
  });

  it("has a current deployed-state file in examples/stacks", () => {
    const state = JSON.parse(readFileSync(statePath(example), "utf8")) as unknown;
    expect(state).toEqual(JSON.parse(json(toStackExport(run(example).capture))));
  });

  it("lists its findings in README.md", () => {
    const readme = readFileSync(readmePath(example), "utf8");
    // Biome formats the README and pads the table's columns: compare the tables without the padding.
    expect(unpadded(readme)).toBe(unpadded(readmeWithTable(readme, run(example).findings)));
  });

  it("registers resources through explicit providers, with parents and property dependencies", () => {
    const { resources } = run(example).capture;
    const stack = resources.find((r) => r.type === ROOT_STACK_TYPE);
    expect(stack).toBeDefined();
    for (const resource of resources) {
      if (resource.type === ROOT_STACK_TYPE) continue;
      expect(resource.parent, resource.urn).toBeDefined();
      if (resource.custom && !isProvider(resource))
        expect(resource.provider, resource.urn).toMatch(/^urn:pulumi:dev::[^:]+::pulumi:providers:[^:]+::[^:]+::[0-9a-f-]{36}$/);
    }
    expect(
      resources.some((r) => !r.custom && r.type !== ROOT_STACK_TYPE),
      "a component resource",
    ).toBe(true);
    expect(resources.some((r) => Object.values(r.propertyDependencies).some((urns) => urns.length > 0))).toBe(true);
    expect(
      resources.filter((r) => r.provider?.includes("::default_")),
      "no default providers",
    ).toEqual([]);
  });
});

describe("coverage", () => {
  /** Every rule but the map's own is shown by the examples, failing and passing. */
  const checked = RULES.filter((rule) => !rule.name.startsWith("map-"));

  function allFindings(): ExpectedFinding[] {
    return EXAMPLES.flatMap((example) => [...run(example).findings]);
  }

  it.each(checked.map((rule) => [rule.name, rule] as const))("%s has a violating resource in an example", (_name, rule) => {
    const violations = allFindings().filter((f) => f.policy === rule.name && statusOf(f) === "fail");
    expect(
      violations.length,
      `no example violates ${rule.name}: add a violating resource to examples/aws or examples/azure`,
    ).toBeGreaterThan(0);
  });

  it.each(checked.map((rule) => [rule.name, rule] as const))("%s has a compliant resource in an example", (_name, rule) => {
    const types = new Set(rule.resourceTypes.map(canonicalType));
    const flagged = new Set(
      allFindings()
        .filter((f) => f.policy === rule.name)
        .map((f) => f.urn),
    );
    const compliant = EXAMPLES.flatMap((example) => run(example).capture.resources).filter(
      (resource) => types.has(canonicalType(resource.type)) && !flagged.has(resource.urn),
    );
    expect(compliant.length, `no example has a ${[...types].join(" / ")} that passes ${rule.name}`).toBeGreaterThan(0);
  });

  it("shows an exception in force (EX-1) and an expired one (EX-2)", () => {
    const findings = allFindings();
    expect(findings.some((f) => f.urn.endsWith("aws:ebs/volume:Volume::legacy-reports") && statusOf(f) === "waived")).toBe(true);
    expect(findings.some((f) => f.urn.endsWith("azure-native:storage:StorageAccount::legacyexports") && statusOf(f) === "fail")).toBe(true);
  });
});

describe("offline audit of examples/stacks", () => {
  it("reports the same findings as the pack on the same programs", () => {
    const key = (rule: string, urn: string, status: string) => `${rule} ${urn} ${status}`;
    const fromPack = new Set(allPackKeys());
    const audit = auditStates(
      EXAMPLES.map((example) => statePath(example)),
      { map: MAP, now: NOW },
    );
    const fromAudit = new Set(
      audit.findings.filter((f) => f.status !== "not-applicable").map((f) => key(f.rule, f.resource?.urn ?? "", f.status)),
    );
    expect([...fromAudit].sort()).toEqual([...fromPack].sort());

    function allPackKeys(): string[] {
      return EXAMPLES.flatMap((example) => run(example).findings.map((f) => key(f.policy, f.urn, statusOf(f))));
    }
  });
});
