import type { Person, ResponsibilityMap, Team } from "../../responsibility-map/model";
import type { ResourceView } from "./resource";
import { readTag } from "./tags";

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
  | { readonly kind: "departed"; readonly person: Person };

interface OwnerIndex {
  readonly teams: ReadonlyMap<string, Team>;
  readonly titles: ReadonlyMap<string, string>;
}
const indexes = new WeakMap<ResponsibilityMap, OwnerIndex>();

function indexOf(map: ResponsibilityMap): OwnerIndex {
  let index = indexes.get(map);
  if (index === undefined) {
    const teams = new Map<string, Team>();
    for (const team of map.teams) {
      teams.set(team.id.toLowerCase(), team);
      if (team.email) teams.set(team.email.toLowerCase(), team);
    }
    const titles = new Map<string, string>();
    for (const person of map.people) titles.set(person.role.toLowerCase(), person.role);
    index = { teams, titles };
    indexes.set(map, index);
  }
  return index;
}

export function findPerson(map: ResponsibilityMap, value: string): Person | undefined {
  const key = value.trim().toLowerCase();
  return map.personById.get(key) ?? map.personByEmail.get(key);
}

/** Classifies a tag value against the map: a person (active or departed), a team, a title, or nobody. */
export function classifyOwner(map: ResponsibilityMap, value: unknown): OwnerStatus {
  if (value === undefined) return { kind: "missing" };
  if (typeof value !== "string") return { kind: "not-text" };
  const person = findPerson(map, value);
  if (person) return person.status === "active" ? { kind: "person", person } : { kind: "departed", person };
  const key = value.trim().toLowerCase();
  const index = indexOf(map);
  const team = index.teams.get(key);
  if (team) return { kind: "team", team };
  const title = index.titles.get(key);
  if (title) return { kind: "title", title };
  return { kind: "unknown-person" };
}

export function resolveOwner(resource: ResourceView, map: ResponsibilityMap): OwnerStatus {
  return classifyOwner(map, readTag(resource, map.settings.ownerTagKey));
}
