/**
 * What changed in the responsibility map between two versions, for people reviewing a change to it:
 * accountability and sides, people joining and leaving, exceptions, and reviews signed off.
 */
import { escapeMarkdown, markdownCode } from "../cli/report/escape";
import { escapeText } from "./matrix";
import type { Duty, MapException, ResponsibilityMap } from "./model";

export interface DutyChange {
  readonly id: string;
  readonly title: string;
  /** Names of the accountable person before and after, when it changed. */
  readonly accountable?: { readonly before: string; readonly after: string };
  /** Side descriptions before and after (including scopes), when they changed. */
  readonly side?: { readonly before: string; readonly after: string };
}

export interface ReviewSigned {
  readonly id: string;
  readonly title: string;
  readonly last: string;
  readonly signedOffBy: string;
  readonly signedOffOn: string;
}

export interface ExceptionChange {
  readonly id: string;
  readonly target: string;
  readonly expires: string;
  /** For an expiry that changed: the expiry before. */
  readonly previousExpires?: string;
}

export interface MapDiff {
  readonly dutiesAdded: readonly { readonly id: string; readonly title: string }[];
  readonly dutiesRemoved: readonly { readonly id: string; readonly title: string }[];
  readonly dutiesChanged: readonly DutyChange[];
  readonly peopleJoined: readonly { readonly id: string; readonly name: string }[];
  readonly peopleLeft: readonly { readonly id: string; readonly name: string; readonly departed?: string }[];
  readonly peopleRemoved: readonly { readonly id: string; readonly name: string }[];
  readonly exceptionsAdded: readonly ExceptionChange[];
  /** Exceptions whose expiry passed between the old revision and today. */
  readonly exceptionsExpired: readonly ExceptionChange[];
  readonly exceptionsExpiryChanged: readonly ExceptionChange[];
  readonly exceptionsRemoved: readonly ExceptionChange[];
  readonly reviewsSigned: readonly ReviewSigned[];
}

export interface DiffOptions {
  /** The date of the old revision, `YYYY-MM-DD`. */
  readonly since: string;
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
}

function sideOf(duty: Duty): string {
  const scopes = duty.scopes.map((scope) => {
    const where = [scope.provider, scope.resourceTypes?.join(", ")].filter((part) => part !== undefined).join(" ");
    return `${where}: ${scope.side}`;
  });
  return scopes.length === 0 ? duty.side : `${duty.side} (${scopes.join("; ")})`;
}

function exceptionChange(exception: MapException): ExceptionChange {
  return { id: exception.id, target: exception.rule ?? exception.duty ?? "", expires: exception.expires };
}

export function diffMaps(before: ResponsibilityMap, after: ResponsibilityMap, options: DiffOptions): MapDiff {
  const nameBefore = (id: string) => before.personById.get(id)?.name ?? id;
  const nameAfter = (id: string) => after.personById.get(id)?.name ?? id;

  const dutiesChanged: DutyChange[] = [];
  const reviewsSigned: ReviewSigned[] = [];
  for (const duty of after.duties) {
    const old = before.dutyById.get(duty.id);
    if (old === undefined) continue;
    const change: { -readonly [K in keyof DutyChange]: DutyChange[K] } = { id: duty.id, title: duty.title };
    if (old.accountable !== duty.accountable)
      change.accountable = { before: nameBefore(old.accountable), after: nameAfter(duty.accountable) };
    const sideBefore = sideOf(old);
    const sideAfter = sideOf(duty);
    if (sideBefore !== sideAfter) change.side = { before: sideBefore, after: sideAfter };
    if (change.accountable !== undefined || change.side !== undefined) dutiesChanged.push(change);
    if (old.review.last !== duty.review.last || old.review.signedOffOn !== duty.review.signedOffOn) {
      reviewsSigned.push({
        id: duty.id,
        title: duty.title,
        last: duty.review.last,
        signedOffBy: nameAfter(duty.review.signedOffBy),
        signedOffOn: duty.review.signedOffOn,
      });
    }
  }

  const exceptionsAdded: ExceptionChange[] = [];
  const exceptionsExpired: ExceptionChange[] = [];
  const exceptionsExpiryChanged: ExceptionChange[] = [];
  const oldExceptions = new Map(before.exceptions.map((exception) => [exception.id, exception]));
  const newExceptionIds = new Set(after.exceptions.map((exception) => exception.id));
  for (const exception of after.exceptions) {
    const old = oldExceptions.get(exception.id);
    if (old === undefined) {
      exceptionsAdded.push(exceptionChange(exception));
      continue;
    }
    if (old.expires !== exception.expires) {
      exceptionsExpiryChanged.push({ ...exceptionChange(exception), previousExpires: old.expires });
    }
    if (exception.expires >= options.since && exception.expires < options.today) exceptionsExpired.push(exceptionChange(exception));
  }

  const peopleLeft: { id: string; name: string; departed?: string }[] = [];
  for (const person of after.people) {
    const old = before.personById.get(person.id);
    if (old !== undefined && old.status === "active" && person.status === "departed") {
      peopleLeft.push(
        person.departed === undefined
          ? { id: person.id, name: person.name }
          : { id: person.id, name: person.name, departed: person.departed },
      );
    }
  }

  return {
    dutiesAdded: after.duties.filter((duty) => !before.dutyById.has(duty.id)).map(({ id, title }) => ({ id, title })),
    dutiesRemoved: before.duties.filter((duty) => !after.dutyById.has(duty.id)).map(({ id, title }) => ({ id, title })),
    dutiesChanged,
    peopleJoined: after.people.filter((person) => !before.personById.has(person.id)).map(({ id, name }) => ({ id, name })),
    peopleLeft,
    peopleRemoved: before.people.filter((person) => !after.personById.has(person.id)).map(({ id, name }) => ({ id, name })),
    exceptionsAdded,
    exceptionsExpired,
    exceptionsExpiryChanged,
    exceptionsRemoved: before.exceptions.filter((exception) => !newExceptionIds.has(exception.id)).map(exceptionChange),
    reviewsSigned,
  };
}

export function isEmptyDiff(diff: MapDiff): boolean {
  return Object.values(diff).every((list: readonly unknown[]) => list.length === 0);
}

/** The diff as sections of lines; `esc` escapes map strings, `code` marks ids. */
function sections(diff: MapDiff, esc: (value: string) => string, code: (value: string) => string): [string, string[]][] {
  const duty = (item: { id: string; title: string }) => `${esc(item.title)} (${code(item.id)})`;
  const exception = (item: ExceptionChange) => `${code(item.id)} for ${code(item.target)}`;
  return [
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
      ],
    ],
    [
      "Exceptions",
      [
        ...diff.exceptionsAdded.map((item) => `${exception(item)}: added, expires ${item.expires}`),
        ...diff.exceptionsExpired.map((item) => `${exception(item)}: expired on ${item.expires}`),
        ...diff.exceptionsExpiryChanged.map(
          (item) => `${exception(item)}: expiry changed from ${item.previousExpires ?? "?"} to ${item.expires}`,
        ),
        ...diff.exceptionsRemoved.map((item) => `${exception(item)}: removed`),
      ],
    ],
    [
      "Reviews signed",
      diff.reviewsSigned.map(
        (item) => `${duty(item)}: reviewed ${item.last}, signed off by ${esc(item.signedOffBy)} on ${item.signedOffOn}`,
      ),
    ],
  ];
}

export function renderDiffText(diff: MapDiff, revision: string): string {
  const head = `Responsibility map changes since ${escapeText(revision)}`;
  if (isEmptyDiff(diff)) return `${head}: none.\n`;
  const lines = [`${head}:`];
  for (const [title, items] of sections(diff, escapeText, escapeText)) {
    if (items.length === 0) continue;
    lines.push("", `${title}:`, ...items.map((item) => `  - ${item}`));
  }
  return `${lines.join("\n")}\n`;
}

export function renderDiffMarkdown(diff: MapDiff, revision: string): string {
  const head = `### Responsibility map changes since ${markdownCode(revision)}`;
  if (isEmptyDiff(diff)) return `${head}\n\nNo changes to duties, people, exceptions or reviews.\n`;
  const lines = [head];
  for (const [title, items] of sections(diff, escapeMarkdown, markdownCode)) {
    if (items.length === 0) continue;
    lines.push("", `**${title}**`, "", ...items.map((item) => `- ${item}`));
  }
  return `${lines.join("\n")}\n`;
}
