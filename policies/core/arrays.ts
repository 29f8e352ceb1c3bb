/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an
 * argument, and V8 overflows the stack past about 120,000 of them: a stack of 130,000 volumes did.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` (at least `floor`), without spreading them into Math.max. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
