/** The command line's own surface: `--help` and `help <command>` everywhere, `-o`, and the rules table's header. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command as rules } from "../../../cli/commands/rules";
import { RULES } from "../../../policies/registry";
import { runCommand } from "../support/run-command";
import { PACK_DIR, tempDir } from "../support/state";

const MAIN = path.join(PACK_DIR, "dist", "cli", "main.js");

function cli(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { cwd: PACK_DIR, encoding: "utf8" });
}

const COMMANDS = [
  ["audit", "Usage: shared-responsibility audit"],
  ["rules", "Usage: shared-responsibility rules"],
  ["docs", "Usage: shared-responsibility docs"],
  ["matrix", "Usage: shared-responsibility matrix"],
  ["oscal", "Usage: shared-responsibility oscal"],
  ["map", "Usage: shared-responsibility map"],
  ["handover", "Usage: shared-responsibility handover"],
  ["vendor", "Usage: shared-responsibility vendor"],
] as const;

describe("help", () => {
  it.each(COMMANDS)("%s --help, -h and `help %s` print its usage and exit 0", (name, usage) => {
    for (const args of [
      [name, "--help"],
      [name, "-h"],
      ["help", name],
    ]) {
      const result = cli(...args);
      expect(result.status, args.join(" ")).toBe(0);
      expect(result.stdout.startsWith(usage), args.join(" ")).toBe(true);
      expect(result.stderr).toBe("");
    }
  });

  it.each([
    ["map", "check"],
    ["map", "diff"],
  ])("%s %s --help prints the map usage", (name, sub) => {
    const result = cli(name, sub, "--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("map check [--map FILE]");
  });

  it("help with no command lists the commands; an unknown one exits 2", () => {
    expect(cli("help").stdout).toContain("Commands:");
    const unknown = cli("help", "nope");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "nope"');
    expect(cli("help", "constructor").status).toBe(2);
  });
});

describe("-o", () => {
  it.each([
    ["audit", ["audit", "examples/stacks", "--now", "2026-11-23", "--format", "html"], 1],
    ["matrix", ["matrix", "--now", "2026-11-23", "--format", "csv"], 0],
    ["oscal", ["oscal", "--now", "2026-11-23"], 0],
    ["handover", ["handover", "sam.oconnor", "--state", "examples/stacks", "--now", "2026-11-23"], 0],
  ] as const)("%s writes to the file -o names", (_name, args, status) => {
    const out = path.join(tempDir(), "out", "report");
    const result = cli(...args, "-o", out);
    expect(result.status, result.stderr).toBe(status);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, "utf8").length).toBeGreaterThan(100);
  });
});

describe("rules", () => {
  it("prints a header row above one row per rule", async () => {
    const { stdout, code } = await runCommand(rules, []);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^RULE\s+DUTY\s+SEVERITY\s+DEFAULT LEVEL$/);
    expect(lines).toHaveLength(RULES.length + 1);
    expect(lines[1]?.startsWith(RULES[0]?.name ?? "?")).toBe(true);
  });
});
