/**
 * `map import-people`: the map's people from a directory export (SCIM 2.0 Users, RFC 7643 §4.1, as
 * Okta and Entra ID produce it; or a CSV with named columns), as a plan of additions, changes and
 * departures, and that plan applied to the map's text with every untouched line kept as it was.
 * Nobody is ever removed: a map person the directory does not list is reported and kept.
 */
import { isUtf8 } from "node:buffer";
import { parse as parseCsv } from "csv-parse/sync";
import { Document, isMap, isSeq, type Node, type Pair, parseDocument, type YAMLMap, YAMLSeq } from "yaml";
import { parseIsoDate } from "../policies/core/clock";
import { IDENTITY_KIND_LABELS, IDENTITY_KINDS, identityKey, type Person, type ResponsibilityMap } from "./model";
import { FileReadError, firstInvalidUtf8, readRegularFile } from "./read-file";

/** A directory export may be larger than a map (20,000 SCIM users are about 15 MB); never unbounded. */
export const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

export type DirectoryFormat = "scim" | "csv";
type Kind = (typeof IDENTITY_KINDS)[number];

/** One user of the directory, in the map's terms. */
export interface DirectoryPerson {
  /** Where in the file: `line 4` (CSV, NDJSON) or `record 3` (JSON). */
  readonly where: string;
  readonly id: string;
  readonly name?: string | undefined;
  readonly email: string;
  readonly role?: string | undefined;
  readonly active: boolean;
  /** A departure date the directory gives (CSV `departed`). */
  readonly departed?: string | undefined;
  readonly identities: Partial<Record<Kind, string[]>>;
}

/** A problem with the directory file, by file, record and field. */
export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length <= 20 ? problems.join("\n") : `${problems.slice(0, 20).join("\n")}\n... and ${problems.length - 20} more problems`,
    );
    this.name = "ImportError";
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9.-]*$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** The schema's patterns for each identity list (responsibility-map/schema.json `identities`). */
const IDENTITY_PATTERNS: Readonly<Record<Kind, RegExp>> = {
  awsIamUsers: /^[A-Za-z0-9+=,.@_-]{1,64}$/,
  awsIdentityCenterUsers: /^[\x21-\x7E]{1,128}$/,
  entraObjectIds: GUID,
  entraUserPrincipalNames: /^[\x21-\x3F\x41-\x7E]+@[\x21-\x3F\x41-\x7E]+$/,
};
const ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** The map id for an email: its local part, lower-cased, with anything an id may not hold as `-`. */
export function idForEmail(email: string): string {
  const local = (email.split("@")[0] ?? "").toLowerCase();
  return local.replace(/[^a-z0-9.-]/g, "-").replace(/^[.-]+/, "");
}

/** Reads a directory export with the guards the map has: a regular file, bounded, UTF-8. */
export function readDirectory(file: string, format: DirectoryFormat | undefined): DirectoryPerson[] {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_DIRECTORY_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    const why =
      error.code === "E2BIG"
        ? `${error.message}; a directory export may be at most ${MAX_DIRECTORY_BYTES} bytes`
        : error.code === "ENOTREG"
          ? `it is ${error.message}, not a file`
          : error.message;
    throw new ImportError([`${file}: cannot read the directory export (${why})`]);
  }
  let text = bytes.toString("utf8");
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).toString("utf8").split("\n").length;
    throw new ImportError([`${file}:${line}: the file is not UTF-8 text; export it as UTF-8`]);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const chosen = format ?? (/\.csv$/i.test(file) ? "csv" : /^\s*[[{]/.test(text) ? "scim" : "csv");
  const people = chosen === "csv" ? csvPeople(text, file) : scimPeople(text, file);
  duplicates(people, file);
  return people;
}

// ---------------------------------------------------------------------------------------------
// SCIM

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/** JSON.parse with the error at `line L, column C` of the file (Node names only an offset). */
function parseJson(text: string, file: string, base = 0, whole = text): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)$/, "");
    throw new ImportError([`${file}: ${lineColumn(whole, base + offset)}: not valid JSON: ${reason}`]);
  }
}

function scimRecords(text: string, file: string): { value: unknown; where: string }[] {
  const trimmed = text.trim();
  if (trimmed === "") throw new ImportError([`${file}: the file is empty; expected SCIM users as JSON`]);
  let data: unknown;
  try {
    data = parseJson(text, file);
  } catch (error) {
    // NDJSON: one user per line. Only when the first line alone is a JSON object.
    const lines = text.split("\n");
    const first = lines.findIndex((line) => line.trim() !== "");
    let firstValue: unknown;
    try {
      firstValue = JSON.parse(lines[first] ?? "");
    } catch {
      throw error;
    }
    if (firstValue === null || typeof firstValue !== "object" || Array.isArray(firstValue)) throw error;
    const out: { value: unknown; where: string }[] = [];
    let offset = 0;
    lines.forEach((line, index) => {
      if (line.trim() !== "") out.push({ value: parseJson(line, file, offset, text), where: `line ${index + 1}` });
      offset += line.length + 1;
    });
    return out;
  }
  if (Array.isArray(data)) return data.map((value, index) => ({ value, where: `record ${index + 1}` }));
  if (data !== null && typeof data === "object") {
    const resources = (data as Record<string, unknown>)["Resources"];
    if (resources !== undefined) {
      if (!Array.isArray(resources)) throw new ImportError([`${file}: Resources: must be an array of SCIM users`]);
      return resources.map((value, index) => ({ value, where: `Resources[${index}]` }));
    }
    return [{ value: data, where: "record 1" }];
  }
  throw new ImportError([`${file}: expected a SCIM ListResponse, an array of users or one user per line, not ${typeof data}`]);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function scimPeople(text: string, file: string): DirectoryPerson[] {
  const problems: string[] = [];
  const out: DirectoryPerson[] = [];
  for (const { value, where } of scimRecords(text, file)) {
    const label = (field: string, message: string) => problems.push(`${file}: ${where}: ${field}: ${message}`);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      label("", "a SCIM user must be a JSON object");
      continue;
    }
    const user = value as Record<string, unknown>;
    const userName = str(user["userName"]);
    const at = userName === undefined ? where : `${where} (${userName})`;
    const problem = (field: string, message: string) => problems.push(`${file}: ${at}: ${field}: ${message}`);
    // emails: the primary one, else the work one, else the first (RFC 7643 §4.1.2).
    let email: string | undefined;
    const emails = user["emails"];
    if (emails !== undefined && !Array.isArray(emails)) problem("emails", "must be an array of { value, type, primary }");
    else if (Array.isArray(emails)) {
      const entries = emails.filter((e): e is Record<string, unknown> => e !== null && typeof e === "object" && str(e.value) !== undefined);
      const pick = entries.find((e) => e["primary"] === true) ?? entries.find((e) => e["type"] === "work") ?? entries[0];
      email = pick === undefined ? undefined : str(pick["value"]);
    }
    if (email === undefined && userName !== undefined && EMAIL_PATTERN.test(userName)) email = userName;
    if (email === undefined) {
      problem("emails", "no email (emails[].value, or an email as userName); the map needs one for each person");
      continue;
    }
    if (!EMAIL_PATTERN.test(email)) {
      problem("emails", `"${email}" is not an email address`);
      continue;
    }
    const nameValue = user["name"];
    const nameObj = nameValue !== null && typeof nameValue === "object" ? (nameValue as Record<string, unknown>) : {};
    const joined = [str(nameObj["givenName"]), str(nameObj["familyName"])].filter((part) => part !== undefined).join(" ");
    const name = str(nameObj["formatted"]) ?? (joined === "" ? undefined : joined) ?? str(user["displayName"]);
    const active = user["active"];
    if (active !== undefined && typeof active !== "boolean") {
      problem("active", `must be true or false, not ${JSON.stringify(active)}`);
      continue;
    }
    const identities: Partial<Record<Kind, string[]>> = {};
    // Entra ID exports carry the user's object id as externalId.
    const externalId = str(user["externalId"]);
    if (externalId !== undefined && GUID.test(externalId)) identities.entraObjectIds = [externalId.toLowerCase()];
    // userName is the UPN in Entra; one equal to the email adds nothing (a UPN matches the email).
    if (
      userName !== undefined &&
      IDENTITY_PATTERNS.entraUserPrincipalNames.test(userName) &&
      userName.toLowerCase() !== email.toLowerCase()
    ) {
      identities.entraUserPrincipalNames = [userName];
    }
    const enterprise = user[ENTERPRISE_USER];
    if (enterprise !== undefined && (enterprise === null || typeof enterprise !== "object")) problem(ENTERPRISE_USER, "must be an object");
    const id = idForEmail(email);
    if (!ID_PATTERN.test(id)) {
      problem("emails", `no map id can be made from "${email}"`);
      continue;
    }
    out.push({ where: at, id, name, email, role: str(user["title"]), active: active !== false, identities });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV

const CSV_COLUMNS = ["id", "name", "email", "role", "status", "departed", ...IDENTITY_KINDS] as const;

function csvPeople(text: string, file: string): DirectoryPerson[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { info: true, bom: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    throw new ImportError([`${file}${typeof lines === "number" ? `:${lines}` : ""}: not valid CSV: ${(error as Error).message}`]);
  }
  const [header, ...body] = rows;
  if (header === undefined) throw new ImportError([`${file}: the file is empty; expected a header line naming the columns`]);
  const problems: string[] = [];
  const columns = header.record.map((column) => column.trim());
  columns.forEach((column, index) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push(
        `${file}:${header.info.lines}: column ${index + 1} "${column}" is not a known column; the columns are ${CSV_COLUMNS.join(", ")}`,
      );
    } else if (columns.indexOf(column) !== index) problems.push(`${file}:${header.info.lines}: column "${column}" appears twice`);
  });
  if (!columns.includes("email")) problems.push(`${file}:${header.info.lines}: the header has no "email" column; every person needs one`);
  if (problems.length > 0) throw new ImportError(problems);
  const out: DirectoryPerson[] = [];
  for (const row of body) {
    const where = `line ${row.info.lines}`;
    const cell = (column: string): string | undefined => {
      const index = columns.indexOf(column);
      return index < 0 ? undefined : str(row.record[index]);
    };
    const problem = (field: string, message: string) => problems.push(`${file}:${row.info.lines}: ${field}: ${message}`);
    const email = cell("email");
    if (email === undefined || !EMAIL_PATTERN.test(email)) {
      problem("email", email === undefined ? "is empty; every person needs an email" : `"${email}" is not an email address`);
      continue;
    }
    const id = cell("id") ?? idForEmail(email);
    if (!ID_PATTERN.test(id)) {
      problem("id", `"${id}" is not a map id (lowercase letters, digits, dots and hyphens)`);
      continue;
    }
    const status = (cell("status") ?? "active").toLowerCase();
    const departed = cell("departed");
    if (status !== "active" && status !== "departed") {
      problem("status", `must be active or departed, not "${status}"`);
      continue;
    }
    if (departed !== undefined && parseIsoDate(departed) === undefined) {
      problem("departed", `"${departed}" is not a real date written YYYY-MM-DD`);
      continue;
    }
    if (departed !== undefined && status === "active") {
      problem("departed", "is set but status is active; leave it empty or set status to departed");
      continue;
    }
    const identities: Partial<Record<Kind, string[]>> = {};
    let bad = false;
    for (const kind of IDENTITY_KINDS) {
      const values = (cell(kind) ?? "")
        .split(";")
        .map((value) => value.trim())
        .filter((value) => value !== "");
      for (const value of values) {
        if (!IDENTITY_PATTERNS[kind].test(value)) {
          problem(kind, `"${value}" is not a well-formed ${IDENTITY_KIND_LABELS[kind]}`);
          bad = true;
        }
      }
      if (values.length > 0) identities[kind] = kind === "entraObjectIds" ? values.map((v) => v.toLowerCase()) : values;
    }
    if (bad) continue;
    out.push({
      where,
      id,
      name: cell("name"),
      email,
      role: cell("role"),
      active: status === "active",
      departed,
      identities,
    });
  }
  if (problems.length > 0) throw new ImportError(problems);
  return out;
}

/** Two directory users with one id, email or identity cannot both be imported. */
function duplicates(people: readonly DirectoryPerson[], file: string): void {
  const problems: string[] = [];
  const seen = new Map<string, DirectoryPerson>();
  const claim = (key: string, what: string, person: DirectoryPerson) => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, person);
    else problems.push(`${file}: ${person.where}: ${what} is also given to ${earlier.where}; one id, email and identity per person`);
  };
  for (const person of people) {
    claim(`id\u0000${person.id}`, `id "${person.id}"`, person);
    claim(`email\u0000${person.email.toLowerCase()}`, `email ${person.email}`, person);
    for (const kind of IDENTITY_KINDS) {
      for (const value of person.identities[kind] ?? [])
        claim(identityKey(kind, value), `${IDENTITY_KIND_LABELS[kind]} "${value}"`, person);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
}

// ---------------------------------------------------------------------------------------------
// The plan

export interface FieldChange {
  readonly field: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface PersonChange {
  readonly index: number;
  readonly before: Person;
  readonly after: Person;
  readonly changes: readonly FieldChange[];
  /** Inactive in the directory, active in the map. */
  readonly departs: boolean;
}

export interface ImportPlan {
  readonly directoryCount: number;
  readonly added: readonly Person[];
  readonly changed: readonly PersonChange[];
  /** Map people the directory does not list, with where the map names them: kept, never dropped. */
  readonly notInDirectory: readonly { readonly person: Person; readonly references: readonly string[] }[];
  readonly unchanged: number;
}

/** Where the map names each person (duties, teams, exceptions, reviews). */
function referencesOf(map: ResponsibilityMap): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  const add = (id: string, where: string) => {
    const list = refs.get(id);
    if (list === undefined) refs.set(id, [where]);
    else if (!list.includes(where)) list.push(where);
  };
  for (const duty of map.duties) {
    add(duty.accountable, `duty ${duty.id} (accountable)`);
    for (const role of ["responsible", "consulted", "informed"] as const) for (const id of duty[role]) add(id, `duty ${duty.id} (${role})`);
    add(duty.review.signedOffBy, `duty ${duty.id} (review)`);
  }
  for (const team of map.teams) for (const id of team.members) add(id, `team ${team.id}`);
  for (const exception of map.exceptions) add(exception.approver, `exception ${exception.id} (approver)`);
  return refs;
}

function withIdentities(person: Person, incoming: Partial<Record<Kind, string[]>>, changes: FieldChange[]): Person["identities"] {
  const current = person.identities;
  let next: Record<string, unknown> | undefined = current === undefined ? undefined : { ...current };
  for (const kind of IDENTITY_KINDS) {
    const have = current?.[kind] ?? [];
    const known = new Set(have.map((value) => value.toLowerCase()));
    const fresh = (incoming[kind] ?? []).filter((value) => !known.has(value.toLowerCase()));
    if (fresh.length === 0) continue;
    next = { ...(next ?? {}), [kind]: [...have, ...fresh] };
    for (const value of fresh) changes.push({ field: `identities.${kind}`, to: value });
  }
  return next as Person["identities"];
}

export interface PlanOptions {
  /** The departure date for people the directory lists as inactive (and gives no date for). */
  readonly departedDate: string;
}

export function planImport(map: ResponsibilityMap, people: readonly DirectoryPerson[], file: string, options: PlanOptions): ImportPlan {
  const problems: string[] = [];
  const indexOf = new Map(map.people.map((person, index) => [person, index]));
  const matched = new Map<Person, DirectoryPerson>();
  const added: Person[] = [];
  const changed: PersonChange[] = [];
  let unchanged = 0;
  for (const entry of people) {
    const identityOwners = new Set<Person>();
    for (const kind of IDENTITY_KINDS) {
      for (const value of entry.identities[kind] ?? []) {
        const owner = map.personByIdentity.get(identityKey(kind, value));
        if (owner !== undefined) identityOwners.add(owner);
      }
    }
    const target = map.personById.get(entry.id) ?? map.personByEmail.get(entry.email.toLowerCase()) ?? [...identityOwners][0];
    const problem = (message: string) => problems.push(`${file}: ${entry.where}: ${message}`);
    if (target !== undefined) {
      const earlier = matched.get(target);
      if (earlier !== undefined) {
        problem(`matches map person ${target.id}, as ${earlier.where} does; one directory user per person`);
        continue;
      }
      matched.set(target, entry);
    }
    const emailOwner = map.personByEmail.get(entry.email.toLowerCase());
    if (emailOwner !== undefined && emailOwner !== target) {
      problem(`email ${entry.email} is the email of map person ${emailOwner.id}, but the user matches ${target?.id ?? "nobody"} by id`);
      continue;
    }
    const foreign = [...identityOwners].filter((owner) => owner !== target);
    if (foreign.length > 0) {
      problem(
        `an identity of this user is claimed by map person ${foreign.map((p) => p.id).join(", ")}; an identity belongs to one person`,
      );
      continue;
    }
    if (target === undefined) {
      if (entry.name === undefined)
        problem("name: no name (name.formatted, givenName and familyName, or displayName); a new person needs one");
      if (entry.role === undefined) problem("role: no job title (SCIM title, CSV role); a new person needs a role");
      if (entry.name === undefined || entry.role === undefined) continue;
      const hasIds = IDENTITY_KINDS.some((kind) => (entry.identities[kind] ?? []).length > 0);
      added.push({
        id: entry.id,
        name: entry.name,
        email: entry.email,
        role: entry.role,
        status: entry.active ? "active" : "departed",
        ...(entry.active ? {} : { departed: entry.departed ?? options.departedDate }),
        ...(hasIds ? { identities: entry.identities } : {}),
      });
      continue;
    }
    const changes: FieldChange[] = [];
    const next: { -readonly [K in keyof Person]: Person[K] } = { ...target };
    const field = (key: "name" | "email" | "role", value: string | undefined) => {
      if (value !== undefined && value !== target[key]) {
        changes.push({ field: key, from: target[key], to: value });
        next[key] = value;
      }
    };
    field("name", entry.name);
    field("email", entry.email);
    field("role", entry.role);
    let departs = false;
    if (!entry.active && target.status === "active") {
      departs = true;
      next.status = "departed";
      next.departed = entry.departed ?? options.departedDate;
      changes.push({ field: "status", from: "active", to: "departed" }, { field: "departed", to: next.departed });
    } else if (entry.active && target.status === "departed") {
      next.status = "active";
      next.departed = undefined;
      changes.push({ field: "status", from: "departed", to: "active" }, { field: "departed", from: target.departed });
    } else if (!entry.active && entry.departed !== undefined && entry.departed !== target.departed) {
      next.departed = entry.departed;
      changes.push({ field: "departed", from: target.departed, to: entry.departed });
    }
    next.identities = withIdentities(target, entry.identities, changes);
    if (changes.length === 0) unchanged++;
    else changed.push({ index: indexOf.get(target) ?? -1, before: target, after: next, changes, departs });
  }
  if (problems.length > 0) throw new ImportError(problems);
  const refs = referencesOf(map);
  const notInDirectory = map.people
    .filter((person) => !matched.has(person))
    .map((person) => ({ person, references: refs.get(person.id) ?? [] }));
  return { directoryCount: people.length, added, changed, notInDirectory, unchanged };
}

// ---------------------------------------------------------------------------------------------
// Applying the plan to the map's text

/** A node as YAML text at `indent` columns (its first line unindented), without its own comments. */
function render(node: Node, indent: number, padding: boolean): string {
  const copy = node.clone();
  copy.commentBefore = null;
  copy.comment = null;
  copy.spaceBefore = false;
  // A flow person (`{ id: ann, ... }`) keeps the usual padding; in a block person, lists follow the map's style.
  const flowCollectionPadding = isMap(node) && node.flow === true ? true : padding;
  const text = new Document(copy).toString({ lineWidth: 0, flowCollectionPadding }).replace(/\n$/, "");
  return text.split("\n").join(`\n${" ".repeat(indent)}`);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function identityNode(doc: Document, values: readonly string[]): YAMLSeq {
  const seq = doc.createNode([...values]) as YAMLSeq;
  seq.flow = true;
  return seq;
}

function setIdentities(doc: Document, node: YAMLMap, after: Person): void {
  if (after.identities === undefined) return;
  let ids = node.get("identities", true) as unknown;
  if (!isMap(ids)) {
    ids = doc.createNode({});
    node.set("identities", ids);
  }
  const map = ids as YAMLMap;
  for (const kind of IDENTITY_KINDS) {
    const values = after.identities[kind];
    if (values === undefined) continue;
    const seq = map.get(kind, true) as unknown;
    if (isSeq(seq)) {
      for (const value of values.slice(seq.items.length)) seq.add(doc.createNode(value));
    } else map.set(kind, identityNode(doc, values));
  }
}

function applyChange(doc: Document, node: YAMLMap, change: PersonChange): void {
  const { after } = change;
  for (const key of ["name", "email", "role", "status"] as const) if (after[key] !== change.before[key]) node.set(key, after[key]);
  if (after.departed === undefined) node.delete("departed");
  else if (node.has("departed")) node.set("departed", after.departed);
  else {
    const at = node.items.findIndex((pair) => (pair.key as { value?: unknown } | null)?.value === "status");
    node.items.splice(at + 1, 0, doc.createPair("departed", after.departed) as Pair<unknown, unknown>);
  }
  setIdentities(doc, node, after);
}

/**
 * The map's text with the plan applied: each changed person's entry rewritten in place, new people
 * appended after the last one, every other byte (comments, blank lines, styles) as it was.
 */
export function applyPlan(text: string, plan: ImportPlan): string {
  const doc = parseDocument(text);
  const people = doc.get("people", true) as unknown;
  if (!isSeq(people) || people.flow === true || people.items.length === 0) {
    throw new ImportError(["the map's people must be a block list (- id: ...) with at least one person to import into"]);
  }
  const edits: { start: number; end: number; text: string }[] = [];
  // `[a, b]` or `[ a, b ]`: whichever the map writes more often.
  const padding = (text.match(/\[ [^\s\]]/g) ?? []).length > (text.match(/\[[^\s\]]/g) ?? []).length;
  // A node's range runs to the start of the next one; the edit stops where its text does.
  const textEnd = (start: number, end: number) => start + text.slice(start, end).trimEnd().length;
  for (const change of plan.changed) {
    const node = people.items[change.index] as unknown;
    if (!isMap(node) || node.range == null) throw new Error(`people[${change.index}] is not a mapping`);
    applyChange(doc, node, change);
    const start = node.range[0];
    const end = textEnd(start, node.range[1]);
    edits.push({ start, end, text: render(node, columnOf(text, start), padding) });
  }
  if (plan.added.length > 0) {
    const last = people.items[people.items.length - 1] as Node;
    const start = last.range?.[0] ?? 0;
    const end = textEnd(start, last.range?.[1] ?? 0);
    const dash = text.lastIndexOf("-", start - 1);
    const column = columnOf(text, dash);
    const flow = isMap(last) && last.flow === true;
    // One list rendered once (a Document per person is most of the time for 20,000 people).
    const added = new YAMLSeq();
    for (const person of plan.added) {
      const node = doc.createNode(person) as YAMLMap;
      if (flow) node.flow = true;
      const ids = node.get("identities", true) as unknown;
      if (isMap(ids)) for (const pair of ids.items) if (isSeq(pair.value)) pair.value.flow = true;
      added.items.push(node);
    }
    const rendered = new Document(added).toString({ lineWidth: 0, flowCollectionPadding: flow ? true : padding }).replace(/\n$/, "");
    edits.push({
      start: end,
      end,
      text: `\n${rendered
        .split("\n")
        .map((line) => " ".repeat(column) + line)
        .join("\n")}`,
    });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
