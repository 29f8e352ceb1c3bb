/**
 * The audit as users run it: the compiled CLI in a child process (`npm test` builds first). Proves
 * it never loads the Pulumi SDK, @pulumi/policy or a provider SDK, and that exit codes and error
 * output are what CI gates rely on.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PACK_DIR, stackEntry, stackExport, tempDir, volume, writeJson } from "../support/state";

const MAIN = path.join(PACK_DIR, "dist", "cli", "main.js");
const HOOK = path.join(__dirname, "record-modules.cjs");

function audit(args: string[], env: Record<string, string> = {}) {
  const record = path.join(tempDir(), "modules.json");
  const result = spawnSync(process.execPath, ["--require", HOOK, MAIN, "audit", ...args, "--now", "2026-11-23"], {
    encoding: "utf8",
    env: { ...process.env, RECORD_MODULES: record, NO_COLOR: "", ...env },
  });
  const modules: string[] = existsSync(record) ? JSON.parse(readFileSync(record, "utf8")) : [];
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, modules };
}

describe("the audit process", () => {
  beforeAll(() => {
    if (!existsSync(path.join(PACK_DIR, "dist", "cli", "commands", "audit.js"))) {
      throw new Error("dist/cli/commands/audit.js is missing: run `npm run build` first (npm test does)");
    }
  });

  const clean = writeJson(tempDir(), "clean.json", stackExport([stackEntry(), volume("good")]));
  const violating = writeJson(tempDir(), "violating.json", stackExport([stackEntry(), volume("plain", { encrypted: false })]));

  it("never loads @pulumi/pulumi, @pulumi/policy or a provider SDK", () => {
    for (const format of ["text", "json", "sarif", "markdown", "html"]) {
      const result = audit([violating, "--format", format]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.modules.some((file) => file.includes(`${path.sep}dist${path.sep}policies${path.sep}registry.js`))).toBe(true);
      expect(result.modules.filter((file) => /node_modules[\\/]@pulumi[\\/]/.test(file))).toEqual([]);
      // The record does see packages from node_modules (the map loader's YAML parser).
      expect(result.modules.some((file) => /node_modules[\\/]yaml[\\/]/.test(file))).toBe(true);
    }
  });

  it("exits 0 when clean, 1 on mandatory violations, 2 on bad input without a stack trace", () => {
    expect(audit([clean]).code).toBe(0);
    expect(audit([violating]).code).toBe(1);
    const bad = writeJson(tempDir(), "bad.json", { hello: "world" });
    const result = audit([bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `shared-responsibility audit: ${bad}: expected Pulumi state: \`pulumi stack export\` output ({"version": 3, "deployment": {...}}) or a local-backend checkpoint ({"version": 3, "checkpoint": {"stack": ..., "latest": {...}}})\n`,
    );
    expect(result.stdout).toBe("");
  });

  it("prints no colour and no progress when not attached to a terminal", () => {
    const result = audit([clean, clean, clean, clean, clean]);
    expect(result.stdout).not.toContain("\u001b[");
    expect(result.stderr).toBe("");
  });
});
