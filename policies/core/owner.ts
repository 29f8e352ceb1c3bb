import type { Person, ResponsibilityMap, Team } from "../../responsibility-map/model";
import type { ResourceView } from "./resource";
import { asciiLowerCase, readTagCandidates } from "./tags";

/**
 * What a resource's owner tag says. Raw tag values are never carried: a tag may hold a secret, and
 * @pulumi/policy unwraps secrets before a rule sees them, so only map data is ever printed.
 */
export type OwnerStatus =
  | { readonly kind: "person"; readonly person: Person }
  | { readonly kind: "missing" }
  | { readonly kind: "not-text" }
  | { readonly kind: "unknown-person" }
  | { readonly kind: "team"; readonly team: Team }
  | { readonly kind: "title"; readonly title: string }
  | { readonly kind: "departed"; readonly person: Person }
  /** Not plain ASCII and not any person's id or email as written: it can only look like one. */
  | { readonly kind: "look-alike"; readonly mixedScripts: boolean }
  /** Tag keys differing only in case (`owner`, `Owner`) that do not name the same person. */
  | { readonly kind: "conflict"; readonly keys: readonly string[] };

interface OwnerIndex {
  readonly teams: ReadonlyMap<string, Team>;
  readonly titles: ReadonlyMap<string, string>;
  /** People, teams and titles by id, email or title exactly as the map writes them, for tags that are not ASCII. */
  readonly verbatim: ReadonlyMap<string, OwnerStatus>;
}
const indexes = new WeakMap<ResponsibilityMap, OwnerIndex>();

function indexOf(map: ResponsibilityMap): OwnerIndex {
  let index = indexes.get(map);
  if (index === undefined) {
    const teams = new Map<string, Team>();
    const verbatim = new Map<string, OwnerStatus>();
    const addVerbatim = (written: string, status: OwnerStatus) => {
      if (!verbatim.has(written)) verbatim.set(written, status);
    };
    for (const person of map.people) {
      const status: OwnerStatus = person.status === "active" ? { kind: "person", person } : { kind: "departed", person };
      addVerbatim(person.id, status);
      addVerbatim(person.email, status);
    }
    for (const team of map.teams) {
      teams.set(asciiLowerCase(team.id), team);
      addVerbatim(team.id, { kind: "team", team });
      if (team.email) {
        teams.set(asciiLowerCase(team.email), team);
        addVerbatim(team.email, { kind: "team", team });
      }
    }
    const titles = new Map<string, string>();
    for (const person of map.people) {
      titles.set(asciiLowerCase(person.role), person.role);
      addVerbatim(person.role, { kind: "title", title: person.role });
    }
    index = { teams, titles, verbatim };
    indexes.set(map, index);
  }
  return index;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** Scripts whose letters pass for Latin ones; any letter outside them counts as one more script. */
const SCRIPTS = ["Latin", "Greek", "Cyrillic", "Armenian", "Cherokee", "Coptic", "Georgian"].map(
  (script) => new RegExp(`\\p{Script=${script}}`, "u"),
);
function mixesScripts(text: string): boolean {
  const seen = new Set<number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.findIndex((pattern) => pattern.test(char));
    seen.add(script);
    if (seen.size > 1) return true;
  }
  return false;
}

/** ASCII spaces and tabs around a value; `trim()` would also drop look-alike Unicode spaces. */
function trimAscii(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, "");
}

/**
 * The person a tag value names: a person's id or email, compared case-insensitively in ASCII only.
 * Unicode case folding and normalisation both turn look-alikes into ASCII (`toLowerCase()` and NFKC
 * make the Kelvin sign U+212A a "k"; NFKC makes full-width letters plain), so a value that is not
 * plain ASCII names a person only when it is their id or email exactly as the map writes it. The
 * schema keeps ids and emails ASCII, so today such a value names nobody.
 */
export function findPerson(map: ResponsibilityMap, value: string): Person | undefined {
  if (!PRINTABLE_ASCII.test(value)) {
    const status = indexOf(map).verbatim.get(trimAscii(value));
    return status?.kind === "person" || status?.kind === "departed" ? status.person : undefined;
  }
  const key = asciiLowerCase(value.trim());
  return map.personById.get(key) ?? map.personByEmail.get(key);
}

/** Classifies a tag value against the map: a person (active or departed), a team, a title, or nobody. */
export function classifyOwner(map: ResponsibilityMap, value: unknown): OwnerStatus {
  if (value === undefined) return { kind: "missing" };
  if (typeof value !== "string") return { kind: "not-text" };
  const index = indexOf(map);
  if (!PRINTABLE_ASCII.test(value)) {
    // NFKC first, so full-width Latin letters count as Latin when telling scripts apart.
    return index.verbatim.get(trimAscii(value)) ?? { kind: "look-alike", mixedScripts: mixesScripts(value.normalize("NFKC")) };
  }
  const person = findPerson(map, value);
  if (person) return person.status === "active" ? { kind: "person", person } : { kind: "departed", person };
  const key = asciiLowerCase(value.trim());
  const team = index.teams.get(key);
  if (team) return { kind: "team", team };
  const title = index.titles.get(key);
  if (title) return { kind: "title", title };
  return { kind: "unknown-person" };
}

/**
 * The owner a resource's tags name. Several keys that differ only in case (`owner`, `Owner`) must
 * name the same person; otherwise the verdict would depend on key order, so it is a conflict.
 */
export function resolveOwner(resource: ResourceView, map: ResponsibilityMap): OwnerStatus {
  const candidates = readTagCandidates(resource, map.settings.ownerTagKey);
  const [first, ...others] = candidates;
  if (first === undefined) return { kind: "missing" };
  const status = classifyOwner(map, first.value);
  if (others.length === 0) return status;
  const same = (other: OwnerStatus) =>
    (status.kind === "person" || status.kind === "departed") &&
    (other.kind === "person" || other.kind === "departed") &&
    other.person === status.person;
  const agree = others.every((other) => other.value === first.value || same(classifyOwner(map, other.value)));
  return agree ? status : { kind: "conflict", keys: candidates.map((candidate) => candidate.key) };
}
