/** The responsibility map after loading and validation. Dates are ISO `YYYY-MM-DD` strings. */
export type Side = "provider" | "customer" | "shared";
export type CloudId = "aws" | "azure";

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly status: "active" | "departed";
  readonly departed?: string | undefined;
  readonly identities?: PersonIdentities | undefined;
}

/** The accounts through which a person holds access (schema `identities`). */
export interface PersonIdentities {
  readonly awsIamUsers?: readonly string[] | undefined;
  readonly awsIdentityCenterUsers?: readonly string[] | undefined;
  readonly entraObjectIds?: readonly string[] | undefined;
  readonly entraUserPrincipalNames?: readonly string[] | undefined;
  readonly other?: readonly { readonly system: string; readonly id: string }[] | undefined;
}

/**
 * The kinds of identity a map records. Identity Center users and Entra UPNs also match the
 * person's email; IAM user names, GUIDs and emails compare case-insensitively.
 */
export const IDENTITY_KINDS = ["awsIamUsers", "awsIdentityCenterUsers", "entraObjectIds", "entraUserPrincipalNames"] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number] | `other:${string}`;

/** What the map calls each kind of identity, in messages. */
export const IDENTITY_KIND_LABELS: Readonly<Record<(typeof IDENTITY_KINDS)[number], string>> = {
  awsIamUsers: "IAM user",
  awsIdentityCenterUsers: "IAM Identity Center user",
  entraObjectIds: "Entra object id",
  entraUserPrincipalNames: "Entra user principal name",
};

/** The lookup key of an identity: its kind and its value, case-folded. */
export function identityKey(kind: IdentityKind, value: string): string {
  return `${kind}\u0000${value.toLowerCase()}`;
}

/** Every identity a person lists, as [kind, value, path under the person]. */
export function identitiesOf(person: Person): [IdentityKind, string, (string | number)[]][] {
  const out: [IdentityKind, string, (string | number)[]][] = [];
  const ids = person.identities;
  if (ids === undefined) return out;
  for (const kind of IDENTITY_KINDS) {
    (ids[kind] ?? []).forEach((value, index) => {
      out.push([kind, value, ["identities", kind, index]]);
    });
  }
  (ids.other ?? []).forEach((entry, index) => {
    out.push([`other:${entry.system}`, entry.id, ["identities", "other", index, "id"]]);
  });
  return out;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly email?: string | undefined;
  readonly members: readonly string[];
}

export interface DutyScope {
  readonly provider?: CloudId | undefined;
  /** Type-token globs (`aws:dynamodb/*`); all types of the provider when absent. */
  readonly resourceTypes?: readonly string[] | undefined;
  readonly side: Side;
  /** Why this scope differs, shown when a rule is not applicable because of it. */
  readonly note: string;
}

export interface Review {
  readonly last: string;
  readonly cadenceDays: number;
  readonly signedOffBy: string;
  readonly signedOffOn: string;
}

export interface Duty {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly side: Side;
  readonly scopes: readonly DutyScope[];
  readonly controls: readonly string[];
  readonly accountable: string;
  readonly responsible: readonly string[];
  readonly consulted: readonly string[];
  readonly informed: readonly string[];
  readonly review: Review;
}

export interface MapException {
  readonly id: string;
  /** URN glob: `*` matches any run of characters. */
  readonly resources: string;
  readonly rule?: string | undefined;
  readonly duty?: string | undefined;
  readonly reason: string;
  readonly approver: string;
  readonly approved: string;
  readonly expires: string;
}

/** What rules require of resources holding data of one classification level. */
export interface ClassificationRequirements {
  readonly customerManagedKey?: boolean | undefined;
  readonly minBackupRetentionDays?: number | undefined;
  readonly minLogRetentionDays?: number | undefined;
  readonly deletionProtection?: boolean | undefined;
  readonly mfaDelete?: boolean | undefined;
}
export type RequirementKey = keyof ClassificationRequirements;

export interface ClassificationLevel {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly requirements: ClassificationRequirements;
}

/** The organisation's data classification: levels least to most sensitive, the tag and the default. */
export interface Classification {
  readonly tagKey: string;
  /** The level of a resource without the tag. */
  readonly default: string;
  readonly levels: readonly ClassificationLevel[];
  readonly levelById: ReadonlyMap<string, ClassificationLevel>;
}

/** Account-level controls a map may declare as managed centrally (schema `centralControlId`). */
export const CENTRAL_CONTROL_IDS = [
  "cloudtrail",
  "ebs-encryption-by-default",
  "imds-defaults",
  "iam-password-policy",
  "guardduty",
  "security-hub",
  "config",
  "access-analyzer",
] as const;
export type CentralControlId = (typeof CENTRAL_CONTROL_IDS)[number];

/** Controls a central stack or the organisation manages for some accounts (or all). */
export interface CentrallyManaged {
  readonly controls: readonly CentralControlId[] | "all";
  /** 12-digit AWS account ids, or every account. */
  readonly accounts: readonly string[] | "all";
  readonly managedBy: string;
  readonly stack?: string | undefined;
  readonly note: string;
}

export interface MapSettings {
  readonly organization: string;
  readonly ownerTagKey: string;
  readonly providers: readonly CloudId[];
  readonly centrallyManaged: readonly CentrallyManaged[];
}

export interface ResponsibilityMap {
  /** Absolute path the map was read from, for messages. */
  readonly source: string;
  readonly settings: MapSettings;
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly duties: readonly Duty[];
  readonly exceptions: readonly MapException[];
  /** Absent when the map defines no classification: rules then use their own configuration. */
  readonly classification?: Classification | undefined;
  readonly personById: ReadonlyMap<string, Person>;
  readonly personByEmail: ReadonlyMap<string, Person>;
  /** Who claims an identity, by `identityKey(kind, value)`; the first claim wins (the loader refuses two). */
  readonly personByIdentity: ReadonlyMap<string, Person>;
  readonly dutyById: ReadonlyMap<string, Duty>;
  readonly teamById: ReadonlyMap<string, Team>;
  /** Line of each map entry, for messages about the map itself (`duties.backup` -> 42). */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
}
