/**
 * Who holds an identity: cloud-neutral matching of an identity a resource names (an IAM user name,
 * an Entra object id...) against the people of the responsibility map, and the violations rules
 * report for it. Each cloud's rules extract the identities (`IdentityRef`); this file decides.
 */
import { IDENTITY_KIND_LABELS, type IdentityKind, identityKey, type Person, type ResponsibilityMap } from "../../responsibility-map/model";
import type { Violation } from "./rule";
import { marked } from "./shown-values";

/** One identity a resource grants or holds access through. */
export interface IdentityRef {
  /** The map's kind of identity (schema `identities`). */
  readonly kinds: readonly IdentityKind[];
  /** The value as the resource names it (a user name, an object id, a UPN). */
  readonly value: string;
  /** Where the resource names it, as users write it in Pulumi (`users[1]`, `policy.objectId`). */
  readonly field: string;
  /**
   * True when the resource says the identity is a person (an IAM user, `principalType: User`);
   * false when it may be a group or an application. Only a human identity nobody claims is reported.
   */
  readonly human: boolean;
  /** Refs with the same entry name one principal two ways (object id and UPN); defaults to `field`. */
  readonly entry?: string;
}

export type IdentityHolder =
  | { readonly kind: "active"; readonly person: Person }
  | { readonly kind: "departed"; readonly person: Person }
  | { readonly kind: "unclaimed" };

/** Email-like kinds also match the person's email. */
const MATCHES_EMAIL: ReadonlySet<IdentityKind> = new Set(["awsIdentityCenterUsers", "entraUserPrincipalNames"]);

/** The person of the map who claims `value` as one of `kinds`, in constant time. */
export function identityHolder(map: ResponsibilityMap, kinds: readonly IdentityKind[], value: string): IdentityHolder {
  for (const kind of kinds) {
    const person =
      map.personByIdentity.get(identityKey(kind, value)) ??
      (MATCHES_EMAIL.has(kind) ? map.personByEmail.get(value.toLowerCase()) : undefined);
    if (person !== undefined) return { kind: person.status === "departed" ? "departed" : "active", person };
  }
  return { kind: "unclaimed" };
}

export function identityLabel(kind: IdentityKind): string {
  return kind.startsWith("other:") ? `${kind.slice(6)} identity` : IDENTITY_KIND_LABELS[kind as keyof typeof IDENTITY_KIND_LABELS];
}

/**
 * An identity is quoted as a marked copy (shown-values.ts): @pulumi/policy unwraps secrets before a
 * rule runs, so an unclaimed one could be a secret, and the host then hides it.
 */
function shown(value: string): string {
  return /^[\x21-\x7E]{1,128}$/.test(value) ? marked(JSON.stringify(value)) : "(an identity with unusual characters)";
}

export interface LeaverOptions {
  /** What the access is, as a noun phrase: "console access", "a role assignment". */
  readonly access: string;
  /** Report human identities nobody in the map claims (advisory). */
  readonly flagUnclaimed: boolean;
  /** The fix for a departed person's access. */
  readonly fix: string;
}

/**
 * One violation per identity a departed person holds (mandatory: the access outlived the person)
 * and, when asked, per human identity nobody in the map claims (advisory: it may be a leaver the
 * map never listed). Each names the person, the date they left and the identity; the formatter adds
 * who must act. A person named twice on one resource (object id and UPN) is reported once.
 */
export function leaverViolations(refs: readonly IdentityRef[], map: ResponsibilityMap, options: LeaverOptions): Violation[] {
  const out: Violation[] = [];
  const reported = new Set<Person>();
  const unclaimed: IdentityRef[] = [];
  const claimedFields = new Set<string>();
  for (const ref of refs) {
    const holder = identityHolder(map, ref.kinds, ref.value);
    if (holder.kind === "unclaimed") {
      unclaimed.push(ref);
      continue;
    }
    claimedFields.add(ref.entry ?? ref.field);
    if (holder.kind === "active" || reported.has(holder.person)) continue;
    reported.add(holder.person);
    const person = holder.person;
    out.push({
      code: "departed-identity",
      person: person.id,
      subject: ref.field,
      actual:
        `\`${ref.field}\` names the ${identityLabel(ref.kinds[0] ?? "awsIamUsers")} ${shown(ref.value)} of ${person.name} (${person.id}), ` +
        `who left on ${person.departed ?? "an unrecorded date"}, and still gives them ${options.access}`,
      fix: options.fix,
      why: "access that outlives the person who held it is a way in that nobody watches",
    });
  }
  if (!options.flagUnclaimed) return out;
  for (const ref of unclaimed) {
    // An entry whose other key (the UPN beside an object id) names a person is claimed.
    // One finding per principal: its object id and its UPN name the same unclaimed user.
    if (!ref.human || claimedFields.has(ref.entry ?? ref.field)) continue;
    claimedFields.add(ref.entry ?? ref.field);
    out.push({
      code: "unclaimed-identity",
      subject: ref.field,
      advisory: true,
      actual: `\`${ref.field}\` names the ${identityLabel(ref.kinds[0] ?? "awsIamUsers")} ${shown(ref.value)}, which no person in the responsibility map claims, and gives it ${options.access}`,
      fix: "Add the identity to its person's `identities` in the responsibility map, or remove the access if nobody claims it.",
      why: "access nobody answers for is not reviewed, and is not revoked when its holder leaves",
    });
  }
  return out;
}

/** The rule option that turns the unclaimed-identity advisories off. */
export const FLAG_UNCLAIMED_OPTION = {
  flagUnclaimed: {
    type: "boolean",
    description: "Also report (as advisory) access held by a human identity that no person in the responsibility map claims.",
    default: true,
  },
} as const;
