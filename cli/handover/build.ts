/**
 * What a person owns or answers for, as a handover checklist: their duties, exceptions and reviews
 * in the map, the teams and central controls they stand for, and (given deployed state) the
 * resources their owner tag names and the access their identities hold (./access.ts: nothing is
 * matched here, the pack's owner-tag reading and leaver rules decide).
 */
import { findPerson } from "../../policies/core/owner";
import { RULE_DUTIES } from "../../policies/registry";
import type { Person, ResponsibilityMap } from "../../responsibility-map/model";
import { reviewDue } from "../../responsibility-map/review";
import { InputError } from "../errors";
import { expandStatePaths, readStateFile } from "../state/reader";
import { accessHeld, type HeldAccess, ownerTagNames, withOnlyLeaver } from "./access";

export interface PersonSummary {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly status: "active" | "departed";
  /** The date they left; null for an active person (or a departure the map does not date). */
  readonly departed: string | null;
}

export type RaciRole = "accountable" | "responsible" | "consulted" | "informed";

export interface DutyItem {
  readonly duty: string;
  readonly title: string;
  /** The person's roles on the duty, in RACI order. */
  readonly roles: readonly RaciRole[];
  /** Active people (not this one) who could take the duty over: its other RACI people, then teammates. */
  readonly handTo: readonly PersonSummary[];
  readonly action: string;
}

export interface ExceptionItem {
  readonly id: string;
  /** The exception's rule and duty as the map writes them; null when it names none. */
  readonly rule: string | null;
  readonly duty: string | null;
  readonly resources: string;
  readonly approved: string;
  readonly expires: string;
  readonly expired: boolean;
  readonly action: string;
}

export interface ReviewItem {
  readonly duty: string;
  readonly title: string;
  readonly last: string;
  readonly signedOffOn: string;
  readonly nextDue: string;
  readonly accountable: string;
  readonly action: string;
}

export interface TeamItem {
  readonly id: string;
  readonly name: string;
  /** The team's other members. */
  readonly otherMembers: readonly string[];
  readonly action: string;
}

export interface CentralItem {
  /** Position in `settings.centrallyManaged`. */
  readonly index: number;
  readonly controls: readonly string[] | "all";
  /** Absent when the entry names only Azure subscriptions. */
  readonly accounts?: readonly string[] | "all" | undefined;
  /** Absent when the entry names only AWS accounts. */
  readonly subscriptions?: readonly string[] | "all" | undefined;
  readonly action: string;
}

export interface ResourceItem {
  readonly file: string;
  readonly urn: string;
  readonly type: string;
  readonly name: string;
}

export interface OwnedResourceItem extends ResourceItem {
  readonly action: string;
}

export interface AccessItem extends ResourceItem {
  /** The leaver rule that finds this access. */
  readonly rule: string;
  /** Where the resource names the identity (`users[0]`, `principalId`). */
  readonly field: string | null;
  /** The person's identity the resource names; null when the finding does not show it (a secret value). */
  readonly identity: HeldAccess["identity"];
  readonly action: string;
}

export interface Handover {
  readonly person: PersonSummary;
  readonly map: string;
  readonly date: string;
  readonly states: readonly string[];
  readonly duties: readonly DutyItem[];
  readonly exceptions: readonly ExceptionItem[];
  readonly reviews: readonly ReviewItem[];
  readonly teams: readonly TeamItem[];
  readonly centralControls: readonly CentralItem[];
  readonly ownedResources: readonly OwnedResourceItem[];
  readonly access: readonly AccessItem[];
  readonly warnings: readonly string[];
}

export function summary(person: Person): PersonSummary {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    status: person.status,
    departed: person.departed ?? null,
  };
}

/** The person a command line names, by id or email; an InputError listing known ids otherwise. */
export function personNamed(map: ResponsibilityMap, given: string): Person {
  const person = findPerson(map, given);
  if (person !== undefined) return person;
  const ids = map.people.map((p) => p.id);
  const shown = ids.slice(0, 8).join(", ");
  const more = ids.length > 8 ? `, ... (${ids.length} in all)` : "";
  throw new InputError(
    `no person "${given}" in the map (${map.source}): ${ids.length === 0 ? "it lists no people" : `known ids are ${shown}${more}`}`,
  );
}

const ROLES: readonly RaciRole[] = ["accountable", "responsible", "consulted", "informed"];

function rolesOf(duty: ResponsibilityMap["duties"][number], id: string): RaciRole[] {
  return ROLES.filter((role) => (role === "accountable" ? duty.accountable === id : duty[role].includes(id)));
}

function label(person: PersonSummary | Person): string {
  return `${person.name} (${person.id})`;
}

function dutyItems(map: ResponsibilityMap, person: Person): DutyItem[] {
  const active = (id: string): Person | undefined => {
    const other = map.personById.get(id);
    return other !== undefined && other !== person && other.status === "active" ? other : undefined;
  };
  const teammates = map.teams.filter((team) => team.members.includes(person.id)).flatMap((team) => team.members);
  const out: DutyItem[] = [];
  for (const duty of map.duties) {
    const roles = rolesOf(duty, person.id);
    if (roles.length === 0) continue;
    const seen = new Set<Person>();
    const handTo: PersonSummary[] = [];
    const candidates = roles.includes("accountable")
      ? [...duty.responsible, ...duty.consulted, ...teammates]
      : [duty.accountable, ...duty.responsible, ...teammates];
    for (const id of candidates) {
      const other = active(id);
      if (other === undefined || seen.has(other)) continue;
      seen.add(other);
      handTo.push(summary(other));
    }
    const names = handTo.slice(0, 3).map(label).join(", ");
    let action: string;
    if (roles.includes("accountable")) {
      action =
        handTo.length === 0
          ? `Name a new accountable person for duty ${duty.id} in the map.`
          : `Name a new accountable person for duty ${duty.id} in the map, such as ${names}.`;
      const others = roles.filter((role) => role !== "accountable");
      if (others.length > 0) action += ` Also remove ${person.id} from its ${others.join(", ")} list${others.length === 1 ? "" : "s"}.`;
    } else {
      const accountable = active(duty.accountable);
      action =
        `Remove ${person.id} from the duty's ${roles.join(", ")} list${roles.length === 1 ? "" : "s"}, and name another active person if the role is still needed` +
        `${accountable === undefined ? "" : ` (ask ${label(accountable)}, who is accountable)`}.`;
    }
    out.push({ duty: duty.id, title: duty.title, roles, handTo, action });
  }
  return out;
}

function exceptionItems(map: ResponsibilityMap, person: Person, today: string): ExceptionItem[] {
  return map.exceptions
    .filter((exception) => exception.approver === person.id)
    .map((exception) => {
      const expired = exception.expires < today;
      const duty = exception.duty ?? (exception.rule === undefined ? undefined : RULE_DUTIES.get(exception.rule));
      const accountable = duty === undefined ? undefined : map.dutyById.get(duty)?.accountable;
      const who = accountable !== undefined && accountable !== person.id ? `${accountable} (accountable for ${duty})` : "an active person";
      return {
        id: exception.id,
        rule: exception.rule ?? null,
        duty: exception.duty ?? null,
        resources: exception.resources,
        approved: exception.approved,
        expires: exception.expires,
        expired,
        action: expired
          ? `Expired on ${exception.expires}: remove it from the map, or have ${who} approve it again.`
          : `Have ${who} take over the approval (it expires ${exception.expires}), or remove it.`,
      };
    });
}

function reviewItems(map: ResponsibilityMap, person: Person): ReviewItem[] {
  return map.duties
    .filter((duty) => duty.review.signedOffBy === person.id)
    .map((duty) => {
      const nextDue = reviewDue(duty.review.last, duty.review.cadenceDays);
      const who = duty.accountable === person.id ? "the duty's new accountable person" : `${duty.accountable} (accountable)`;
      return {
        duty: duty.id,
        title: duty.title,
        last: duty.review.last,
        signedOffOn: duty.review.signedOffOn,
        nextDue,
        accountable: duty.accountable,
        action: `The next review (due ${nextDue}) needs another sign-off: ${who} or someone they name.`,
      };
    });
}

function teamItems(map: ResponsibilityMap, person: Person): TeamItem[] {
  return map.teams
    .filter((team) => team.members.includes(person.id))
    .map((team) => {
      const otherMembers = team.members.filter((member) => member !== person.id);
      return {
        id: team.id,
        name: team.name,
        otherMembers,
        action:
          otherMembers.length === 0
            ? `Remove ${person.id} from team ${team.id}; they are its only member, so add another.`
            : `Remove ${person.id} from team ${team.id}; its other members: ${otherMembers.join(", ")}.`,
      };
    });
}

function centralItems(map: ResponsibilityMap, person: Person): CentralItem[] {
  const out: CentralItem[] = [];
  map.settings.centrallyManaged.forEach((entry, index) => {
    if (entry.managedBy !== person.id) return;
    out.push({
      index,
      controls: entry.controls,
      ...(entry.accounts === undefined ? {} : { accounts: entry.accounts }),
      ...(entry.subscriptions === undefined ? {} : { subscriptions: entry.subscriptions }),
      action: `Name another active person as \`managedBy\` of settings.centrallyManaged[${index}].`,
    });
  });
  return out;
}

export interface HandoverOptions {
  readonly today: string;
  readonly now: Date;
  /** State files or directories (`audit`'s arguments); none reads no state. */
  readonly states?: readonly string[];
}

export function buildHandover(map: ResponsibilityMap, person: Person, options: HandoverOptions): Handover {
  const ownedResources: OwnedResourceItem[] = [];
  const access: AccessItem[] = [];
  const warnings: string[] = [];
  const files: string[] = [];
  if (options.states !== undefined && options.states.length > 0) {
    const expanded = expandStatePaths(options.states);
    for (const warning of expanded.warnings) warnings.push(warning);
    const leaverMap = withOnlyLeaver(map, person);
    const seen = new Set<string>();
    for (const file of expanded.files) {
      files.push(file);
      const state = readStateFile(file);
      for (const warning of state.warnings) warnings.push(warning);
      const live = state.resources.filter((resource) => !state.external.has(resource.urn) && !seen.has(resource.urn));
      for (const resource of live) seen.add(resource.urn);
      for (const resource of live) {
        if (!ownerTagNames(resource, map, person)) continue;
        ownedResources.push({
          file,
          urn: resource.urn,
          type: resource.type,
          name: resource.name,
          action: `Set its \`${map.settings.ownerTagKey}\` tag to the id or email of the person who takes it over.`,
        });
      }
      const liveUrns = new Set(live.map((resource) => resource.urn));
      for (const { finding, identity } of accessHeld(state.resources, leaverMap, person, options.now)) {
        if (finding.resource === undefined || !liveUrns.has(finding.resource.urn)) continue;
        access.push({
          file,
          urn: finding.resource.urn,
          type: finding.resource.type,
          name: finding.resource.name,
          rule: finding.rule,
          field: finding.subject ?? null,
          identity,
          action: "Revoke it (delete or change this resource), or move the access to the successor's own identity.",
        });
      }
    }
  }
  return {
    person: summary(person),
    map: map.source,
    date: options.today,
    states: files,
    duties: dutyItems(map, person),
    exceptions: exceptionItems(map, person, options.today),
    reviews: reviewItems(map, person),
    teams: teamItems(map, person),
    centralControls: centralItems(map, person),
    ownedResources,
    access,
    warnings,
  };
}

export function itemCount(handover: Handover): number {
  return (
    handover.duties.length +
    handover.exceptions.length +
    handover.reviews.length +
    handover.teams.length +
    handover.centralControls.length +
    handover.ownedResources.length +
    handover.access.length
  );
}
