import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "build-stamp.mjs");

/**
 * A project laid out like this one, whose `npm run build` counts its runs, writes the outputs and
 * ends with the real `build-stamp.mjs write`, as the real build does.
 */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-stamp-"));
  for (const sub of ["scripts", "policies/core", "cli", "responsibility-map"]) mkdirSync(path.join(dir, sub), { recursive: true });
  copyFileSync(SCRIPT, path.join(dir, "scripts", "build-stamp.mjs"));
  writeFileSync(
    path.join(dir, "scripts", "fake-build.mjs"),
    [
      'import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";',
      'appendFileSync("builds.log", "built\\n");',
      'mkdirSync("dist/policies", { recursive: true }); mkdirSync("dist/cli", { recursive: true });',
      'writeFileSync("dist/policies/pack.js", ""); writeFileSync("dist/cli/main.js", "");',
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({
      name: "fixture",
      private: true,
      scripts: { build: "node scripts/fake-build.mjs && node scripts/build-stamp.mjs write" },
    }),
  );
  writeFileSync(path.join(dir, "tsconfig.json"), "{}");
  writeFileSync(path.join(dir, "policies", "core", "rule.ts"), "export {};\n");
  writeFileSync(path.join(dir, "responsibility-map", "map.yaml"), "people: []\n");
  return dir;
}

function ensure(dir: string): { builds: number; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(dir, "scripts", "build-stamp.mjs"), "ensure"], { cwd: dir, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  let log = "";
  try {
    log = readFileSync(path.join(dir, "builds.log"), "utf8");
  } catch {
    // no build ran yet
  }
  return { builds: log.split("\n").filter(Boolean).length, stderr: result.stderr };
}

/** Dates the last build a minute back and a file's edit after it, so the file reads as changed since. */
function editAfterBuild(dir: string, file: string): void {
  const stamp = path.join(dir, "dist", ".build-stamp");
  const built = statSync(stamp).mtimeMs;
  const ago = (ms: number) => new Date(built - ms);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), ago(90_000), ago(90_000));
  }
  utimesSync(stamp, ago(60_000), ago(60_000));
  utimesSync(path.join(dir, file), ago(30_000), ago(30_000));
}

describe("build-stamp ensure", () => {
  it("builds a project that was never built, then not again while nothing changed", () => {
    const dir = project();
    expect(ensure(dir)).toEqual({ builds: 1, stderr: "build-stamp: building, because dist/ was not built yet.\n" });
    expect(ensure(dir)).toEqual({ builds: 1, stderr: "" });
    rmSync(dir, { recursive: true });
  });

  it.each([
    ["a rule source", "policies/core/rule.ts"],
    ["the map", "responsibility-map/map.yaml"],
    ["package.json", "package.json"],
    ["tsconfig.json", "tsconfig.json"],
    ["a build script", "scripts/fake-build.mjs"],
  ])("rebuilds when %s changed after the last build", (_what, file) => {
    const dir = project();
    ensure(dir);
    editAfterBuild(dir, file);
    const second = ensure(dir);
    expect(second.builds).toBe(2);
    expect(second.stderr).toContain(`because ${file} changed since the last build`);
    expect(ensure(dir).builds).toBe(2);
    rmSync(dir, { recursive: true });
  });

  it("rebuilds when an output is missing", () => {
    const dir = project();
    ensure(dir);
    rmSync(path.join(dir, "dist", "cli", "main.js"));
    expect(ensure(dir)).toEqual({ builds: 2, stderr: "build-stamp: building, because dist/cli/main.js is missing.\n" });
    rmSync(dir, { recursive: true });
  });

  it("is wired into this project: the build ends by stamping, and npm start builds only when stale", () => {
    // Read, not run: running it here would rebuild dist/ under the other tests whenever a source was edited.
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["build"]).toMatch(/&& node scripts\/build-stamp\.mjs write$/);
    expect(scripts["build:if-stale"]).toBe("node scripts/build-stamp.mjs ensure");
    for (const script of ["start", "docs", "bench", "fuzz", "examples:update"]) {
      expect(scripts[script], script).toMatch(/^npm run build:if-stale --silent && /);
    }
  });
});
