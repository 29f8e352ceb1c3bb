/**
 * Resource values copied into a message are marked where they are copied, so the host can hide the
 * ones that were secrets. @pulumi/policy (and the audit's decoder) hand rules plain values: a rule
 * cannot tell a secret number from a setting. Every formatter that copies a resource value into a
 * message wraps it in two private-use characters; before a finding leaves the rule core, each marked
 * span is replaced by "[secret]" when it renders one of the resource's secret values, and the marks
 * are dropped. Only copies are hidden: a secret that happens to be "internal" or "7" does not touch
 * the word "internal" or the threshold 7 elsewhere in the sentence.
 */

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;
const STRAY = /[\uE000\uE001]/g;

export const SECRET_MASK = "[secret]";

/** `text` (the rendering of a resource value) marked as a copy of that value. */
export function marked(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

/** A resource value as a message shows it, marked: a string quoted (`"TLS1_0"`), a number as written. */
export function quoted(value: string | number | boolean): string {
  return marked(typeof value === "string" ? JSON.stringify(value) : String(value));
}

/** The renderings a secret leaf may take in a message (`quoted` and bare). */
export function addRenderings(into: Set<string>, value: unknown): void {
  if (typeof value === "string") {
    into.add(value);
    into.add(JSON.stringify(value));
  } else if (typeof value === "number" && Number.isFinite(value)) {
    into.add(String(value));
  }
}

/** Every string and number leaf of a secret's value, rendered as `addRenderings` does. */
export function collectRenderings(into: Set<string>, value: unknown): void {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (typeof next === "object" && next !== null) {
      for (const key of Object.keys(next)) pending.push((next as Record<string, unknown>)[key]);
    } else {
      addRenderings(into, next);
    }
  }
}

/**
 * `text` as it may leave the rule core: each marked copy of a secret value (one of `secrets`'
 * renderings) becomes "[secret]", every other mark is dropped. Stray mark characters (from a
 * resource name, say) are dropped too, so no host ever prints one.
 */
export function revealValues(text: string, secrets: ReadonlySet<string> | undefined): string {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return text;
  const shown = text.replace(MARKED, (_, inner: string) => (secrets?.has(inner) ? SECRET_MASK : inner));
  return shown.replace(STRAY, "");
}
