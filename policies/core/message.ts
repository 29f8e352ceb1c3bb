import type { PersonRef } from "./finding";
import { quoted } from "./shown-values";

export interface MessageParts {
  /** What the resource is and what is wrong with its actual value. */
  readonly actual: string;
  /** Why it matters, one clause. */
  readonly why: string;
  /** The exact fix, a complete sentence. */
  readonly fix: string;
  readonly owner?: PersonRef | undefined;
  readonly ownerProblem?: string | undefined;
  readonly dutyTitle: string;
  readonly accountable?: PersonRef | undefined;
  /** Extra sentences (an exception that no longer applies, a waiver). */
  readonly notes?: readonly string[];
}

export function describePerson(person: PersonRef): string {
  return `${person.name} <${person.email}>`;
}

function endsSentence(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return last === "." || last === "!" || last === "?";
}

/** `text` as a sentence: capitalised, ending in a full stop unless it already ends one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return endsSentence(capital) ? capital : `${capital}.`;
}

/** A clause without its closing full stop, as the formatter writes a reason after "so". */
export function clause(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed;
}

/**
 * The one formatter for every finding: what is wrong, why, the fix, and who acts. Property values
 * are never dumped here; rules pass clauses that name properties as Pulumi users write them.
 */
export function formatMessage(parts: MessageParts): string {
  const owner = parts.owner ? describePerson(parts.owner) : `nobody (${parts.ownerProblem ?? "no owner tag"})`;
  const accountable = parts.accountable ? describePerson(parts.accountable) : "nobody named in the map";
  const actual = sentence(parts.actual).slice(0, -1);
  const why = clause(parts.why);
  // "…, so X, so Y" reads badly: when either part already draws a consequence, "and" joins them.
  const link = actual.includes(", so ") || why.includes(", so ") ? ", and" : ", so";
  const sentences = [`${actual}${link} ${why}.`, sentence(parts.fix)];
  for (const note of parts.notes ?? []) sentences.push(sentence(note));
  sentences.push(`Owner: ${owner}. Accountable for ${parts.dutyTitle}: ${accountable}.`);
  // One flat string (join), not a chain of concatenations: findings keep their messages, by the
  // hundred thousand in an audit, and a concatenated string holds every piece it was made of.
  return sentences.join(" ");
}

/**
 * A resource value as a message may show it, or undefined when it may not. @pulumi/policy unwraps
 * secrets before a rule runs, so a rule cannot tell a secret from a setting: a message shows numbers
 * and booleans, quotes a string only when it is one of the values the rule recognises (an enum value
 * such as "TLS1_0", matched case-insensitively), and otherwise describes the value without quoting it.
 * What it shows is marked as a copy (shown-values.ts), so a secret's copy is hidden by the host.
 */
export function shownValue(value: unknown, known: Iterable<string> = []): string | undefined {
  if (typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return quoted(value);
  if (typeof value !== "string") return undefined;
  const lower = value.toLowerCase();
  for (const candidate of known) if (candidate.toLowerCase() === lower) return quoted(value);
  return undefined;
}

/** `is "TLS1_0"` for a value the message may show (see `shownValue`), else `is not a recognised <noun>`. */
export function valueClause(value: unknown, known: Iterable<string>, noun: string): string {
  const shown = shownValue(value, known);
  return shown === undefined ? `is not a recognised ${noun}` : `is ${shown}`;
}

/** `is 3, <comparison>` for a number (`comparison` such as "below the required 7"), else `is not a number`. */
export function numberClause(value: unknown, comparison: string): string {
  return typeof value === "number" && Number.isFinite(value) ? `is ${quoted(value)}, ${comparison}` : "is not a number";
}
