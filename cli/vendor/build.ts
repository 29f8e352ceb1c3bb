/**
 * One third party as the map and the given stacks know it: its contacts, contract and review, the
 * duties it shares (with their SLA facts), and the access its accounts and tenants hold: IAM roles
 * their AWS accounts can assume and Azure Lighthouse registrations delegating to their tenants.
 * Only values the map declares (account and tenant ids, names) and resource names are shown; a
 * role id that was a secret in the state is described, not shown.
 */
import { requiresConditionValue } from "../../policies/aws/support/iam-policy";
import { assumingAccounts } from "../../policies/aws/support/third-party-trust";
import { BUILT_IN_ROLES, roleGuid } from "../../policies/azure/support/roles";
import { parsePolicy } from "../../policies/core/policy-document";
import { isRecord, type ResourceView } from "../../policies/core/resource";
import { AWS, AZURE } from "../../policies/core/tokens";
import {
  type DutySla,
  durationText,
  type ResponsibilityMap,
  SLA_ORGANISATION,
  SLA_PROVIDER,
  type ThirdParty,
} from "../../responsibility-map/model";
import { type ReviewState, reviewDue, reviewState } from "../../responsibility-map/review";
import { InputError } from "../errors";
import { expandStatePaths, readStateFile } from "../state/reader";

export interface VendorDuty {
  readonly duty: string;
  readonly title: string;
  /** The party's share of the duty; null when only an SLA fact names it. */
  readonly share: string | null;
  readonly raci: "responsible" | "consulted" | null;
  /** The organisation's accountable person for the duty (unchanged by the share). */
  readonly accountable: { readonly id: string; readonly name: string; readonly email: string } | null;
  readonly sla: {
    readonly incidentResponse: string | null;
    readonly auditLogsOwner: string | null;
    readonly regulatorNotifiedBy: string | null;
  } | null;
  /** The SLA facts in words ("incident response within 4 hours", "audit logs kept by Northwind"). */
  readonly slaText: readonly string[];
}

export type AccessKind = "aws-role-trust" | "lighthouse-registration";

export interface VendorAccess {
  readonly file: string;
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly kind: AccessKind;
  /** The party's accounts (AWS) or tenants (Azure) the resource lets in. */
  readonly via: readonly string[];
  /** AWS: whether every trust statement letting the party in requires `sts:ExternalId`; null for Azure. */
  readonly externalIdRequired: boolean | null;
  /** Azure: the roles the registration grants (built-in names, else "role <guid>"); empty for AWS. */
  readonly roles: readonly string[];
}

export interface VendorReport {
  readonly party: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly contract: string;
    readonly contacts: readonly { readonly name: string; readonly email: string; readonly phone: string | null }[];
    readonly awsAccountIds: readonly string[];
    readonly azureTenantIds: readonly string[];
  };
  readonly review: {
    readonly last: string;
    readonly cadenceDays: number;
    readonly signedOffBy: string;
    readonly signedOffOn: string;
    readonly nextDue: string;
    readonly state: ReviewState;
  };
  readonly map: string;
  readonly date: string;
  readonly states: readonly string[];
  readonly duties: readonly VendorDuty[];
  readonly access: readonly VendorAccess[];
  readonly warnings: readonly string[];
}

/** The third party a command line names, by id; an InputError listing the known ids otherwise. */
export function partyNamed(map: ResponsibilityMap, given: string): ThirdParty {
  const party = map.thirdPartyById.get(given);
  if (party !== undefined) return party;
  const ids = map.thirdParties.map((p) => p.id);
  throw new InputError(
    `no third party "${given}" in the map (${map.source}): ${ids.length === 0 ? "it lists no third parties" : `known ids are ${ids.join(", ")}`}`,
  );
}

function duties(map: ResponsibilityMap, party: ThirdParty): VendorDuty[] {
  const out: VendorDuty[] = [];
  for (const duty of map.duties) {
    const share = duty.thirdParties.find((s) => s.party === party.id);
    const named = duty.sla?.auditLogsOwner === party.id || duty.sla?.regulatorNotifiedBy === party.id;
    if (share === undefined && !named) continue;
    const accountable = map.personById.get(duty.accountable);
    out.push({
      duty: duty.id,
      title: duty.title,
      share: share?.share ?? null,
      raci: share?.raci ?? null,
      accountable: accountable === undefined ? null : { id: accountable.id, name: accountable.name, email: accountable.email },
      sla:
        duty.sla === undefined
          ? null
          : {
              incidentResponse: duty.sla.incidentResponse ?? null,
              auditLogsOwner: duty.sla.auditLogsOwner ?? null,
              regulatorNotifiedBy: duty.sla.regulatorNotifiedBy ?? null,
            },
      slaText: slaText(map, duty.sla),
    });
  }
  return out;
}

/** A role the report may name: a built-in role's name, else its GUID unless that was a secret. */
function roleName(id: unknown, secrets: ReadonlySet<string>): string {
  if (typeof id !== "string") return "a role the state does not show";
  const builtIn = BUILT_IN_ROLES[roleGuid(id)];
  if (builtIn !== undefined) return builtIn;
  return secrets.has(id) ? "a role whose id is a secret" : `role ${roleGuid(id)}`;
}

/** The access one resource gives the party, if any. */
function accessOf(resource: ResourceView, party: ThirdParty, secrets: ReadonlySet<string>): Omit<VendorAccess, "file"> | undefined {
  const base = { urn: resource.urn, type: resource.type, name: resource.name };
  if (resource.type === AWS.iamRole) {
    const accounts = new Set(party.identifiers?.awsAccountIds ?? []);
    if (accounts.size === 0) return undefined;
    const via = new Set<string>();
    let externalIdRequired = true;
    for (const statement of parsePolicy(resource.props["assumeRolePolicy"]).statements) {
      const theirs = assumingAccounts(statement).filter((account) => accounts.has(account));
      if (theirs.length === 0) continue;
      for (const account of theirs) via.add(account);
      if (!requiresConditionValue(statement, "sts:ExternalId")) externalIdRequired = false;
    }
    if (via.size === 0) return undefined;
    return { ...base, kind: "aws-role-trust", via: [...via], externalIdRequired, roles: [] };
  }
  if (resource.type === AZURE.lighthouseDefinition) {
    const tenants = new Set((party.identifiers?.azureTenantIds ?? []).map((t) => t.toLowerCase()));
    const properties = resource.props["properties"];
    if (!isRecord(properties)) return undefined;
    const tenant = properties["managedByTenantId"];
    if (typeof tenant !== "string" || !tenants.has(tenant.toLowerCase())) return undefined;
    const roles: string[] = [];
    for (const [list, eligible] of [
      ["authorizations", false],
      ["eligibleAuthorizations", true],
    ] as const) {
      const entries = properties[list];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        if (!isRecord(entry)) continue;
        const role = roleName(entry["roleDefinitionId"], secrets);
        roles.push(eligible ? `${role} (eligible)` : role);
      }
    }
    const declared = (party.identifiers?.azureTenantIds ?? []).find((t) => t.toLowerCase() === tenant.toLowerCase()) ?? tenant;
    return { ...base, kind: "lighthouse-registration", via: [declared], externalIdRequired: null, roles: [...new Set(roles)] };
  }
  return undefined;
}

export interface VendorOptions {
  readonly today: string;
  /** State files or directories (`audit`'s arguments); none reads no state. */
  readonly states?: readonly string[];
}

export function buildVendor(map: ResponsibilityMap, party: ThirdParty, options: VendorOptions): VendorReport {
  const access: VendorAccess[] = [];
  const warnings: string[] = [];
  const files: string[] = [];
  if (options.states !== undefined && options.states.length > 0) {
    const expanded = expandStatePaths(options.states);
    for (const warning of expanded.warnings) warnings.push(warning);
    const seen = new Set<string>();
    for (const file of expanded.files) {
      files.push(file);
      const state = readStateFile(file);
      for (const warning of state.warnings) warnings.push(warning);
      for (const resource of state.resources) {
        if (state.external.has(resource.urn) || seen.has(resource.urn)) continue;
        seen.add(resource.urn);
        const item = accessOf(resource, party, state.secrets);
        if (item !== undefined) access.push({ file, ...item });
      }
    }
  }
  const nextDue = reviewDue(party.review.last, party.review.cadenceDays);
  return {
    party: {
      id: party.id,
      name: party.name,
      kind: party.kind,
      contract: party.contract,
      contacts: party.contacts.map((c) => ({ name: c.name, email: c.email, phone: c.phone ?? null })),
      awsAccountIds: party.identifiers?.awsAccountIds ?? [],
      azureTenantIds: party.identifiers?.azureTenantIds ?? [],
    },
    review: { ...party.review, nextDue, state: reviewState(nextDue, options.today) },
    map: map.source,
    date: options.today,
    states: files,
    duties: duties(map, party),
    access,
    warnings,
  };
}

/** An SLA fact's party in words: the organisation, the provider, or a third party by name. */
function slaParty(map: ResponsibilityMap, id: string): string {
  if (id === SLA_ORGANISATION) return map.settings.organization;
  if (id === SLA_PROVIDER) return "the cloud provider";
  return map.thirdPartyById.get(id)?.name ?? id;
}

function slaText(map: ResponsibilityMap, sla: DutySla | undefined): string[] {
  if (sla === undefined) return [];
  const out: string[] = [];
  if (sla.incidentResponse !== undefined) out.push(`incident response within ${durationText(sla.incidentResponse)}`);
  if (sla.auditLogsOwner !== undefined) out.push(`audit logs owned by ${slaParty(map, sla.auditLogsOwner)}`);
  if (sla.regulatorNotifiedBy !== undefined) out.push(`regulator notified by ${slaParty(map, sla.regulatorNotifiedBy)}`);
  return out;
}
