/**
 * Inputs that are not what the audit expects, run as users run it (the compiled CLI in a child
 * process, `npm test` builds first): FIFOs, devices, closed pipes, full disks, unreadable
 * directories, an --output over an input, symlinked directories, repeated URNs, non-UTF-8 bytes.
 * Each must end promptly with exit 0/1 (the audit's verdict) or 2 and one line, never a stack trace.
 */
import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import { chmodSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FileReadError, firstInvalidUtf8, readRegularFile } from "../../responsibility-map/read-file";
import { checkpoint, PACK_DIR, stackEntry, stackExport, tempDir, volume, writeJson } from "../cli/support/state";

const MAIN = path.join(PACK_DIR, "dist", "cli", "main.js");
const STACK_TRACE = /^\s+at /m;

function cli(args: readonly string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: "utf8",
    timeout: 30_000,
    ...options,
    env: { PATH: process.env["PATH"] ?? "", SHARED_RESPONSIBILITY_NOW: "2026-11-23", ...options.env },
  });
  // A hang is the defect under test: a timeout must fail loudly, not pass as some exit code.
  expect(result.error, "the CLI did not finish").toBeUndefined();
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function expectOneLineRefusal(result: ReturnType<typeof cli>, text: string): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(text);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

function fifo(dir: string, name: string): string {
  const file = path.join(dir, name);
  const made = spawnSync("mkfifo", [file]);
  expect(made.status, "mkfifo").toBe(0);
  return file;
}

const clean = () => writeJson(tempDir(), "state.json", stackExport([stackEntry(), volume("good")]));
/** Enough report to overflow a pipe's 64 KiB buffer, so the writer meets the closed pipe. */
const big = () =>
  writeJson(tempDir(), "state.json", stackExport([stackEntry(), ...Array.from({ length: 1500 }, (_, i) => volume(`good-${i}`))]));

describe("files that are not regular", () => {
  it("refuses a FIFO named directly, and one named *.json inside a directory, without waiting on it", () => {
    const dir = tempDir();
    expectOneLineRefusal(cli(["audit", fifo(dir, "direct.json")]), "direct.json: a named pipe (FIFO), not a regular file");
    const walked = tempDir();
    writeJson(walked, "a.json", stackExport([stackEntry(), volume("good")]));
    fifo(walked, "b.json");
    expectOneLineRefusal(cli(["audit", walked]), "b.json: a named pipe (FIFO), not a regular file");
  });

  it("refuses /dev/zero and /dev/urandom as a state, --map, --config or SHARED_RESPONSIBILITY_MAP", () => {
    const state = clean();
    expectOneLineRefusal(cli(["audit", "/dev/zero"]), "/dev/zero: a character device, not a regular file");
    expectOneLineRefusal(cli(["audit", "/dev/urandom"]), "/dev/urandom: a character device, not a regular file");
    expectOneLineRefusal(
      cli(["audit", state, "--map", "/dev/zero"]),
      "/dev/zero: cannot read the map (it is a character device, not a file)",
    );
    expectOneLineRefusal(
      cli(["audit", state, "--config", "/dev/urandom"]),
      "--config /dev/urandom: a character device, not a regular file",
    );
    expectOneLineRefusal(
      cli(["audit", state], { env: { SHARED_RESPONSIBILITY_MAP: "/dev/zero" } }),
      "/dev/zero: cannot read the map (it is a character device, not a file)",
    );
    expectOneLineRefusal(
      cli(["audit", state], { env: { SHARED_RESPONSIBILITY_MAP: fifo(tempDir(), "map.yaml") } }),
      "cannot read the map (it is a named pipe (FIFO), not a file)",
    );
  });

  it("caps the bytes actually read, not the size stat reports", () => {
    // /proc files are regular files whose stat size is 0.
    expect(() => readRegularFile("/proc/self/maps", 16)).toThrow(FileReadError);
    const dir = tempDir();
    writeFileSync(path.join(dir, "ten"), "0123456789");
    expect(readRegularFile(path.join(dir, "ten"), 10).toString()).toBe("0123456789");
    expect(() => readRegularFile(path.join(dir, "ten"), 9)).toThrow("the file is 10 bytes");
    expect(() => readRegularFile("/proc/self/maps", 16)).toThrow("larger than 16 bytes");
  });
});

describe("output that cannot be written", () => {
  it("ends quietly with the audit's own exit code when stdout's reader goes away", () => {
    const state = big();
    for (const [args, code] of [
      [["audit", state], 0],
      [["audit", state, "--format", "json"], 0],
      [["rules"], 0],
    ] as const) {
      const command = `"${process.execPath}" "${MAIN}" ${args.map((arg) => `"${arg}"`).join(" ")} | head -1; exit \${PIPESTATUS[0]}`;
      const result = spawnSync("bash", ["--norc", "--noprofile", "-c", command], {
        encoding: "utf8",
        timeout: 30_000,
        env: { PATH: process.env["PATH"] ?? "", SHARED_RESPONSIBILITY_NOW: "2026-11-23" },
      });
      expect(result.error).toBeUndefined();
      expect(result.stderr, args.join(" ")).toBe("");
      expect(result.status, args.join(" ")).toBe(code);
      expect(result.stdout.split("\n")).toHaveLength(2);
    }
  });

  it("exits 2 with one line when --output or stdout is /dev/full, or --output cannot be created", () => {
    const state = clean();
    expectOneLineRefusal(cli(["audit", state, "--output", "/dev/full"]), "cannot write /dev/full (ENOSPC)");
    const result = spawnSync("bash", ["--norc", "--noprofile", "-c", `"${process.execPath}" "${MAIN}" audit "${state}" > /dev/full`], {
      encoding: "utf8",
      timeout: 30_000,
      env: { PATH: process.env["PATH"] ?? "", SHARED_RESPONSIBILITY_NOW: "2026-11-23" },
    });
    expectOneLineRefusal({ code: result.status, stdout: result.stdout, stderr: result.stderr }, "cannot write to standard output (ENOSPC)");
    // A path under a regular file cannot be created, as root too.
    expectOneLineRefusal(cli(["audit", state, "--output", path.join(state, "report.txt")]), "cannot write");
  });

  it("refuses an --output that is one of the input state files, under any name", () => {
    const dir = tempDir();
    const state = writeJson(dir, "prod.json", stackExport([stackEntry(), volume("good")]));
    const before = readFileSync(state, "utf8");
    expectOneLineRefusal(cli(["audit", state, "--output", state]), "one of the state files to audit");
    expectOneLineRefusal(cli(["audit", dir, "--output", state]), "one of the state files to audit");
    const link = path.join(tempDir(), "alias.json");
    linkSync(state, link);
    expectOneLineRefusal(cli(["audit", state, "--output", link]), "one of the state files to audit");
    expect(readFileSync(state, "utf8")).toBe(before);
  });
});

describe("directories", () => {
  it("reports an unreadable subdirectory in one line", () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeJson(dir, "a.json", stackExport([stackEntry(), volume("good")]));
    chmodSync(path.join(dir, "a.json"), 0o644);
    mkdirSync(path.join(dir, "locked"));
    chmodSync(path.join(dir, "locked"), 0o000);
    // Root reads a mode-000 directory anyway, so as root the CLI runs as nobody (uid 65534).
    const asUser: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    expectOneLineRefusal(cli(["audit", dir], asUser), `${path.join(dir, "locked")}: cannot read the directory (permission denied, EACCES)`);
    expectOneLineRefusal(cli(["audit", path.join(dir, "a.json", "x.json")]), "a part of the path is not a directory");
  });

  it("warns about a symlinked directory instead of following it, so a link loop cannot trap the walk", () => {
    const dir = tempDir();
    writeJson(dir, "a.json", stackExport([stackEntry(), volume("good")]));
    const other = tempDir();
    writeJson(other, "b.json", stackExport([stackEntry(), volume("plain", { encrypted: false })]));
    symlinkSync(other, path.join(dir, "linked"));
    symlinkSync(dir, path.join(dir, "loop"));
    const result = cli(["audit", dir, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { stacks: unknown[]; warnings: string[] };
    expect(report.stacks).toHaveLength(1);
    expect(report.warnings).toContain(
      `${path.join(dir, "linked")}: a symbolic link to a directory, not followed; name its target to audit the state files there`,
    );
    expect(report.warnings.some((w) => w.startsWith(`${path.join(dir, "loop")}: a symbolic link to a directory`))).toBe(true);
  });
});

describe("repeated URNs", () => {
  it("audits a URN repeated within a file once, with a warning", () => {
    const state = writeJson(
      tempDir(),
      "state.json",
      stackExport([
        stackEntry(),
        volume("plain", { encrypted: false }),
        volume("plain", { encrypted: false }),
        volume("plain", { encrypted: false }),
      ]),
    );
    const result = cli(["audit", state, "--format", "json"]);
    const report = JSON.parse(result.stdout) as { findings: { rule: string }[]; warnings: string[]; stacks: { audited: number }[] };
    expect(report.findings.filter((f) => f.rule === "aws-ebs-volume-require-encryption")).toHaveLength(1);
    expect(report.stacks[0]?.audited).toBe(1);
    expect(report.warnings.some((w) => w.includes("2 live resource entries repeat the URNs of earlier ones"))).toBe(true);
  });

  it("audits a resource held by a stack's checkpoint, history and backup once, from the current checkpoint", () => {
    const dir = tempDir();
    const current = writeJson(dir, ".pulumi/stacks/shop/dev.json", checkpoint([stackEntry(), volume("plain", { encrypted: false })]));
    writeJson(dir, ".pulumi/history/shop/dev/dev-1.checkpoint.json", checkpoint([stackEntry(), volume("plain", { encrypted: false })]));
    writeJson(dir, ".pulumi/backups/shop/dev/dev.1.json", checkpoint([stackEntry(), volume("plain", { encrypted: false })]));
    const result = cli(["audit", path.join(dir, ".pulumi"), "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: { rule: string; file?: string }[];
      warnings: string[];
      stacks: { file: string; audited: number }[];
    };
    expect(report.findings.filter((f) => f.rule === "aws-ebs-volume-require-encryption")).toHaveLength(1);
    expect(report.stacks.map((s) => s.audited)).toEqual([1, 0, 0]);
    expect(report.stacks[0]?.file).toBe(current);
    expect(report.warnings.filter((w) => w.includes("already audited from an earlier file"))).toHaveLength(2);
  });
});

describe("non-UTF-8 state", () => {
  it("is refused with the file and the byte offset, plain or gzipped", () => {
    const text = JSON.stringify(stackExport([stackEntry(), volume("good", { description: "caf\u00e9" })]));
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf(0xc3);
    bytes[at] = 0xff;
    const dir = tempDir();
    writeFileSync(path.join(dir, "latin.json"), bytes);
    writeFileSync(path.join(dir, "latin.json.gz"), gzipSync(bytes));
    expectOneLineRefusal(cli(["audit", path.join(dir, "latin.json")]), `latin.json: the file is not UTF-8 text (byte offset ${at} starts`);
    expectOneLineRefusal(
      cli(["audit", path.join(dir, "latin.json.gz")]),
      `latin.json.gz: the file is not UTF-8 text (byte offset ${at} after decompression`,
    );
  });

  it("finds the first bad byte of every kind of malformed sequence", () => {
    const cases: [number[], number][] = [
      [[0x61, 0x80], 1],
      [[0x61, 0xc0, 0x80], 1],
      [[0xe0, 0x80, 0x80], 0],
      [[0xed, 0xa0, 0x80], 0],
      [[0xf4, 0x90, 0x80, 0x80], 0],
      [[0x61, 0xe2, 0x82], 1],
      [[0xe2, 0x82, 0xac, 0x61], -1],
      [[0xf0, 0x9f, 0x98, 0x80], -1],
    ];
    for (const [bytes, offset] of cases) expect(firstInvalidUtf8(Uint8Array.from(bytes)), bytes.join(",")).toBe(offset);
  });
});
