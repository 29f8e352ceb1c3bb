import type { PersonRef } from "./finding";

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

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The one formatter for every finding: what is wrong, why, the fix, and who acts. Property values
 * are never dumped here; rules pass clauses that name properties as Pulumi users write them.
 */
export function formatMessage(parts: MessageParts): string {
  const owner = parts.owner ? describePerson(parts.owner) : `nobody (${parts.ownerProblem ?? "no owner tag"})`;
  const accountable = parts.accountable ? describePerson(parts.accountable) : "nobody named in the map";
  return [
    `${sentence(parts.actual).slice(0, -1)}, so ${parts.why.trim().replace(/\.$/, "")}.`,
    sentence(parts.fix),
    ...(parts.notes ?? []).map(sentence),
    `Owner: ${owner}. Accountable for ${parts.dutyTitle}: ${accountable}.`,
  ].join(" ");
}
