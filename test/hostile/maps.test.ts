/**
 * Malformed responsibility maps: each is rejected with one problem naming exactly its file, line and
 * field, by the loader, by `shared-responsibility map check` (exit 2, no stack trace) and by the pack
 * at start-up (non-zero exit, one clear message, no stack trace). Every case runs the pack entry
 * (dist/policies/pack.js in the pack directory; it loads the map before it serves), and a
 * representative subset (`launcher`) also starts the pack through Pulumi's real launcher, which takes
 * about half as long again. Start-ups run two at a time: CI has two cores.
 * The corpus lives in test/hostile/maps/ (each file is valid.yaml with one fault); files too big to
 * commit are generated into a temporary directory.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_DUTIES } from "../../policies/registry";
import { formatProblem, loadMap, MAX_MAP_BYTES, MapError, type MapProblem } from "../../responsibility-map/loader";
import { PACK_DIR, startExpectingFailure } from "../engine/harness";

const MAPS = path.join(__dirname, "maps");
const CLI = path.join(PACK_DIR, "dist", "cli", "main.js");
const PACK_ENTRY = path.join(PACK_DIR, "dist", "policies", "pack.js");
const run = promisify(execFile);

interface MapCase {
  /** A file in test/hostile/maps/, or a generated one (see GENERATED). */
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string;
  readonly message: RegExp;
  /** Also started through Pulumi's real launcher; the pack entry alone is started for every case. */
  readonly launcher?: true;
}

// biome-ignore format: a table reads best one case per line
const CASES: readonly MapCase[] = [
  { file: "empty.yaml", line: 1, field: "", message: /the map is empty/, launcher: true },
  { file: "only-comment.yaml", line: 1, field: "", message: /the map is empty/ },
  { file: "null-document.yaml", line: 1, field: "", message: /must be a mapping .* not null/ },
  { file: "list.yaml", line: 2, field: "", message: /must be a mapping .* not a list/, launcher: true },
  { file: "scalar.yaml", line: 2, field: "", message: /must be a mapping .* not text \("just some text"\)/ },
  { file: "binary.yaml", line: 2, field: "", message: /not UTF-8 text/ },
  { file: "control-character.yaml", line: 4, field: "", message: /control character U\+0000, which YAML does not allow/ },
  { file: "syntax-unclosed-flow.yaml", line: 7, field: "", message: /^YAML Flow sequence .* end with a \]/ },
  { file: "syntax-bad-indent.yaml", line: 13, field: "", message: /^YAML Nested mappings are not allowed/ },
  { file: "tabs.yaml", line: 14, field: "", message: /^YAML Tabs are not allowed as indentation$/, launcher: true },
  { file: "bom-then-error.yaml", line: 3, field: "version", message: /^must be 1$/ },
  { file: "bom-midfile.yaml", line: 29, field: "\\uFEFFduties", message: /invisible character.*did you mean "duties"/ },
  { file: "multiple-documents.yaml", line: 54, field: "", message: /more than one YAML document/ },
  { file: "duplicate-key.yaml", line: 13, field: "people[0].status", message: /duplicate key/, launcher: true },
  { file: "duplicate-top-level-key.yaml", line: 54, field: "version", message: /duplicate key/ },
  { file: "custom-tag.yaml", line: 4, field: "settings.organization", message: /tag: !vault; a map uses no YAML tags/ },
  { file: "merge-key.yaml", line: 19, field: "people[2].<<", message: /merge keys \(<<\) are not supported/ },
  { file: "alias-bomb.yaml", line: 3, field: "b[0]", message: /aliases \(\*name\) expand too far/, launcher: true },
  { file: "alias-cycle.yaml", line: 7, field: "settings.nested", message: /alias \(\*name\) refers to the node that contains it/ },
  { file: "wrong-type-version.yaml", line: 2, field: "version", message: /^must be 1$/ },
  { file: "wrong-type-people.yaml", line: 7, field: "people", message: /^must be array, not text \("everyone"\)$/ },
  { file: "wrong-type-cadence.yaml", line: 45, field: "duties[1].review.cadenceDays", message: /^must be integer, not text \("90"\)$/ },
  { file: "string-where-object.yaml", line: 45, field: "duties[1].review", message: /^must be object, not text/ },
  { file: "unknown-field.yaml", line: 44, field: "duties[1].acountable", message: /did you mean "accountable"\?/ },
  { file: "duplicate-person-id.yaml", line: 24, field: "people[3].id", message: /duplicate person id "bob"/ },
  { file: "duplicate-duty-id.yaml", line: 39, field: "duties[1].id", message: /duplicate duty id "encryption-at-rest"/ },
  { file: "person-id-look-alike.yaml", line: 18, field: "people[2].id", message: /^holds characters outside plain ASCII, such as a look-alike letter from another script; an id is lowercase ASCII/ },
  { file: "email-look-alike.yaml", line: 10, field: "people[0].email", message: /^holds characters outside plain ASCII, such as a look-alike letter from another script; an email in the map is plain ASCII$/ },
  { file: "duplicate-email.yaml", line: 15, field: "people[1].email", message: /already used by people\[0\]/ },
  { file: "two-accountable.yaml", line: 44, field: "duties[1].accountable", message: /exactly one accountable person/, launcher: true },
  { file: "accountable-unknown.yaml", line: 44, field: "duties[1].accountable", message: /no person has id "zed"/ },
  { file: "accountable-departed.yaml", line: 44, field: "duties[1].accountable", message: /Cy Young departed on 2026-01-31/, launcher: true },
  { file: "accountable-team.yaml", line: 44, field: "duties[1].accountable", message: /"platform" is a team/ },
  { file: "responsible-unknown.yaml", line: 35, field: "duties[0].responsible[1]", message: /responsible person: no person has id "zed"/ },
  { file: "responsible-duplicate.yaml", line: 35, field: "duties[0].responsible[1]", message: /^person "bob" is listed twice \(first at duties\[0\]\.responsible\[0\]\); list it once$/ },
  { file: "consulted-departed.yaml", line: 36, field: "duties[0].consulted[0]", message: /consulted person: Cy Young departed/ },
  { file: "informed-unknown.yaml", line: 37, field: "duties[0].informed[0]", message: /informed person: no person has id "zed"/ },
  { file: "approver-unknown.yaml", line: 51, field: "exceptions[0].approver", message: /approver: no person has id "zed"/ },
  { file: "approver-departed.yaml", line: 51, field: "exceptions[0].approver", message: /approver: Cy Young departed/ },
  { file: "team-member-departed.yaml", line: 27, field: "teams[0].members[2]", message: /team member: Cy Young departed/ },
  { file: "signed-off-by-unknown.yaml", line: 45, field: "duties[1].review.signedOffBy", message: /no person has id "zed"/ },
  { file: "sign-off-before-review.yaml", line: 38, field: "duties[0].review.signedOffOn", message: /predates the review/ },
  { file: "date-february-30.yaml", line: 23, field: "people[2].departed", message: /^"2026-02-30" is not a real date; write it as YYYY-MM-DD$/, launcher: true },
  { file: "date-short-form.yaml", line: 53, field: "exceptions[0].expires", message: /^"26-1-1" is not a real date/ },
  { file: "date-as-number.yaml", line: 52, field: "exceptions[0].approved", message: /^must be string, not number \(20261005\)$/ },
  { file: "departed-without-date.yaml", line: 18, field: "people[2].departed", message: /missing required field "departed"/ },
  { file: "exception-unknown-duty.yaml", line: 49, field: "exceptions[0].duty", message: /no duty has id "physical-security"/ },
  { file: "exception-unknown-rule.yaml", line: 49, field: "exceptions[0].rule", message: /no rule is named "aws-ebs-volume-require-encryptoin"/ },
  { file: "exception-without-reason.yaml", line: 47, field: "exceptions[0].reason", message: /missing required field "reason"/ },
  { file: "exception-without-approver.yaml", line: 47, field: "exceptions[0].approver", message: /missing required field "approver"/ },
  { file: "exception-without-expiry.yaml", line: 47, field: "exceptions[0].expires", message: /missing required field "expires"/ },
  { file: "exception-rule-and-duty.yaml", line: 47, field: "exceptions[0]", message: /exactly one of rule or duty/ },
  { file: "exception-expires-before-approval.yaml", line: 53, field: "exceptions[0].expires", message: /before it was approved/ },
  { file: "scope-unknown-provider.yaml", line: 44, field: "duties[1].scopes[0].provider", message: /must be one of "aws", "azure"/ },
];

/** Generated into a temporary directory: too big to commit, or not files at all. */
// biome-ignore format: a table reads best one case per line
const GENERATED: readonly MapCase[] = [
  { file: "too-large.yaml", line: undefined, field: "", message: new RegExp(`a map may be at most ${MAX_MAP_BYTES} bytes`), launcher: true },
  { file: "large-with-error-at-end.yaml", line: 40_021, field: "people[8002].email", message: /^must be a valid email$/ },
  // 40,000 controls with the repeat at the start: Ajv's uniqueItems compared every pair (minutes).
  { file: "long-list-with-repeat.yaml", line: 35, field: "duties[0].controls[1]", message: /^control "AC-1" is listed twice \(first at duties\[0\]\.controls\[0\]\)/ },
  // One 300,000-character description and 15 aliases of it: 4.8 million characters expanded.
  { file: "alias-long-string.yaml", line: 41, field: "duties[1].description", message: /^YAML aliases \(\*name\) expand the map to 48\d{5} characters of text; a map may hold at most 4194304 once expanded\. This alias alone adds 300000/ },
  { file: "deep-flow-nesting.yaml", line: 2, field: "", message: /nest more than 100 levels deep/ },
  { file: "missing.yaml", line: undefined, field: "", message: /cannot read the map \(no such file\)/ },
  { file: "a-directory.yaml", line: undefined, field: "", message: /cannot read the map \(it is a directory, not a file\)/ },
];

let tmp: string;
const where = (c: MapCase): string => (GENERATED.includes(c) ? path.join(tmp, c.file) : path.join(MAPS, c.file));
const ALL = [...CASES, ...GENERATED];

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "hostile-maps-"));
  const valid = readFileSync(path.join(MAPS, "valid.yaml"), "utf8");
  writeFileSync(path.join(tmp, "too-large.yaml"), `version: 1\n# ${"x".repeat(MAX_MAP_BYTES)}\n`);
  // 8,000 extra people (40,000 lines, ~1 MB) before teams; the last one has a bad email. (The YAML
  // parser needs ~2 s a megabyte, so a map at the 4 MB limit takes ~10 s to reject.)
  const people = Array.from(
    { length: 8_000 },
    (_, i) =>
      `  - id: p${i}\n    name: Person ${i}\n    email: ${i === 7_999 ? "not-an-email" : `p${i}@example.com`}\n    role: Engineer\n    status: active\n`,
  ).join("");
  writeFileSync(path.join(tmp, "large-with-error-at-end.yaml"), valid.replace("teams:\n", `${people}teams:\n`));
  const controls = ["AC-1", ...Array.from({ length: 40_000 }, (_, i) => `AC-${i + 1}`)].map((id) => `      - ${id}\n`).join("");
  writeFileSync(path.join(tmp, "long-list-with-repeat.yaml"), valid.replace("    controls: [SC-28]\n", `    controls:\n${controls}`));
  const exception = valid.slice(valid.indexOf("  - id: EX-1\n"));
  const copies = Array.from({ length: 14 }, (_, i) =>
    exception.replace("EX-1", `EX-${i + 2}`).replace(/reason: .*\n/, "reason: *long\n"),
  ).join("");
  writeFileSync(
    path.join(tmp, "alias-long-string.yaml"),
    valid
      .replace("description: Stored data is encrypted.", `description: &long "${"x".repeat(300_000)}"`)
      .replace("description: Data stores keep backups.", "description: *long")
      .concat(copies),
  );
  writeFileSync(path.join(tmp, "deep-flow-nesting.yaml"), `version: 1\nsettings: ${"[".repeat(500_000)}${"]".repeat(500_000)}\n`);
  mkdirSync(path.join(tmp, "a-directory.yaml"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function problemsOf(file: string): readonly MapProblem[] {
  try {
    loadMap(file, { knownRules: RULE_DUTIES });
  } catch (error) {
    if (error instanceof MapError) return error.problems;
    throw error;
  }
  throw new Error(`${file} loaded, but should have been rejected`);
}

/** The one line a start-up or `map check` must print for the case. */
function expectedLine(c: MapCase): string {
  const at = c.line === undefined ? where(c) : `${where(c)}:${c.line}`;
  return c.field ? `${at}: ${c.field}: ` : `${at}: `;
}

const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

describe("the malformed-map corpus", () => {
  it("holds at least 30 files, each in the table (and valid.yaml loads)", () => {
    const files = readdirSync(MAPS).filter((file) => file !== "valid.yaml");
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
    expect(loadMap(path.join(MAPS, "valid.yaml"), { knownRules: RULE_DUTIES }).people).toHaveLength(3);
  });
});

describe("the loader rejects each malformed map with exactly its file, line and field", () => {
  it.each(ALL.map((c) => [c.file, c] as const))("%s", (_file, c) => {
    const started = performance.now();
    const problems = problemsOf(where(c));
    expect(performance.now() - started, "rejected within 10 s").toBeLessThan(10_000);
    expect(problems.map((p) => ({ file: p.file, line: p.line, field: p.field }))).toEqual([
      { file: where(c), line: c.line, field: c.field },
    ]);
    expect(problems[0]?.message).toMatch(c.message);
    expect(formatProblem(problems[0] as MapProblem).startsWith(expectedLine(c))).toBe(true);
  });
});

describe("`shared-responsibility map check` rejects each with exit 2 and the message on stderr", () => {
  it.each(ALL.map((c) => [c.file, c] as const))("%s", async (_file, c) => {
    const result = await run(process.execPath, [CLI, "map", "check", "--map", where(c)], { cwd: PACK_DIR }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n").filter((line) => line.startsWith(where(c)));
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]?.startsWith(expectedLine(c)), result.stderr).toBe(true);
    expect(lines[0]).toMatch(c.message.source.startsWith("^") ? new RegExp(c.message.source.slice(1)) : c.message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

/**
 * Runs tasks with at most `limit` at once. A finishing task hands its slot straight to the next
 * waiter, so a late caller cannot slip in between and exceed the limit.
 */
function limitConcurrency(limit: number): <R>(task: () => Promise<R>) => Promise<R> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < limit) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

interface Startup {
  /** null when the process was killed: it started serving instead of refusing. */
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the pack entry as the launcher would (cwd = pack dir); a pack that starts is killed after 20 s. */
function startPackEntry(map: string): Promise<Startup> {
  const env = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", SHARED_RESPONSIBILITY_MAP: map };
  return run(process.execPath, [PACK_ENTRY], { cwd: PACK_DIR, env, timeout: 20_000 }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number | null; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

/** The promise itself, marked handled: its failure is reported by the case that awaits it, not before. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

describe("the pack refuses to start on a malformed map", () => {
  // Every start-up is queued when this block begins and runs two at a time; each case awaits its own.
  const byEntry = new Map<MapCase, Promise<Startup>>();
  const byLauncher = new Map<MapCase, Promise<Startup>>();
  beforeAll(() => {
    const slot = limitConcurrency(2);
    for (const c of ALL) {
      const map = where(c);
      if (c.launcher) byLauncher.set(c, handled(slot(() => startExpectingFailure({ env: { SHARED_RESPONSIBILITY_MAP: map } }))));
      byEntry.set(c, handled(slot(() => startPackEntry(map))));
    }
  });

  function expectRefusal(c: MapCase, { code, stderr }: Startup): void {
    expect(code, stderr).toEqual(expect.any(Number));
    expect(code, stderr).not.toBe(0);
    const lines = stderr.split("\n").filter((line) => line.includes(where(c)));
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0], stderr).toContain(expectedLine(c));
    expect(lines[0], stderr).toMatch(c.message.source.startsWith("^") ? new RegExp(c.message.source.slice(1)) : c.message);
    expect(stderr).toContain("shared-responsibility: cannot start.");
    expect(stderr).not.toMatch(STACK_TRACE);
  }

  it.each(ALL.map((c) => [c.file, c] as const))("the pack entry: %s", async (_file, c) => {
    expectRefusal(c, await (byEntry.get(c) as Promise<Startup>));
  });

  it.each(ALL.filter((c) => c.launcher).map((c) => [c.file, c] as const))("Pulumi's launcher: %s", async (_file, c) => {
    expectRefusal(c, await (byLauncher.get(c) as Promise<Startup>));
  });
});
