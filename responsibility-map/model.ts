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

/** The kinds of third party (schema `thirdPartyKind`): a closed list, so reports can group by it. */
export const THIRD_PARTY_KINDS = ["mssp", "vendor", "contractor", "saas"] as const;
export type ThirdPartyKind = (typeof THIRD_PARTY_KINDS)[number];

export interface ThirdPartyContact {
  readonly name: string;
  readonly email: string;
  readonly phone?: string | undefined;
}

/** The accounts and tenants a third party acts from (schema `thirdPartyIdentifiers`). */
export interface ThirdPartyIdentifiers {
  readonly awsAccountIds?: readonly string[] | undefined;
  readonly azureTenantIds?: readonly string[] | undefined;
}

/** An organisation outside the providers and this organisation that carries part of some duties. */
export interface ThirdParty {
  readonly id: string;
  readonly name: string;
  readonly kind: ThirdPartyKind;
  readonly contacts: readonly ThirdPartyContact[];
  /** The contract or SLA reference. */
  readonly contract: string;
  /** Reviewed like duties; `signedOffBy` is one of the organisation's people. */
  readonly review: Review;
  readonly identifiers?: ThirdPartyIdentifiers | undefined;
}

/** A third party's part of one duty. A third party is responsible or consulted, never accountable. */
export interface ThirdPartyShare {
  readonly party: string;
  readonly share: string;
  readonly raci: "responsible" | "consulted";
}

/** Who an SLA fact names: the organisation, the cloud provider, or a third party by id. */
export const SLA_ORGANISATION = "organisation";
export const SLA_PROVIDER = "provider";
/** Ids a third party may not take, since SLA facts use them for the organisation and the provider. */
export const RESERVED_PARTY_IDS: ReadonlySet<string> = new Set([SLA_ORGANISATION, SLA_PROVIDER]);

/** A duty's service-level facts. `incidentResponse` is an ISO 8601 duration (`PT4H`). */
export interface DutySla {
  readonly incidentResponse?: string | undefined;
  readonly auditLogsOwner?: string | undefined;
  readonly regulatorNotifiedBy?: string | undefined;
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
  /** Third parties' shares of the duty (empty when none). */
  readonly thirdParties: readonly ThirdPartyShare[];
  readonly sla?: DutySla | undefined;
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
  /** Most days logs may be kept: they must expire by then (absent: no upper bound). */
  readonly maxLogRetentionDays?: number | undefined;
  /** Most days data and objects may be kept: they must expire by then (absent: no upper bound). */
  readonly maxDataRetentionDays?: number | undefined;
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
  "security-contact",
  "root-usage-alarm",
  "s3-account-public-access-block",
  "defender-plans",
  "defender-contact",
  "activity-log-alerts",
  "subscription-diagnostics",
  "ssm-patching",
] as const;
export type CentralControlId = (typeof CENTRAL_CONTROL_IDS)[number];

/** The Azure subscription-level controls: an entry covers them through `subscriptions`, never `accounts`. */
export const AZURE_CENTRAL_CONTROL_IDS = ["defender-plans", "defender-contact", "activity-log-alerts", "subscription-diagnostics"] as const;
export type AzureCentralControlId = (typeof AZURE_CENTRAL_CONTROL_IDS)[number];

/** Whether a control is kept per Azure subscription (else per AWS account). */
export function isAzureCentralControl(control: CentralControlId): control is AzureCentralControlId {
  return (AZURE_CENTRAL_CONTROL_IDS as readonly string[]).includes(control);
}

/** Controls a central stack or the organisation manages for some accounts (or all). */
export interface CentrallyManaged {
  readonly controls: readonly CentralControlId[] | "all";
  /** 12-digit AWS account ids, or every account; absent when the entry names only subscriptions. */
  readonly accounts?: readonly string[] | "all" | undefined;
  /** Azure subscription ids (GUIDs), or every subscription; absent when the entry names only accounts. */
  readonly subscriptions?: readonly string[] | "all" | undefined;
  readonly managedBy: string;
  readonly stack?: string | undefined;
  readonly note: string;
}

/** The organisation's own AWS accounts and Azure tenants (schema `settings.ownAccounts`); empty lists when not given. */
export interface OwnAccounts {
  readonly awsAccountIds: readonly string[];
  readonly azureTenantIds: readonly string[];
}

export interface MapSettings {
  readonly organization: string;
  readonly ownerTagKey: string;
  readonly providers: readonly CloudId[];
  readonly centrallyManaged: readonly CentrallyManaged[];
  readonly ownAccounts: OwnAccounts;
}

export interface ResponsibilityMap {
  /** Absolute path the map was read from, for messages. */
  readonly source: string;
  readonly settings: MapSettings;
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  /** Third parties (empty when the map names none). */
  readonly thirdParties: readonly ThirdParty[];
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
  readonly thirdPartyById: ReadonlyMap<string, ThirdParty>;
  /** Line of each map entry, for messages about the map itself (`duties.backup` -> 42). */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** An ISO 8601 duration (`PT4H`, `P1D`) in words (`4 hours`, `1 day`); the text itself if it is not one. */
export function durationText(duration: string): string {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (match === null) return duration;
  const units = ["week", "day", "hour", "minute"];
  const parts = units.flatMap((unit, index) => {
    const value = match[index + 1];
    return value === undefined ? [] : [`${Number(value)} ${unit}${Number(value) === 1 ? "" : "s"}`];
  });
  return parts.length === 0 ? duration : parts.join(" ");
}

/** The kinds of identifier a third party declares (`ThirdPartyIdentifiers`). */
export type ThirdPartyIdentifierKind = keyof ThirdPartyIdentifiers;

const partyIndexes = new WeakMap<ResponsibilityMap, Map<string, ThirdParty>>();

/**
 * The third party that declares an AWS account or Azure tenant (case-insensitively), if any. The
 * loader lets one party claim each; the index is built once per map.
 */
export function thirdPartyOf(map: ResponsibilityMap, kind: ThirdPartyIdentifierKind, value: string): ThirdParty | undefined {
  let index = partyIndexes.get(map);
  if (index === undefined) {
    index = new Map();
    for (const party of map.thirdParties) {
      for (const k of ["awsAccountIds", "azureTenantIds"] as const) {
        for (const id of party.identifiers?.[k] ?? []) {
          const key = `${k}\u0000${id.toLowerCase()}`;
          if (!index.has(key)) index.set(key, party);
        }
      }
    }
    partyIndexes.set(map, index);
  }
  return index.get(`${kind}\u0000${value.toLowerCase()}`);
}

/** Whether the map lists an AWS account or Azure tenant as the organisation's own (case-insensitively). */
export function isOwnAccount(map: ResponsibilityMap, kind: ThirdPartyIdentifierKind, value: string): boolean {
  const lower = value.toLowerCase();
  return map.settings.ownAccounts[kind].some((own) => own.toLowerCase() === lower);
}
