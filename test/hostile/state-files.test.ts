/**
 * Hostile and broken state files, fed to the compiled CLI as users run it (`npm test` builds first):
 * every one must end in exit 2 with a message naming the file and what was expected, never a crash
 * or a stack trace. The in-process reader tests (test/cli/state/reader.test.ts) pin the exact
 * messages for empty files, invalid JSON, wrong shapes and unsupported versions; these prove the
 * process-level behaviour, including the inputs that used to crash (deep nesting, files too large
 * for one JavaScript string).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, ftruncateSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACK_DIR, stackEntry, stackExport, tempDir, volume } from "../cli/support/state";

const MAIN = path.join(PACK_DIR, "dist", "cli", "main.js");
const EXPECTED_STATE = /expected Pulumi state: `pulumi stack export` output/;
const MB = 1024 * 1024;

const dir = tempDir("sr-hostile-");

function audit(file: string) {
  const result = spawnSync(process.execPath, [MAIN, "audit", file, "--now", "2026-11-23"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "" },
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A sparse file of `size` bytes (zeros after `prefix`), created without writing the zeros. */
function sparse(name: string, size: number, prefix = ""): string {
  const file = path.join(dir, name);
  const fd = openSync(file, "w");
  try {
    if (prefix !== "") writeSync(fd, prefix);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
  return file;
}

/** Deterministic bytes that are not text: a fixed linear congruential sequence. */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = state >> 16;
  }
  return bytes;
}

function expectRefused(file: string, ...expected: RegExp[]): void {
  const result = audit(file);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.startsWith(`shared-responsibility audit: ${file}: `), result.stderr).toBe(true);
  for (const pattern of expected) expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toContain("\n    at ");
  expect(result.stderr).not.toContain("internal error");
  expect(result.stdout).toBe("");
}

const valid = JSON.stringify(stackExport([stackEntry(), volume("good")]));
/** A valid export whose volume's outputs hold `nested` (raw JSON text) under the key "nested". */
const withNested = (nested: string) =>
  JSON.stringify(stackExport([stackEntry(), volume("good", { nested: "NESTED" })])).replace('"NESTED"', nested);

describe("hostile and broken state files", () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error("dist/cli/main.js is missing: run `npm run build` first (npm test does)");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, () => string, RegExp]>([
    ["JSON truncated inside a string", () => write("cut-string.json", valid.slice(0, valid.indexOf("aws:ebs") + 3)), /not valid JSON/],
    ["JSON truncated between values", () => write("cut-end.json", valid.slice(0, valid.lastIndexOf("}") - 1)), /not valid JSON/],
    ["an empty file", () => write("empty.json", ""), /the file is empty; expected Pulumi state/],
    ["a file of whitespace only", () => write("blank.json", " \n\t\n"), /the file is empty; expected Pulumi state/],
  ])("refuses %s", (_title, make, expected) => {
    expectRefused(make(), expected, EXPECTED_STATE);
  });

  it.each<[string, () => string, RegExp]>([
    ["binary garbage", () => write("garbage.json", garbage(4096)), EXPECTED_STATE],
    ["NUL bytes", () => write("nul.json", Buffer.alloc(1024)), EXPECTED_STATE],
    [
      "an executable header",
      () => write("elf.json", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), garbage(512)])),
      EXPECTED_STATE,
    ],
    ["UTF-16 text", () => write("utf16.json", Buffer.from(`\ufeff${valid}`, "utf16le")), EXPECTED_STATE],
    [
      "a gzip header over garbage",
      () => write("broken.json.gz", Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), garbage(256)])),
      /looks gzip-compressed but does not decompress; expected Pulumi state/,
    ],
    ["garbage compressed with gzip", () => write("garbage.json.gz", gzipSync(garbage(4096))), EXPECTED_STATE],
  ])("refuses %s", (_title, make, expected) => {
    expectRefused(make(), expected);
  });

  it.each<[string, unknown, RegExp]>([
    ["a JSON array", [stackEntry()], /found an array/],
    ["a bare number", 42, /found number 42/],
    [
      "resources as an object",
      { version: 3, deployment: { resources: { a: 1 } } },
      /deployment\.resources: expected a list of resources, found an object/,
    ],
    [
      "a null resource",
      { version: 3, deployment: { resources: [null] } },
      /deployment\.resources\[0\]: expected a resource object with "urn" and "type", found null/,
    ],
    ["version 9", { version: 9, deployment: { resources: [] } }, /version: expected one of 1, 2, 3, 4 .*found number 9/],
    ["version as a string", { version: "3", deployment: { resources: [] } }, /version: expected one of 1, 2, 3, 4 .*found the string "3"/],
    ["a negative version", { version: -1, checkpoint: {} }, /version: expected one of 1, 2, 3, 4 .*found number -1/],
  ])("refuses a wrong shape: %s", (_title, value, expected) => {
    expectRefused(write(`shape-${_title.replace(/\W+/g, "-")}.json`, JSON.stringify(value)), expected);
  });

  it("refuses outputs nested 100,000 levels deep instead of overflowing the stack", () => {
    const depth = 100_000;
    const deep = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    expectRefused(
      write("deep.json", withNested(deep)),
      /deployment\.resources\[1\]\.outputs: expected property values nested at most about a thousand levels deep/,
    );
  });

  it("audits a file with moderately deep (200-level) outputs normally", () => {
    const deep = `${'{"a":'.repeat(200)}1${"}".repeat(200)}`;
    const result = audit(write("moderate.json", withNested(deep)));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("\n    at ");
  });

  const sizeMessage =
    /the file is 500 MB, over the 256 MB limit of this audit .*expected a state file of at most 256 MB\. Split the stack .*`pulumi policy analyze/;

  it("refuses a 500 MB file of zeros by its size, without reading it", () => {
    const file = sparse("huge.json", 500 * MB);
    try {
      expectRefused(file, sizeMessage);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("refuses a 500 MB file that starts as a stack export", () => {
    const file = sparse("huge-export.json", 500 * MB, '{"version":3,"deployment":{"resources":[');
    try {
      expectRefused(file, sizeMessage);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("refuses a small gzip file that decompresses past the limit", () => {
    // Gzip members concatenate: 17 copies of 16 MB of zeros decompress to 272 MB.
    const member = gzipSync(Buffer.alloc(16 * MB));
    const file = write("bomb.json.gz", Buffer.concat(Array.from({ length: 17 }, () => member)));
    expectRefused(file, /the file decompresses to more than 256 MB, over the 256 MB limit of this audit/);
  });
});
