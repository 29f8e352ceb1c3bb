/**
 * Review dates of the map's duties: when a review falls due and how close it is. Model logic, used
 * by the `map-review-limit-age` rule and by the matrix and OSCAL renderers alike.
 */

const DAY_MS = 86_400_000;

/** A review falling due within this many days is marked "due soon". */
export const DUE_SOON_DAYS = 30;

export type ReviewState = "current" | "due-soon" | "overdue";

/** `YYYY-MM-DD` of a date, in UTC. */
function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The date a review falls due: its last date plus the cadence. */
export function reviewDue(last: string, cadenceDays: number): string {
  return isoDay(Date.parse(`${last}T00:00:00Z`) + cadenceDays * DAY_MS);
}

/** Overdue before `today`, due soon within {@link DUE_SOON_DAYS} of it, else current. */
export function reviewState(due: string, today: string): ReviewState {
  if (due < today) return "overdue";
  const soon = isoDay(Date.parse(`${today}T00:00:00Z`) + DUE_SOON_DAYS * DAY_MS);
  return due <= soon ? "due-soon" : "current";
}
