import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers point one way (docs/architecture.md): every relative import of every .ts file under
 * policies/, cli/ and responsibility-map/ is read and checked against the layer rules, and the
 * import graph between files has no cycle.
 */
const ROOT = path.resolve(__dirname, "..");
const SOURCE_DIRS = ["policies", "cli", "responsibility-map"];

/** Relative imports and re-exports: `from "./x"`, `import "./x"`, `import("./x")`, `require("./x")`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

/** The repository-relative file an import names, or the specifier itself when it names no .ts file (JSON, generated JS). */
function resolveImport(from: string, specifier: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  return base;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    graph.set(
      file,
      [...text.matchAll(IMPORT)].map((match) => resolveImport(file, match[1] as string)),
    );
  }
  return graph;
}

const GRAPH = importGraph();

type Layer = (file: string, target: string) => string | undefined;

const under = (file: string, ...prefixes: string[]) => prefixes.some((prefix) => file.startsWith(prefix));

/** A rule folder: policies/<cloud>/<service>/ (support/ included), policies/ownership/, policies/classification/. */
function ruleCloud(file: string): "aws" | "azure" | "cross" | undefined {
  if (under(file, "policies/aws/")) return "aws";
  if (under(file, "policies/azure/")) return "azure";
  if (under(file, "policies/ownership/", "policies/classification/")) return "cross";
  return undefined;
}

const LAYER_RULES: readonly Layer[] = [
  (file, target) =>
    under(file, "responsibility-map/") && under(target, "cli/", "policies/") && !under(target, "policies/core/")
      ? "the map model imports no host (cli/) and no rule"
      : undefined,
  (file, target) =>
    under(file, "policies/core/") &&
    under(target, "policies/aws/", "policies/azure/", "policies/ownership/", "policies/classification/", "cli/")
      ? "the rule core knows no cloud, no rule and no host"
      : undefined,
  (file, target) => {
    const cloud = ruleCloud(file);
    if (cloud === undefined) return undefined;
    if (under(target, "cli/")) return "a rule imports no host (cli/)";
    const other = ruleCloud(target);
    if ((other === "aws" || other === "azure") && other !== cloud) return "a rule imports only its own cloud's helpers";
    return undefined;
  },
];

/** Each cycle once, as the list of files from its smallest member round to it again. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0] as string);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        found.set(rotated.join(" -> "), [...rotated, rotated[0] as string]);
      } else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (state.get(file) === undefined) visit(file);
  return [...found.values()];
}

describe("architecture", () => {
  it("reads the source tree", () => {
    // The walk must see the layers it checks, or every check below passes vacuously.
    expect(GRAPH.get("policies/core/evaluate.ts")).toContain("policies/core/rule.ts");
    expect(GRAPH.get("cli/main.ts")?.length).toBeGreaterThan(0);
    expect([...GRAPH.keys()].filter((file) => file.startsWith("responsibility-map/")).length).toBeGreaterThan(2);
  });

  it("imports point one way between the layers", () => {
    const broken: string[] = [];
    for (const [file, targets] of GRAPH) {
      for (const target of targets) {
        for (const rule of LAYER_RULES) {
          const why = rule(file, target);
          if (why !== undefined) broken.push(`${file} -> ${target}: ${why}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("no file imports itself round a cycle", () => {
    expect(cycles(GRAPH).map((loop) => loop.join(" -> "))).toEqual([]);
  });

  it("finds a cycle and a wrong-way import when there is one", () => {
    // The checks can fail: a made-up graph with both defects.
    const graph = new Map([
      ["cli/a.ts", ["cli/b.ts"]],
      ["cli/b.ts", ["cli/c.ts"]],
      ["cli/c.ts", ["cli/a.ts"]],
    ]);
    expect(cycles(graph)).toEqual([["cli/a.ts", "cli/b.ts", "cli/c.ts", "cli/a.ts"]]);
    const reasons = LAYER_RULES.map((rule) => rule("responsibility-map/matrix.ts", "cli/report/page.ts"));
    expect(reasons.filter(Boolean)).toHaveLength(1);
    expect(LAYER_RULES.map((rule) => rule("policies/aws/s3/x.ts", "policies/azure/support/arm-ids.ts")).filter(Boolean)).toHaveLength(1);
    expect(LAYER_RULES.map((rule) => rule("policies/core/run.ts", "policies/ownership/index.ts")).filter(Boolean)).toHaveLength(1);
  });
});
