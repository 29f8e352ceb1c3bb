/**
 * What changed in the responsibility map between two versions, for people reviewing a change to it:
 * accountability and sides, people joining and leaving, exceptions, and reviews (of duties and of
 * third parties) signed off, in
 * words; and every other field that changed, found by walking the map's schema (see fieldChanges).
 * Computation only: `cli/report/map-diff.ts` words it as text or Markdown.
 */

import type { Duty, MapException, ResponsibilityMap } from "./model";
import schema from "./schema.json";

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

/**
 * One field that changed, found by walking schema.json: a new schema field is diffed without a
 * change here. Lists of objects with an `id` are matched by id, other lists of objects by
 * position, lists of plain values as sets.
 */
export interface FieldChange {
  /** The top-level field: settings, people, teams, duties, exceptions or classification. */
  readonly section: string;
  /** The id of the list entry (person, team, duty, exception) the change is in. */
  readonly item?: string;
  /** The entry's title or name, for people reading the diff. */
  readonly label?: string;
  /**
   * The field as users write it, below the entry (`review.cadenceDays`, `scopes[0].note`), or from
   * the top for sections that are not lists (`settings.ownerTagKey`, `classification.levels[high].title`).
   * Empty for an entry added or removed as a whole.
   */
  readonly field: string;
  /**
   * `changed`, `set` (was absent), `unset` (now absent); `added` / `removed` for a list entry (with
   * `value` for a plain value in a list); `reordered` for a list of entries whose order changed.
   */
  readonly kind: "changed" | "set" | "unset" | "added" | "removed" | "reordered";
  readonly before?: string;
  readonly after?: string;
  readonly value?: string;
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
  /** Third parties whose review was signed again (`title` is the party's name). */
  readonly thirdPartyReviewsSigned: readonly ReviewSigned[];
  /** Every other change to a field, in schema order: what the lists above do not already say. */
  readonly fieldChanges: readonly FieldChange[];
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

interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

/** Top-level fields that are not compared: `version` is fixed (1) and `$schema` is an editor hint. */
export const UNCOMPARED_FIELDS: ReadonlySet<string> = new Set(["$schema", "version"]);

const ROOT = schema as unknown as SchemaNode & { readonly $defs: Readonly<Record<string, SchemaNode>> };

function resolved(node: SchemaNode): SchemaNode {
  let current = node;
  // Only local references (`#/$defs/name`) occur in schema.json.
  while (current.$ref !== undefined) {
    const target = ROOT.$defs[current.$ref.replace("#/$defs/", "")];
    if (target === undefined) throw new Error(`schema.json: unresolved $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function display(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function join(field: string, key: string): string {
  return field === "" ? key : `${field}.${key}`;
}

/** The parts of a loaded map that schema.json describes, keyed as in the file (defaults filled in). */
function documentOf(map: ResponsibilityMap): Record<string, unknown> {
  const { settings, people, teams, thirdParties, duties, exceptions, classification } = map;
  return { settings, people, teams, thirdParties, duties, exceptions, classification };
}

/** Every field that differs between two maps, by walking schema.json from its root. */
export function fieldChanges(before: ResponsibilityMap, after: ResponsibilityMap): FieldChange[] {
  const out: FieldChange[] = [];
  const old = documentOf(before);
  const now = documentOf(after);
  for (const [section, node] of Object.entries(ROOT.properties ?? {})) {
    if (UNCOMPARED_FIELDS.has(section)) continue;
    const where = { section };
    const type = resolved(node);
    // A top-level list names its entries by id (`item`); other sections write the full path.
    if (type.type === "array") compareList(type, old[section], now[section], where, "", out);
    else compare(node, old[section], now[section], where, section, out);
  }
  return out;
}

interface Where {
  readonly section: string;
  readonly item?: string;
}

function compare(node: SchemaNode, before: unknown, after: unknown, where: Where, field: string, out: FieldChange[]): void {
  if (before === undefined && after === undefined) return;
  const type = resolved(node);
  if (type.properties !== undefined) {
    if (!isRecord(before) || !isRecord(after)) {
      if (isRecord(after)) out.push({ ...where, field, kind: "added" });
      else if (isRecord(before)) out.push({ ...where, field, kind: "removed" });
      return;
    }
    for (const [key, child] of Object.entries(type.properties)) compare(child, before[key], after[key], where, join(field, key), out);
    return;
  }
  if (type.type === "array") {
    compareList(type, before, after, where, field, out);
    return;
  }
  if (before === after) return;
  // A leaf that is not a plain value (a `oneOf` of "all" or a list) is compared by content.
  if (typeof before === typeof after && typeof before === "object" && display(before) === display(after)) return;
  if (before === undefined) out.push({ ...where, field, kind: "set", after: display(after) });
  else if (after === undefined) out.push({ ...where, field, kind: "unset", before: display(before) });
  else out.push({ ...where, field, kind: "changed", before: display(before), after: display(after) });
}

function compareList(node: SchemaNode, before: unknown, after: unknown, where: Where, field: string, out: FieldChange[]): void {
  const old = Array.isArray(before) ? (before as unknown[]) : [];
  const now = Array.isArray(after) ? (after as unknown[]) : [];
  const items = resolved(node.items ?? {});
  if (items.properties?.["id"] !== undefined) {
    // Entries with ids are matched by id; the loader has refused duplicate ids.
    const idOf = (entry: unknown) => (isRecord(entry) ? String(entry["id"]) : "");
    const oldById = new Map(old.map((entry) => [idOf(entry), entry]));
    const nowIds = new Set(now.map(idOf));
    const at = (id: string): { where: Where; field: string } =>
      field === "" && where.item === undefined ? { where: { ...where, item: id }, field: "" } : { where, field: `${field}[${id}]` };
    for (const entry of now) {
      const id = idOf(entry);
      const place = at(id);
      const previous = oldById.get(id);
      if (previous === undefined) out.push({ ...place.where, field: place.field, kind: "added" });
      else compare(items, previous, entry, place.where, place.field, out);
    }
    for (const entry of old) {
      const id = idOf(entry);
      if (!nowIds.has(id)) out.push({ ...at(id).where, field: at(id).field, kind: "removed" });
    }
    const keptBefore = old.map(idOf).filter((id) => nowIds.has(id));
    const keptAfter = now.map(idOf).filter((id) => oldById.has(id));
    // Order can decide (classification levels run least to most sensitive).
    if (keptBefore.some((id, index) => keptAfter[index] !== id)) out.push({ ...where, field, kind: "reordered" });
    return;
  }
  if (items.properties !== undefined) {
    // Entries without ids are matched by position.
    const length = Math.max(old.length, now.length);
    for (let index = 0; index < length; index++) {
      const place = `${field}[${index}]`;
      if (index >= old.length) out.push({ ...where, field: place, kind: "added" });
      else if (index >= now.length) out.push({ ...where, field: place, kind: "removed" });
      else compare(items, old[index], now[index], where, place, out);
    }
    return;
  }
  // Plain values (person ids, control ids, providers, type globs) are sets: order does not matter.
  const oldValues = new Set(old.map(display));
  const nowValues = new Set(now.map(display));
  for (const value of nowValues) if (!oldValues.has(value)) out.push({ ...where, field, kind: "added", value });
  for (const value of oldValues) if (!nowValues.has(value)) out.push({ ...where, field, kind: "removed", value });
}

/** Whether the worded lists of a diff already say what one field change says. */
function saidAlready(change: FieldChange, diff: Omit<MapDiff, "fieldChanges">): boolean {
  const { section, item, field, kind } = change;
  if (item === undefined) return false;
  const has = (list: readonly { id: string }[]) => list.some((entry) => entry.id === item);
  const wholeEntry = field === "" && (kind === "added" || kind === "removed");
  switch (section) {
    case "duties": {
      if (wholeEntry) return true;
      const duty = diff.dutiesChanged.find((entry) => entry.id === item);
      if (field === "accountable") return duty?.accountable !== undefined;
      const sideField = field === "side" || (field.startsWith("scopes[") && !field.endsWith(".note"));
      if (sideField) return duty?.side !== undefined;
      const signed = field === "review.last" || field === "review.signedOffOn" || field === "review.signedOffBy";
      return signed && has(diff.reviewsSigned);
    }
    case "people":
      if (wholeEntry) return true;
      return (field === "status" || field === "departed") && has(diff.peopleLeft);
    case "thirdParties": {
      const signed = field === "review.last" || field === "review.signedOffOn" || field === "review.signedOffBy";
      return signed && has(diff.thirdPartyReviewsSigned);
    }
    case "exceptions":
      if (wholeEntry) return true;
      return field === "expires" && has(diff.exceptionsExpiryChanged);
    default:
      return false;
  }
}

export function diffMaps(before: ResponsibilityMap, after: ResponsibilityMap, options: DiffOptions): MapDiff {
  const worded = wordedDiff(before, after, options);
  const labelOf = (change: FieldChange): string | undefined => {
    const id = change.item;
    if (id === undefined) return undefined;
    const find = (map: ResponsibilityMap): string | undefined => {
      if (change.section === "duties") return map.dutyById.get(id)?.title;
      if (change.section === "people") return map.personById.get(id)?.name;
      if (change.section === "teams") return map.teamById.get(id)?.name;
      if (change.section === "thirdParties") return map.thirdPartyById.get(id)?.name;
      return undefined;
    };
    return find(after) ?? find(before);
  };
  const changes: FieldChange[] = [];
  for (const change of fieldChanges(before, after)) {
    if (saidAlready(change, worded)) continue;
    const label = labelOf(change);
    changes.push(label === undefined ? change : { ...change, label });
  }
  return { ...worded, fieldChanges: changes };
}

function wordedDiff(before: ResponsibilityMap, after: ResponsibilityMap, options: DiffOptions): Omit<MapDiff, "fieldChanges"> {
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

  const thirdPartyReviewsSigned: ReviewSigned[] = [];
  for (const party of after.thirdParties) {
    const old = before.thirdPartyById.get(party.id);
    if (old === undefined) continue;
    if (old.review.last !== party.review.last || old.review.signedOffOn !== party.review.signedOffOn) {
      thirdPartyReviewsSigned.push({
        id: party.id,
        title: party.name,
        last: party.review.last,
        signedOffBy: nameAfter(party.review.signedOffBy),
        signedOffOn: party.review.signedOffOn,
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
    thirdPartyReviewsSigned,
  };
}

export function isEmptyDiff(diff: MapDiff): boolean {
  return Object.values(diff).every((list: readonly unknown[]) => list.length === 0);
}
