/** Every command reads the same map by default as the pack: the package's own, whatever the current directory. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { PACK_DIR, tempDir } from "../support/state";

const MAIN = path.join(PACK_DIR, "dist", "cli", "main.js");
const PACKAGE_MAP = path.join(PACK_DIR, "responsibility-map", "map.yaml");
const STATE = path.join(PACK_DIR, "examples", "stacks", "aws-dev.json");

// A directory holding a map that does not load: a command that read it would exit 2.
const elsewhere = tempDir("sr-map-default-");
mkdirSync(path.join(elsewhere, "responsibility-map"));
writeFileSync(path.join(elsewhere, "responsibility-map", "map.yaml"), "not: a map\n");

function cli(...args: string[]) {
  const env = { ...process.env };
  delete env["SHARED_RESPONSIBILITY_MAP"];
  const result = spawnSync(process.execPath, [MAIN, ...args], { cwd: elsewhere, encoding: "utf8", env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the default map", () => {
  it("map check reads the package's map, not the one in the current directory", () => {
    const result = cli("map", "check");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(new RegExp(`^OK ${PACKAGE_MAP.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect(result.status).toBe(0);
  });

  it.each([
    ["matrix", ["matrix", "--format", "csv", "--now", "2026-11-01"]],
    ["oscal", ["oscal", "--now", "2026-11-01"]],
    ["audit", ["audit", STATE, "--format", "text", "--now", "2026-11-01"]],
  ])("%s without --map gives what it gives with --map set to the package's map", (_name, args) => {
    const byDefault = cli(...args);
    const explicit = cli(...args, "--map", PACKAGE_MAP);
    expect(byDefault.stdout.length).toBeGreaterThan(0);
    expect(byDefault).toEqual(explicit);
  });
});
