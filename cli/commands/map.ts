import { execFileSync } from "node:child_process";
import { realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { badDateMessage, parseIsoDate } from "../../policies/core/clock";
import { RULE_DUTIES } from "../../policies/registry";
import { diffMaps } from "../../responsibility-map/diff";
import {
  applyPlan,
  type FieldChange,
  ImportError,
  type ImportPlan,
  type PersonChange,
  planImport,
  readDirectory,
} from "../../responsibility-map/import-people";
import { formatProblem, loadMap, MAX_MAP_BYTES, MapError, parseMapBytes } from "../../responsibility-map/loader";
import type { Person, ResponsibilityMap } from "../../responsibility-map/model";
import { FileReadError, readRegularFile } from "../../responsibility-map/read-file";
import { reviewDue, reviewState } from "../../responsibility-map/review";
import { parseOptions } from "../args";
import type { Command } from "../command";
import { EXIT_BAD_INPUT, EXIT_OK, InputError, UsageError } from "../errors";
import { withPeople } from "../handover/access";
import { buildHandover, type Handover, itemCount } from "../handover/build";
import { mapPathOption, refuseOutputOverInput, stringOption, todayOption, writeOutput } from "../map-options";
import { safeText } from "../report/escape";
import { renderDiffMarkdown, renderDiffText } from "../report/map-diff";
import { expandStatePaths } from "../state/reader";

const USAGE = `Usage: shared-responsibility map <check|diff|import-people> [options]

  map check [--map FILE] [--now YYYY-MM-DD]
      Validate the map (schema and references). Prints every problem as file:line: field: message
      and exits 2, or prints a one-line summary and exits 0, with a warning (file:line) for each
      third party whose review is overdue as of today or --now. Suitable as a pre-commit hook.

  map diff <git-rev> [--map FILE] [--state FILE|DIR ...] [--format text|markdown] [-o FILE] [--now YYYY-MM-DD]
      What changed in the map since <git-rev>: accountable people and sides, people who joined or
      left, exceptions added, expired, extended or removed, reviews signed off, and every other
      field that changed (exception scope, RACI roles, settings, teams, classification...). Then,
      for each person who departed in the diff (or was removed from the map while the map at
      <git-rev> still named them), the checklist \`handover\` prints from the map at <git-rev>:
      their duties and who could take each over, exceptions approved, reviews signed, teams and
      central controls, and with --state (repeatable, as for \`handover\`) the resources their
      owner tag names and the access their identities still hold.

  map import-people <FILE> [--map FILE] [--format scim|csv] [--write] [--departed-date YYYY-MM-DD] [--now YYYY-MM-DD]
      The map's people from a directory export: SCIM 2.0 Users (a ListResponse, an array, or one
      user per line, as Okta and Entra ID export them) or a CSV with the columns id, name, email,
      role, status, departed, awsIamUsers, awsIdentityCenterUsers, entraObjectIds and
      entraUserPrincipalNames (lists separated by ;). Prints who is added, what changes, who is
      marked departed (inactive in the directory; on --departed-date, default today) and who the
      directory lacks (kept: nobody is removed). A dry run unless --write, which updates the map in
      place, keeping its comments and layout, and refuses (exit 2) a result that would not load.

  --map FILE         the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else this package's responsibility-map/map.yaml)
  -o, --output FILE  write the diff to FILE instead of standard output`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function check(argv: readonly string[]): number {
  const parsed = parseOptions(argv, { map: { type: "string" }, now: { type: "string" } }, USAGE);
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
  const today = todayOption(parsed);
  const parties = map.thirdParties.length === 0 ? "" : `, ${plural(map.thirdParties.length, "third party", "third parties")}`;
  process.stdout.write(
    `OK ${safeText(file)}: ${plural(map.people.length, "person", "people")}, ${plural(map.duties.length, "duty", "duties")}${parties}, ${plural(map.exceptions.length, "exception", "exceptions")}.\n`,
  );
  // Overdue third-party reviews are warnings: the map is valid, and the review is judged as duties'
  // reviews are (responsibility-map/review.ts, as map-review-limit-age judges both).
  map.thirdParties.forEach((party, index) => {
    const due = reviewDue(party.review.last, party.review.cadenceDays);
    if (reviewState(due, today) !== "overdue") return;
    const where = ["thirdParties", index, "review", "last"];
    const warning = formatProblem({
      file: map.source,
      line: map.lineOf(where),
      field: `thirdParties[${index}].review.last`,
      message: `warning: the review of third party ${party.name} is overdue (last reviewed ${party.review.last}, every ${party.review.cadenceDays} days, so due ${due}); review it and record the new date and sign-off`,
    });
    process.stderr.write(`${safeText(warning)}\n`);
  });
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
    {
      map: { type: "string" },
      state: { type: "string", multiple: true },
      format: { type: "string" },
      now: { type: "string" },
      output: { type: "string", short: "o" },
    },
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
  const states = (parsed.values.state ?? []).filter((value): value is string => typeof value === "string");
  const output = stringOption(parsed, "output");
  if (output !== undefined && states.length > 0) refuseOutputOverInput(output, expandStatePaths(states).files, "read");

  const file = mapPathOption(parsed);
  const after = loadMap(file, { knownRules: RULE_DUTIES });
  const absolute = realpathSync(file);
  const top = realpathSync(git(["rev-parse", "--show-toplevel"], path.dirname(absolute)).trim());
  const relative = path.relative(top, absolute).split(path.sep).join("/");
  const commitDate = git(["log", "-1", "--format=%cI", revision, "--"], top).trim().slice(0, 10);
  const before = mapAtRevision(revision, relative, top);
  const result = diffMaps(before, after, { since: commitDate, today });
  const handovers = departedHandovers(before, after, result, { today, now: new Date(`${today}T00:00:00Z`), states });
  writeOutput(
    parsed,
    format === "markdown" ? renderDiffMarkdown(result, revision, handovers) : renderDiffText(result, revision, handovers),
  );
  return EXIT_OK;
}

/**
 * The handover checklist (cli/handover/build.ts) of each person who left in the diff or was removed
 * from the map. Built from the map at the revision, where they still answered for duties, teams and
 * exceptions (the current map must name active people for those, so it shows only what is left),
 * with every departure of the diff applied: the header shows the date they left and no one who
 * left in the same change is suggested to take anything over. A removed person is shown when that
 * map still gave them something to hand over.
 */
function departedHandovers(
  before: ResponsibilityMap,
  after: ResponsibilityMap,
  result: ReturnType<typeof diffMaps>,
  options: Parameters<typeof buildHandover>[2],
): Handover[] {
  const left = new Set([...result.peopleLeft, ...result.peopleRemoved].map((person) => person.id));
  const map = withPeople(before, (person) => {
    if (!left.has(person.id)) return person;
    const now = after.personById.get(person.id);
    return { ...person, status: "departed", departed: now?.departed };
  });
  const out: Handover[] = [];
  for (const { id } of result.peopleLeft) {
    const person = map.personById.get(id);
    if (person !== undefined) out.push(buildHandover(map, person, options));
  }
  for (const { id } of result.peopleRemoved) {
    const person = map.personById.get(id);
    if (person === undefined) continue;
    const handover = buildHandover(map, person, options);
    if (itemCount(handover) > 0) out.push(handover);
  }
  return out;
}

function personLine(person: Person): string {
  const status = person.status === "departed" ? `, departed ${person.departed ?? "?"}` : "";
  const ids = Object.entries(person.identities ?? {})
    .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && typeof entry[1][0] === "string")
    .map(([kind, values]) => `${kind} ${values.join(", ")}`);
  return `${person.id}: ${person.name} <${person.email}>, ${person.role}${status}${ids.length > 0 ? `; ${ids.join("; ")}` : ""}`;
}

function changeLine(change: FieldChange): string {
  if (change.from === undefined) return `${change.field} + ${change.to ?? ""}`;
  if (change.to === undefined) return `${change.field} - ${change.from}`;
  return `${change.field}: ${change.from} -> ${change.to}`;
}

export function renderImportPlan(plan: ImportPlan, directory: string, mapFile: string): string {
  const lines = [`${plural(plan.directoryCount, "directory user", "directory users")} in ${directory}, against ${mapFile}:`];
  const section = (title: string, count: number, body: string[]) => {
    if (count === 0) return;
    lines.push("", `${title} (${count}):`);
    for (const line of body) lines.push(line);
  };
  section(
    "Added",
    plan.added.length,
    plan.added.map((person) => `  + ${personLine(person)}`),
  );
  const departing = plan.changed.filter((change) => change.departs);
  const other = plan.changed.filter((change) => !change.departs);
  const changeBody = (change: PersonChange) => [`  ~ ${change.before.id}`, ...change.changes.map((field) => `      ${changeLine(field)}`)];
  section("Changed", other.length, other.flatMap(changeBody));
  section("Marked departed (inactive in the directory)", departing.length, departing.flatMap(changeBody));
  section(
    "Not in the directory: kept",
    plan.notInDirectory.length,
    plan.notInDirectory.map(({ person, references }) => {
      const named =
        references.length === 0
          ? ""
          : `; named in ${references.slice(0, 3).join(", ")}${references.length > 3 ? `, +${references.length - 3} more` : ""}`;
      return `  = ${person.id} (${person.status}${named})`;
    }),
  );
  lines.push("", `Unchanged: ${plan.unchanged}.`);
  return `${lines.join("\n")}\n`;
}

function importPeople(argv: readonly string[]): number {
  const parsed = parseOptions(
    argv,
    {
      map: { type: "string" },
      format: { type: "string" },
      write: { type: "boolean" },
      "departed-date": { type: "string" },
      now: { type: "string" },
    },
    USAGE,
    true,
  );
  if (parsed.values["help"] === true) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const [directory, ...extra] = parsed.positionals;
  if (directory === undefined || extra.length > 0)
    throw new UsageError(`map import-people takes exactly one directory export file.\n\n${USAGE}`);
  const format = stringOption(parsed, "format");
  if (format !== undefined && format !== "scim" && format !== "csv") throw new UsageError(`--format must be scim or csv, not "${format}".`);
  const given = stringOption(parsed, "departed-date");
  if (given !== undefined && parseIsoDate(given) === undefined) throw new InputError(badDateMessage("--departed-date", given));
  const departedDate = given ?? todayOption(parsed);
  const file = mapPathOption(parsed);
  // The plan and the edit from the same bytes; a map that cannot be read fails as `map check` does.
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_MAP_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    loadMap(file, { knownRules: RULE_DUTIES });
    throw error;
  }
  const map = parseMapBytes(bytes, file, { knownRules: RULE_DUTIES });
  const source = path.resolve(directory);
  let plan: ImportPlan;
  let text: string;
  try {
    plan = planImport(map, readDirectory(source, format), source, { departedDate });
    text = applyPlan(bytes.toString("utf8"), plan);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    process.stderr.write(`${safeText(error.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  process.stdout.write(safeText(renderImportPlan(plan, source, file)));
  const changes = plan.added.length + plan.changed.length;
  let problems: string[] = [];
  try {
    if (changes > 0) parseMapBytes(Buffer.from(text, "utf8"), file, { knownRules: RULE_DUTIES });
  } catch (error) {
    if (!(error instanceof MapError)) throw error;
    problems = error.problems.map((problem) => formatProblem(problem));
  }
  if (problems.length > 0) {
    const lines =
      problems
        .slice(0, 20)
        .map((line) => `  ${line}\n`)
        .join("") + (problems.length > 20 ? `  ... and ${problems.length - 20} more\n` : "");
    const head =
      parsed.values["write"] === true
        ? "Not written: the map would not load after this import"
        : "The map would not load after this import; --write will refuse it";
    process.stderr.write(safeText(`${head} (fix these in the map or the directory first):\n${lines}`));
    return parsed.values["write"] === true ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (parsed.values["write"] !== true) {
    process.stdout.write(
      changes === 0 ? "Nothing to change.\n" : `Dry run: nothing written. Run again with --write to update ${safeText(file)}.\n`,
    );
    return EXIT_OK;
  }
  if (changes === 0) {
    process.stdout.write("Nothing to change; the map is not rewritten.\n");
    return EXIT_OK;
  }
  writeInPlace(file, text);
  process.stdout.write(
    `Wrote ${safeText(file)}: ${plural(plan.added.length, "person", "people")} added, ${plural(plan.changed.length, "person", "people")} changed.\n`,
  );
  return EXIT_OK;
}

/** Replaces the map by rename, so a failure leaves the old map whole. */
function writeInPlace(file: string, text: string): void {
  let temp: string | undefined;
  try {
    // A map reached through a symbolic link is updated where it lives; the link stays.
    const target = realpathSync(file);
    temp = path.join(path.dirname(target), `.${path.basename(target)}.import-${process.pid}`);
    writeFileSync(temp, text, { encoding: "utf8", mode: statSync(target).mode & 0o777, flag: "wx" });
    renameSync(temp, target);
    temp = undefined;
  } catch (error) {
    if (temp !== undefined) rmSync(temp, { force: true });
    throw new InputError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

export const command: Command = {
  summary: "Check the responsibility map, show what changed in it since a git revision, or import its people from a directory",
  run(argv) {
    const [sub, ...rest] = argv;
    switch (sub) {
      case "check":
        return check(rest);
      case "diff":
        return diff(rest);
      case "import-people":
        return importPeople(rest);
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
