/** `SHARED_RESPONSIBILITY_NOW` (a date, YYYY-MM-DD) pins the clock, for tests and reproducible audits. */
export const NOW_ENV = "SHARED_RESPONSIBILITY_NOW";

/**
 * The one parser for dates people write (the env variable, `--now`): exactly YYYY-MM-DD and a real
 * calendar date. `new Date()` alone would read "2026-02-30" as 2 March and "1" as 2001.
 */
export function parseIsoDate(
  text: string,
): { readonly iso: string; readonly year: number; readonly month: number; readonly day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { iso: text, year, month, day };
}

/** A date the user wrote, as the instant `hour` o'clock UTC on it, or undefined when it is not a real YYYY-MM-DD date. */
export function parseNow(value: string, hour = 12): Date | undefined {
  const parsed = parseIsoDate(value);
  if (parsed === undefined) return undefined;
  const date = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day, hour));
  // Date.UTC maps years 0 to 99 onto 1900 to 1999.
  date.setUTCFullYear(parsed.year);
  return date;
}

/** Why a date was refused, naming where it came from (`SHARED_RESPONSIBILITY_NOW`, `--now`). */
export function badDateMessage(source: string, value: string): string {
  const shown = /^[\x20-\x7e]{0,40}$/.test(value) ? `"${value}"` : "the value given";
  return `${source} must be a real date written YYYY-MM-DD, not ${shown}.`;
}

/** A date input that is not a real YYYY-MM-DD date; its message names the input. */
export class DateInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DateInputError";
  }
}

export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env[NOW_ENV];
  if (pinned !== undefined && pinned !== "") {
    const date = parseNow(pinned);
    if (date === undefined) throw new DateInputError(badDateMessage(NOW_ENV, pinned));
    return () => date;
  }
  return () => new Date();
}
