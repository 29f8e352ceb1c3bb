/**
 * Terminal and markup injection (issue 16): control and bidi characters never reach any output raw,
 * Markdown leaves no mention or bare URL for GitHub to act on, and SARIF text carries no link syntax.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command as audit } from "../../../cli/commands/audit";
import { command as mapCommand } from "../../../cli/commands/map";
import { command as matrix } from "../../../cli/commands/matrix";
import { escapeHtml, escapeMarkdown, htmlWithCode, markdownCode, oneLine, safeText, sarifText } from "../../../cli/report/escape";
import { renderDiffMarkdown } from "../../../cli/report/map-diff";
import { diffMaps } from "../../../responsibility-map/diff";
import { SMALL_MAP_YAML, smallMap, TODAY } from "../../responsibility-map/small-map";
import { runCommand } from "../support/run-command";
import { MAP_PATH, PACK_DIR, stackEntry, stackExport, tempDir, volume, writeJson } from "../support/state";

const ESC = "\u001b";
const RLO = "\u202e";
/** Every character class the escaper must not let through: C0, DEL, C1 (CSI), separators, bidi. */
const HOSTILE = `a${ESC}]0;pwned\u0007b${ESC}[2Jc\u009b31md${RLO}e\u2066f\u2028g\u0000h\ri`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** The Markdown with its code spans removed: what GitHub would link or mention is in the rest. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, " ");
}

const ACTIVE_URL = /\b[a-z][a-z0-9+.-]*:\/\/|\bwww\./i;
const MENTION = /(^|[^\w@`\\])@[a-z0-9]/i;

describe("the escaper", () => {
  it.each<[string, (value: string) => string]>([
    ["safeText", safeText],
    ["oneLine", oneLine],
    ["escapeHtml", escapeHtml],
    ["htmlWithCode", htmlWithCode],
    ["escapeMarkdown", escapeMarkdown],
    ["markdownCode", markdownCode],
    ["sarifText", sarifText],
  ])("%s lets no control or bidi character through", (_name, escaper) => {
    const out = escaper(HOSTILE);
    expect(out).not.toMatch(RAW);
    expect(out).toContain("\\u001b");
    expect(out).toContain("\\u202e");
  });

  it("keeps tabs, line feeds and CRLF line ends in plain text", () => {
    expect(safeText("a\tb\r\nc\nd")).toBe("a\tb\r\nc\nd");
  });

  it.each([
    ["@everyone", "`@everyone`"],
    ["ping @org/team now", "ping `@org/team` now"],
    ["mail ann@acme.example", "mail ann@acme.example"],
    ["see https://evil.example/x?a=1 now", "see `https://evil.example/x?a=1` now"],
    ["www.evil.example", "`www.evil.example`"],
    ["[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"],
    ["no `owner` tag", "no `owner` tag"],
    ["a `b|c` d", "a \\`b\\|c\\` d"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["1. item", "1\\. item"],
    ["aws_s3 _x_ *y*", "aws_s3 \\_x\\_ \\*y\\*"],
    ["v1.2: 3-4", "v1.2: 3-4"],
  ])("Markdown of %j is %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("writes SARIF text with its link brackets escaped", () => {
    expect(sarifText("[click](javascript:alert(1))")).toBe("\\[click\\](javascript:alert(1))");
  });
});

describe("every output of the audit", () => {
  const name = `vol-${ESC}[31mred${RLO}txt.exe @everyone https://evil.example/a [click](javascript:alert(1))`;
  const state = writeJson(
    tempDir(),
    "state.json",
    stackExport([stackEntry(), volume(name, { encrypted: false, tags: { owner: "mei.chen" } })]),
  );
  const run = (format: string) => runCommand(audit, [state, "--now", "2026-11-23", "--format", format]);

  it.each(["text", "json", "sarif", "markdown", "html"])("%s carries no raw ESC or U+202E", async (format) => {
    const { stdout, code } = await run(format);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain("\\u001b");
  });

  it("markdown leaves no mention and no bare URL", async () => {
    const { stdout } = await run("markdown");
    expect(stdout).toContain("`@everyone`");
    expect(outsideCode(stdout)).not.toMatch(MENTION);
    expect(outsideCode(stdout)).not.toMatch(ACTIVE_URL);
  });

  it("SARIF message text holds no link syntax", async () => {
    // An exception's reason is copied into the message of the finding it waives.
    const map = path.join(tempDir(), "map.yaml");
    writeFileSync(
      map,
      readFileSync(MAP_PATH, "utf8").replace(
        "reason: Legacy volumes are migrated to encrypted copies in the Q1 2027 maintenance window (CHG-4412).",
        'reason: "See [click](javascript:alert(1)) for the plan."',
      ),
    );
    const legacy = writeJson(
      tempDir(),
      "s.json",
      stackExport([stackEntry(), volume("legacy-1", { encrypted: false, tags: { owner: "mei.chen" } })]),
    );
    const sarif = JSON.parse((await runCommand(audit, [legacy, "--map", map, "--now", "2026-11-23", "--format", "sarif"])).stdout);
    const texts: string[] = sarif.runs[0].results.map((result: { message: { text: string } }) => result.message.text);
    expect(texts.some((text) => text.includes("See \\[click\\](javascript:alert(1)) for the plan."))).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
  });
});

describe("the map's strings in matrix and diff output", () => {
  const hostileName = `Ann${ESC}]0;pwned\u0007 ${RLO}Lee @everyone https://evil.example`;
  const yaml = SMALL_MAP_YAML.replace("name: Ann Lee", `name: "Ann\\e]0;pwned\\a \\u202eLee @everyone https://evil.example"`);
  const dir = mkdtempSync(path.join(tmpdir(), "inject-"));
  const mapFile = path.join(dir, "map.yaml");
  writeFileSync(mapFile, yaml);

  it("loads the name as written (the YAML escapes become the characters)", () => {
    expect(smallMap(yaml).people[0]?.name).toBe(hostileName);
  });

  it.each(["text", "markdown", "csv", "html"])("matrix --format %s carries no raw ESC, BEL or U+202E", async (format) => {
    const { stdout, code } = await runCommand(matrix, ["--map", mapFile, "--now", TODAY, "--format", format]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain("\\u001b");
  });

  it("matrix and diff markdown leave no bare URL or mention", async () => {
    const { stdout } = await runCommand(matrix, ["--map", mapFile, "--now", TODAY, "--format", "markdown"]);
    expect(outsideCode(stdout)).not.toMatch(ACTIVE_URL);
    expect(outsideCode(stdout)).not.toMatch(MENTION);
    const diff = renderDiffMarkdown(
      diffMaps(
        smallMap(),
        smallMap(
          yaml.replace(
            "status: active }",
            'status: active }\n  - { id: cy, name: "Cy https://x.example @all", email: cy@acme.example, role: Engineer, status: active }',
          ),
        ),
        {
          since: "2026-01-01",
          today: TODAY,
        },
      ),
      "v1",
    );
    expect(diff).toContain("`https://x.example`");
    expect(outsideCode(diff)).not.toMatch(ACTIVE_URL);
    expect(outsideCode(diff)).not.toMatch(MENTION);
  });

  it("map check shows a control character in a problem as an escape, never sends it", async () => {
    const bad = path.join(dir, "bad.yaml");
    writeFileSync(bad, SMALL_MAP_YAML.replace("duty: encryption-at-rest\n    reason", 'rule: "aws-x\\e]0;pwned\\a"\n    reason'));
    const { code, stderr } = await runCommand(mapCommand, ["check", "--map", bad]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW);
    expect(stderr).toMatch(/\\u001b|\\x1b/);
  });
});

describe("the error printer", () => {
  it("shows a file name's control and bidi characters as escapes on stderr", () => {
    const file = path.join(tempDir(), `x${ESC}]0;pwned\u0007${RLO}txt.json`);
    const result = spawnSync(process.execPath, [path.join(PACK_DIR, "dist", "cli", "main.js"), "audit", file], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no such file or directory");
    expect(result.stderr).not.toMatch(RAW);
    expect(result.stderr).toContain("\\u001b]0;pwned\\u0007\\u202etxt.json");
  });

  it("keeps a report written to a file free of them too", async () => {
    const out = path.join(tempDir(), "r.md");
    const state = writeJson(tempDir(), "s.json", stackExport([stackEntry(), volume(`v${ESC}x`, { encrypted: false })]));
    await runCommand(audit, [state, "--now", "2026-11-23", "--format", "markdown", "-o", out]);
    expect(readFileSync(out, "utf8")).not.toMatch(RAW);
  });
});
