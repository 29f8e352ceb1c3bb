/**
 * Every `shared-responsibility` command the README shows runs, against the bundled examples, and
 * every sample output it shows (a code block whose lines start with `$ shared-responsibility`) is
 * what the command prints. `UPDATE_README=1 npx vitest run test/readme` rewrites the samples from a
 * real run instead of comparing them (a sample ending in `...` keeps only its first lines).
 *
 * Commands run in a scratch workspace that looks like the README's: `prod.json` and `dev.json` are
 * the example stacks, `entra-users.json` the example directory export (SCIM), `~/.pulumi/stacks/shop/` holds them, `responsibility-map/map.yaml` is the
 * bundled map in a git repository whose earlier commit is tagged `v2026.06`, `broken.yaml` is that
 * map with two mistakes, and `policy/` is this pack. Commands of the Pulumi CLI are not run (it
 * cannot be installed here, and they need a cloud).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const PACK_DIR = path.resolve(__dirname, "..", "..");
const README = path.join(PACK_DIR, "README.md");
const MAIN = path.join(PACK_DIR, "dist", "cli", "main.js");
const UPDATE = process.env["UPDATE_README"] === "1";
const SUBCOMMANDS = "audit|rules|docs|matrix|oscal|map|handover|help";

/** `npx shared-responsibility …`, `shared-responsibility …`, or the CI form `node policy/dist/cli/main.js …`. */
const COMMAND = new RegExp(
  `(?:^|[\\s\`(])((?:npx (?:--no-install )?)?(?:shared-responsibility|node policy/dist/cli/main\\.js) (?:${SUBCOMMANDS})\\b[^\`#|\\n]*)`,
  "g",
);

/** Every command the README shows, in code blocks and inline code, without placeholders such as `<file>`. */
export function readmeCommands(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split("\n")) {
    for (const match of line.matchAll(COMMAND)) {
      const command = (match[1] ?? "").trim();
      if (command.includes("<") || command.includes("...")) continue;
      found.add(command);
    }
  }
  return [...found];
}

interface Sample {
  readonly command: string;
  /** The output lines shown; with `prefix`, only the first lines of the output, then `...`. */
  readonly output: string[];
  readonly prefix: boolean;
  /** Where the output lines are in the README (line indexes, end exclusive). */
  readonly from: number;
  readonly to: number;
}

/** Code blocks of `$ shared-responsibility …` lines, each followed by what it prints. */
function readmeSamples(lines: readonly string[]): Sample[] {
  const samples: Sample[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("```")) {
      inBlock = !inBlock;
      continue;
    }
    if (!inBlock || !line.startsWith("$ shared-responsibility ")) continue;
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? "").startsWith("```") && !(lines[end] ?? "").startsWith("$ ")) end++;
    // A blank line may separate the command from its output (Biome formats Markdown blocks so).
    let first = i + 1;
    while (first < end && (lines[first] ?? "") === "") first++;
    let last = end;
    while (last > first && (lines[last - 1] ?? "") === "") last--;
    const output = lines.slice(first, last);
    const prefix = output[output.length - 1] === "...";
    samples.push({ command: line.slice(2), output: prefix ? output.slice(0, -1) : output, prefix, from: first, to: last });
    i = last - 1;
  }
  return samples;
}

let workspace: string;

function git(args: string[], env: Record<string, string> = {}): void {
  execFileSync("git", args, {
    cwd: workspace,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.invalid",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.invalid",
      ...env,
    },
  });
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the bundled map no longer holds ${JSON.stringify(from)}; update test/readme`);
  return text.replace(from, to);
}

beforeAll(() => {
  workspace = realpathSync(mkdtempSync(path.join(tmpdir(), "readme-")));
  const stacks = path.join(PACK_DIR, "examples", "stacks");
  copyFileSync(path.join(stacks, "aws-dev.json"), path.join(workspace, "prod.json"));
  copyFileSync(path.join(stacks, "azure-dev.json"), path.join(workspace, "dev.json"));
  copyFileSync(path.join(PACK_DIR, "examples", "directory", "entra-users.json"), path.join(workspace, "entra-users.json"));
  const local = path.join(workspace, ".pulumi", "stacks", "shop");
  mkdirSync(local, { recursive: true });
  copyFileSync(path.join(stacks, "aws-dev.json"), path.join(local, "aws-dev.json"));
  copyFileSync(path.join(stacks, "azure-dev.json"), path.join(local, "azure-dev.json"));
  mkdirSync(path.join(workspace, "policy"));
  symlinkSync(path.join(PACK_DIR, "dist"), path.join(workspace, "policy", "dist"));
  writeFileSync(path.join(workspace, "policy", "config.json"), '{"all": "mandatory"}\n');

  // The map as it was at v2026.06: Sam O'Connor still active, the logging review not yet signed.
  const map = readFileSync(path.join(PACK_DIR, "responsibility-map", "map.yaml"), "utf8");
  let before = replaceOnce(map, "    status: departed\n    departed: 2026-06-30\n", "    status: active\n");
  before = replaceOnce(
    before,
    "review: { last: 2026-10-20, cadenceDays: 90, signedOffBy: priya.raman, signedOffOn: 2026-10-21 }",
    "review: { last: 2026-05-20, cadenceDays: 90, signedOffBy: priya.raman, signedOffOn: 2026-05-21 }",
  );
  mkdirSync(path.join(workspace, "responsibility-map"));
  const mapFile = path.join(workspace, "responsibility-map", "map.yaml");
  writeFileSync(mapFile, before);
  git(["init", "-q"]);
  git(["add", "responsibility-map/map.yaml"]);
  git(["commit", "-qm", "map as of June"], { GIT_AUTHOR_DATE: "2026-06-15T12:00:00Z", GIT_COMMITTER_DATE: "2026-06-15T12:00:00Z" });
  git(["tag", "v2026.06"]);
  writeFileSync(mapFile, map);

  // Two mistakes for the README's failing `map check`: a misspelt id, and an expiry before approval.
  let broken = replaceOnce(map, "    accountable: amara.okafor\n    responsible:", "    accountable: amara.okafr\n    responsible:");
  broken = replaceOnce(broken, "    approved: 2026-10-05\n    expires: 2027-03-31", "    approved: 2026-10-05\n    expires: 2026-03-31");
  writeFileSync(path.join(workspace, "broken.yaml"), broken);
});

/**
 * Runs a README command in the workspace, through the built CLI in place of the installed one. The
 * workspace stands for the pack's own repository, whose map the CLI reads by default; the CLI here
 * lives elsewhere, so SHARED_RESPONSIBILITY_MAP points it at the workspace's map.
 */
function run(command: string): { status: number | null; output: string } {
  const shell = command.replace(/^(?:npx (?:--no-install )?)?shared-responsibility /, `node ${JSON.stringify(MAIN)} `);
  const result = spawnSync("sh", ["-c", shell], {
    cwd: workspace,
    encoding: "utf8",
    env: {
      ...process.env,
      HOME: workspace,
      GITHUB_STEP_SUMMARY: path.join(workspace, "summary.md"),
      NO_COLOR: "1",
      SHARED_RESPONSIBILITY_MAP: path.join(workspace, "responsibility-map", "map.yaml"),
    },
    timeout: 60_000,
  });
  const output = `${result.stdout}${result.stderr}`.split(workspace).join("/repo");
  return { status: result.status, output };
}

const readme = readFileSync(README, "utf8");
const commands = readmeCommands(readme);

describe("the README's commands", () => {
  it("shows commands of every kind, so the extraction below cannot silently find none", () => {
    for (const word of ["audit", "rules", "matrix", "oscal", "map check", "map diff"]) {
      expect(
        commands.some((command) => command.includes(` ${word}`)),
        word,
      ).toBe(true);
    }
  });

  it.each(commands)("%s", (command) => {
    const { status, output } = run(command);
    // 1 is the audit's verdict (mandatory violations in the examples); 2 is bad input, which only
    // the README's example of a broken map shows on purpose.
    expect(status, output).toBe(command.includes("broken.yaml") ? 2 : / audit /.test(` ${command} `) ? 1 : 0);
  });
});

describe("the README's sample output", () => {
  const lines = readme.split("\n");
  const samples = readmeSamples(lines);

  it("has samples to check", () => {
    expect(samples.map((sample) => sample.command)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^shared-responsibility matrix/),
        expect.stringMatching(/^shared-responsibility map diff/),
      ]),
    );
  });

  it("is what each command prints", () => {
    const updated = [...lines];
    const stale: string[] = [];
    // From the last sample up, so rewriting one does not move the lines of the others.
    for (const sample of [...samples].reverse()) {
      const actual = run(sample.command).output.replace(/\n+$/, "").split("\n");
      const shown = sample.prefix ? actual.slice(0, sample.output.length || 14) : actual;
      const expected = sample.prefix ? [...shown, "..."] : shown;
      if (shown.join("\n") !== sample.output.join("\n")) stale.push(`${sample.command}\n${actual.join("\n")}`);
      updated.splice(sample.from, sample.to - sample.from, ...(actual.join("") === "" && !sample.prefix ? [] : expected));
    }
    if (UPDATE) {
      writeFileSync(README, updated.join("\n"));
      return;
    }
    expect(stale, "README samples differ from a real run; run UPDATE_README=1 npx vitest run test/readme").toEqual([]);
  });
});
