/**
 * Who a stack's resources still name: the resources whose owner tag names a person (read by
 * `resolveOwner`, as the owner-tag rule reads it) and the access a person's identities hold (found
 * by the pack's own leaver rules, run on a copy of the map in which that person is the one leaver,
 * so a person still active is found exactly as the rules would find them once they leave).
 */
import type { Environment } from "../../policies/core/evaluate";
import type { Finding } from "../../policies/core/finding";
import { identityLabel } from "../../policies/core/identities";
import { resolveOwner } from "../../policies/core/owner";
import type { ResourceView } from "../../policies/core/resource";
import type { Rule } from "../../policies/core/rule";
import { runRules } from "../../policies/core/run";
import { RULE_DUTIES, RULES } from "../../policies/registry";
import { type IdentityKind, identitiesOf, type Person, type ResponsibilityMap } from "../../responsibility-map/model";

/** The pack's leaver rules: those that declare the `departed-identity` problem. */
export const LEAVER_RULES: readonly Rule[] = RULES.filter((rule) => Object.hasOwn(rule.problems, "departed-identity"));

/**
 * The map as it will be once `person` leaves and everyone else stays: the leaver rules then report
 * only this person's access. Only people change; every index is rebuilt onto the copies.
 */
export function withOnlyLeaver(map: ResponsibilityMap, person: Person): ResponsibilityMap {
  return withPeople(map, (p) =>
    p === person ? { ...p, status: "departed" } : p.status === "active" ? p : { ...p, status: "active", departed: undefined },
  );
}

/** The map with each person replaced by `change(person)` (the same object to keep them); every index is rebuilt onto the copies. */
export function withPeople(map: ResponsibilityMap, change: (person: Person) => Person): ResponsibilityMap {
  const swap = new Map<Person, Person>();
  for (const p of map.people) swap.set(p, change(p));
  const remap = (index: ReadonlyMap<string, Person>): Map<string, Person> =>
    new Map([...index].map(([key, value]) => [key, swap.get(value) ?? value]));
  return {
    ...map,
    people: map.people.map((p) => swap.get(p) ?? p),
    personById: remap(map.personById),
    personByEmail: remap(map.personByEmail),
    personByIdentity: remap(map.personByIdentity),
  };
}

/** True when the resource's owner tag names `person` (active or departed). */
export function ownerTagNames(resource: ResourceView, map: ResponsibilityMap, person: Person): boolean {
  const owner = resolveOwner(resource, map);
  return (owner.kind === "person" || owner.kind === "departed") && owner.person === person;
}

export interface HeldAccess {
  readonly finding: Finding;
  /** The person's identity the finding quotes; null when it does not show it (a secret value). */
  readonly identity: { readonly kind: IdentityKind; readonly label: string; readonly value: string } | null;
}

/** Which of the person's identities a finding's message quotes (it quotes the resource's value, any case). */
function identityIn(finding: Finding, person: Person): HeldAccess["identity"] {
  const message = finding.message.toLowerCase();
  const candidates: [IdentityKind, string][] = identitiesOf(person).map(([kind, value]) => [kind, value]);
  candidates.push(["awsIdentityCenterUsers", person.email], ["entraUserPrincipalNames", person.email]);
  for (const [kind, value] of candidates) {
    if (message.includes(JSON.stringify(value).toLowerCase())) return { kind, label: identityLabel(kind), value };
  }
  return null;
}

/**
 * The access `person`'s identities hold in one stack's resources (all of them: stack rules such as
 * Identity Center's join across the stack), one entry per resource the leaver rules would flag.
 * `leaverMap` is `withOnlyLeaver(map, person)`, made once per person.
 */
export function accessHeld(resources: readonly ResourceView[], leaverMap: ResponsibilityMap, person: Person, now: Date): HeldAccess[] {
  const env: Environment = { map: leaverMap, now, ruleDuties: RULE_DUTIES };
  const out: HeldAccess[] = [];
  for (const finding of runRules(LEAVER_RULES, resources, env)) {
    if (finding.code !== "departed-identity" || finding.person !== person.id || finding.resource === undefined) continue;
    out.push({ finding, identity: identityIn(finding, person) });
  }
  return out;
}
