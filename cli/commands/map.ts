import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import * as path from "node:path";
import { RULE_DUTIES } from "../../policies/registry";
import { diffMaps } from "../../responsibility-map/diff";
import { formatProblem, loadMap, MAX_MAP_BYTES, MapError, parseMapBytes } from "../../responsibility-map/loader";
import type { ResponsibilityMap } from "../../responsibility-map/model";
import { parseOptions } from "../args";
import type { Command } from "../command";
import { EXIT_BAD_INPUT, EXIT_OK, InputError, UsageError } from "../errors";
import { mapPathOption, stringOption, todayOption, writeOutput } from "../map-options";
import { safeText } from "../report/escape";
import { renderDiffMarkdown, renderDiffText } from "../report/map-diff";

const USAGE = `Usage: shared-responsibility map <check|diff> [options]

  map check [--map FILE]
      Validate the map (schema and references). Prints every problem as file:line: field: message
      and exits 2, or prints a one-line summary and exits 0. Suitable as a pre-commit hook.

  map diff <git-rev> [--map FILE] [--format text|markdown] [-o FILE] [--now YYYY-MM-DD]
      What changed in the map since <git-rev>: accountable people and sides, people who joined or
      left, exceptions added, expired, extended or removed, reviews signed off, and every other
      field that changed (exception scope, RACI roles, settings, teams, classification...).

  --map FILE         the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else this package's responsibility-map/map.yaml)
  -o, --output FILE  write the diff to FILE instead of standard output`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function check(argv: readonly string[]): number {
  const parsed = parseOptions(argv, { map: { type: "string" } }, USAGE);
  if (parsed.values["help"] === true) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const file = mapPathOption(parsed);
  let map: ResponsibilityMap;
  try {
    map = loadMap(file, { knownRules: RULE_DUTIES });
  } catch (error) {
    if (!(error instanceof MapError)) throw error;
    process.stderr.write(error.problems.map((problem) => `${safeText(formatProblem(problem))}\n`).join(""));
    process.stderr.write(`${plural(error.problems.length, "problem", "problems")} in ${safeText(file)}.\n`);
    return EXIT_BAD_INPUT;
  }
  process.stdout.write(
    `OK ${safeText(file)}: ${plural(map.people.length, "person", "people")}, ${plural(map.duties.length, "duty", "duties")}, ${plural(map.exceptions.length, "exception", "exceptions")}.\n`,
  );
  return EXIT_OK;
}

/** Git's output as bytes; more than `limit` bytes is refused by `tooLong`, never an ENOBUFS crash. */
function gitBytes(args: readonly string[], cwd: string, limit = 1024 * 1024, tooLong?: () => string): Buffer {
  try {
    return execFileSync("git", [...args], { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: limit });
  } catch (error) {
    const failure = error as { code?: unknown; stderr?: unknown };
    if (failure.code === "ENOBUFS") throw new InputError(tooLong?.() ?? `git ${args[0] ?? ""} wrote more than ${limit} bytes`);
    const stderr = String(failure.stderr ?? "").trim();
    throw new InputError(`git ${args[0] ?? ""} failed: ${stderr.split("\n")[0] || (error as Error).message}`);
  }
}

function git(args: readonly string[], cwd: string): string {
  return gitBytes(args, cwd).toString("utf8");
}

/** The map at a revision, with the limits of the current map (size, UTF-8, expanded size). */
function mapAtRevision(revision: string, relative: string, top: string): ResponsibilityMap {
  const where = `${revision}:${relative}`;
  const refusal = (size: string) =>
    `the map at ${where} is ${size} bytes; a map may be at most ${MAX_MAP_BYTES} bytes, so it cannot be compared.`;
  const size = Number(git(["cat-file", "-s", where], top).trim());
  if (!(size <= MAX_MAP_BYTES)) throw new InputError(refusal(String(size)));
  // cat-file, not show: the blob's bytes as committed, with no text conversion.
  const bytes = gitBytes(["cat-file", "blob", where], top, MAX_MAP_BYTES + 1, () => refusal(`over ${MAX_MAP_BYTES}`));
  try {
    return parseMapBytes(bytes, where);
  } catch (error) {
    if (!(error instanceof MapError)) throw error;
    throw new InputError(`the map at ${revision} does not load, so it cannot be compared:\n${error.message}`);
  }
}

function diff(argv: readonly string[]): number {
  const parsed = parseOptions(
    argv,
    { map: { type: "string" }, format: { type: "string" }, now: { type: "string" }, output: { type: "string", short: "o" } },
    USAGE,
    true,
  );
  if (parsed.values["help"] === true) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const [revision, ...extra] = parsed.positionals;
  if (revision === undefined || extra.length > 0) throw new UsageError(`map diff takes exactly one git revision.\n\n${USAGE}`);
  if (revision.startsWith("-") || revision.includes(":")) throw new UsageError(`"${revision}" is not a git revision.`);
  const format = stringOption(parsed, "format") ?? "text";
  if (format !== "text" && format !== "markdown") throw new UsageError(`--format must be text or markdown, not "${format}".`);
  const today = todayOption(parsed);

  const file = mapPathOption(parsed);
  const after = loadMap(file, { knownRules: RULE_DUTIES });
  const absolute = realpathSync(file);
  const top = realpathSync(git(["rev-parse", "--show-toplevel"], path.dirname(absolute)).trim());
  const relative = path.relative(top, absolute).split(path.sep).join("/");
  const commitDate = git(["log", "-1", "--format=%cI", revision, "--"], top).trim().slice(0, 10);
  const before = mapAtRevision(revision, relative, top);
  const result = diffMaps(before, after, { since: commitDate, today });
  writeOutput(parsed, format === "markdown" ? renderDiffMarkdown(result, revision) : renderDiffText(result, revision));
  return EXIT_OK;
}

export const command: Command = {
  summary: "Check the responsibility map, or show what changed in it since a git revision",
  run(argv) {
    const [sub, ...rest] = argv;
    switch (sub) {
      case "check":
        return check(rest);
      case "diff":
        return diff(rest);
      case "--help":
      case "-h":
      case "help":
        process.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      default:
        throw new UsageError(`${sub === undefined ? "map needs a subcommand" : `unknown map subcommand "${sub}"`}.\n\n${USAGE}`);
    }
  },
};
