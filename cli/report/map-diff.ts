/** The map diff (`responsibility-map/diff.ts`) in words, as text or Markdown, for `shared-responsibility map diff`. */
import { type ExceptionChange, type FieldChange, isEmptyDiff, type MapDiff } from "../../responsibility-map/diff";
import type { Handover } from "../handover/build";
import { escapeMarkdown, markdownCode, oneLine } from "./escape";
import { renderHandoverMarkdown, renderHandoverText } from "./handover";

/** `revision` already escaped for the format. */
const handoverTitle = (revision: string) => `Handover for people who departed (from the map at ${revision}, before they left)`;

/** One field change in words; `esc` escapes map strings, `code` marks ids, fields and values. */
function fieldLine(change: FieldChange, esc: (value: string) => string, code: (value: string) => string): string {
  const entry =
    change.item === undefined ? undefined : change.label === undefined ? code(change.item) : `${esc(change.label)} (${code(change.item)})`;
  const subject = [entry, change.field === "" ? undefined : code(change.field)].filter((part) => part !== undefined).join(": ");
  const what = subject === "" ? `the ${change.section} list` : subject;
  switch (change.kind) {
    case "changed":
      return `${what} changed from ${code(change.before ?? "")} to ${code(change.after ?? "")}`;
    case "set":
      return `${what} set to ${code(change.after ?? "")}`;
    case "unset":
      return `${what} removed (was ${code(change.before ?? "")})`;
    case "added":
      return change.value === undefined ? `${what}: added` : `${what}: ${code(change.value)} added`;
    case "removed":
      return change.value === undefined ? `${what}: removed` : `${what}: ${code(change.value)} removed`;
    case "reordered":
      return `${what}: order changed`;
  }
}

/** The diff as sections of lines; `esc` escapes map strings, `code` marks ids. */
function sections(diff: MapDiff, esc: (value: string) => string, code: (value: string) => string): [string, string[]][] {
  const duty = (item: { id: string; title: string }) => `${esc(item.title)} (${code(item.id)})`;
  const exception = (item: ExceptionChange) => `${code(item.id)} for ${code(item.target)}`;
  const fields = (section: string) =>
    diff.fieldChanges.filter((change) => change.section === section).map((change) => fieldLine(change, esc, code));
  const known = new Set(["settings", "duties", "people", "teams", "thirdParties", "exceptions", "classification"]);
  // A top-level field added to the schema later still shows, under its own name.
  const others = [...new Set(diff.fieldChanges.map((change) => change.section))].filter((section) => !known.has(section));
  return [
    ["Settings", fields("settings")],
    [
      "Duties",
      [
        ...diff.dutiesAdded.map((item) => `${duty(item)}: added`),
        ...diff.dutiesRemoved.map((item) => `${duty(item)}: removed`),
        ...diff.dutiesChanged.flatMap((item) => [
          ...(item.accountable
            ? [`${duty(item)}: accountable person changed from ${esc(item.accountable.before)} to ${esc(item.accountable.after)}`]
            : []),
          ...(item.side ? [`${duty(item)}: side changed from ${esc(item.side.before)} to ${esc(item.side.after)}`] : []),
        ]),
        ...fields("duties"),
      ],
    ],
    [
      "People",
      [
        ...diff.peopleJoined.map((person) => `${esc(person.name)} (${code(person.id)}) joined`),
        ...diff.peopleLeft.map(
          (person) => `${esc(person.name)} (${code(person.id)}) left${person.departed ? ` on ${person.departed}` : ""}`,
        ),
        ...diff.peopleRemoved.map((person) => `${esc(person.name)} (${code(person.id)}) was removed from the map`),
        ...fields("people"),
      ],
    ],
    ["Teams", fields("teams")],
    ["Third parties", fields("thirdParties")],
    [
      "Exceptions",
      [
        ...diff.exceptionsAdded.map((item) => `${exception(item)}: added, expires ${item.expires}`),
        ...diff.exceptionsExpired.map((item) => `${exception(item)}: expired on ${item.expires}`),
        ...diff.exceptionsExpiryChanged.map(
          (item) => `${exception(item)}: expiry changed from ${item.previousExpires ?? "?"} to ${item.expires}`,
        ),
        ...diff.exceptionsRemoved.map((item) => `${exception(item)}: removed`),
        ...fields("exceptions"),
      ],
    ],
    [
      "Reviews signed",
      [
        ...diff.reviewsSigned.map(
          (item) => `${duty(item)}: reviewed ${item.last}, signed off by ${esc(item.signedOffBy)} on ${item.signedOffOn}`,
        ),
        ...diff.thirdPartyReviewsSigned.map(
          (item) => `Third party ${duty(item)}: reviewed ${item.last}, signed off by ${esc(item.signedOffBy)} on ${item.signedOffOn}`,
        ),
      ],
    ],
    ["Classification", fields("classification")],
    ...others.map((section): [string, string[]] => [section, fields(section)]),
  ];
}

/**
 * The diff in words; `handovers` (built by the command from cli/handover/build.ts, one per person who
 * departed or was removed in the diff) follow as the same checklists `handover` prints.
 */
export function renderDiffText(diff: MapDiff, revision: string, handovers: readonly Handover[] = []): string {
  const head = `Responsibility map changes since ${oneLine(revision)}`;
  if (isEmptyDiff(diff)) return `${head}: none.\n`;
  const lines = [`${head}:`];
  for (const [title, items] of sections(diff, oneLine, oneLine)) {
    if (items.length === 0) continue;
    lines.push("", `${title}:`);
    for (const item of items) lines.push(`  - ${item}`);
  }
  if (handovers.length > 0) lines.push("", `${handoverTitle(oneLine(revision))}:`);
  for (const handover of handovers) {
    lines.push("");
    for (const line of renderHandoverText(handover).trimEnd().split("\n")) lines.push(line === "" ? "" : `  ${line}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderDiffMarkdown(diff: MapDiff, revision: string, handovers: readonly Handover[] = []): string {
  const head = `### Responsibility map changes since ${markdownCode(revision)}`;
  if (isEmptyDiff(diff)) return `${head}\n\nNo changes to settings, duties, people, teams, exceptions, reviews or classification.\n`;
  const lines = [head];
  for (const [title, items] of sections(diff, escapeMarkdown, markdownCode)) {
    if (items.length === 0) continue;
    lines.push("", `**${title}**`, "");
    for (const item of items) lines.push(`- ${item}`);
  }
  if (handovers.length > 0) lines.push("", `**${handoverTitle(markdownCode(revision))}**`);
  for (const handover of handovers) lines.push("", renderHandoverMarkdown(handover, 4).trimEnd());
  return `${lines.join("\n")}\n`;
}
