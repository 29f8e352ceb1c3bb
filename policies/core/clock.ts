/** `SHARED_RESPONSIBILITY_NOW` (an ISO date or time) pins the clock, for tests and reproducible audits. */
export const NOW_ENV = "SHARED_RESPONSIBILITY_NOW";

export function parseNow(value: string): Date | undefined {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env[NOW_ENV];
  if (pinned) {
    const date = parseNow(pinned);
    if (date === undefined) throw new Error(`${NOW_ENV}="${pinned}" is not a date; write it as YYYY-MM-DD.`);
    return () => date;
  }
  return () => new Date();
}
