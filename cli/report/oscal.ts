/**
 * The responsibility map as an OSCAL 1.2.2 System Security Plan (JSON), in the shape of NIST's
 * leveraged/leveraging-authorization examples: each cloud provider is a leveraged `service`
 * component that exports what it `provided` (and, for shared duties, the `responsibilities` it leaves
 * to the customer); this system `inherited` the provided part and `satisfied` the responsibilities.
 * Every UUID is a v5 UUID of a stable key, and the only date is `now`: same map, same document.
 */
import { createHash } from "node:crypto";
import type {
  Classification,
  ClassificationLevel,
  CloudId,
  Duty,
  MapException,
  Person,
  ResponsibilityMap,
  Side,
  ThirdParty,
} from "../../responsibility-map/model";
import { SLA_ORGANISATION, SLA_PROVIDER } from "../../responsibility-map/model";
import { reviewDue, reviewState } from "../../responsibility-map/review";
import { providerName, providerSide } from "./matrix";

export const OSCAL_VERSION = "1.2.2";
/** Namespace of this project's OSCAL props. */
export const OSCAL_NS = "https://shared-responsibility.dev/ns/oscal";
/** The v5 namespace every UUID is derived in: uuidv5(URL namespace, OSCAL_NS). */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
export const CATALOG_HREF =
  "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json";

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const PROJECT_NAMESPACE = uuidV5(OSCAL_NS, URL_NAMESPACE);

/** A resource from deployed state, reduced to what the inventory needs. */
export interface InventoryResource {
  readonly urn: string;
  readonly type: string;
  /** The owner tag's value, when the resource has one. */
  readonly owner?: string | undefined;
}

export interface OscalOptions {
  /** Today, `YYYY-MM-DD`; `last-modified` is its midnight UTC and decides which exceptions are active. */
  readonly today: string;
  /** Resources for the inventory (from `--state` files). */
  readonly resources?: readonly InventoryResource[];
  /** Rule name -> duty, to attach rule exceptions to their duty's controls. */
  readonly ruleDuties?: ReadonlyMap<string, string>;
}

type Json = Record<string, unknown>;

/** `SC-28(1)` -> `sc-28.1`, the NIST SP 800-53 r5 catalog's control id. */
export function oscalControlId(control: string): string {
  return control.toLowerCase().replace(/\((\d+)\)$/, ".$1");
}

/** OSCAL string fields (names, prop values) are one line, non-empty, without outer whitespace. */
function clean(value: string, fallback: string): string {
  const line = value.replace(/\s+/g, " ").trim();
  return line === "" ? fallback : line;
}

const ROLES = [
  { id: "accountable", title: "Accountable", description: "The one person answerable for a duty (RACI A)." },
  { id: "responsible", title: "Responsible", description: "Does the work of a duty (RACI R)." },
  { id: "consulted", title: "Consulted", description: "Gives input before changes to a duty (RACI C)." },
  { id: "informed", title: "Informed", description: "Kept up to date on a duty (RACI I)." },
  { id: "approver", title: "Approver", description: "Signs off a duty review or approves an exception." },
  { id: "asset-owner", title: "Asset Owner", description: "The person a resource's owner tag names." },
  { id: "provider", title: "Cloud Service Provider", description: "Operates the cloud platform this system runs on." },
  {
    id: "third-party",
    title: "Third Party",
    description:
      "An organisation outside the providers and this organisation (an MSSP, vendor, contractor or SaaS) that carries part of some duties.",
  },
  { id: "point-of-contact", title: "Point of Contact", description: "Whom to reach at a third party." },
] as const;

const PROVIDER_ORGANIZATIONS: Record<CloudId, string> = { aws: "Amazon Web Services", azure: "Microsoft Azure" };

function cloudOfType(type: string): CloudId | undefined {
  if (type.startsWith("aws:")) return "aws";
  if (type.startsWith("azure-native:")) return "azure";
  return undefined;
}

/** The exceptions in force on `today` that touch a duty, directly or through one of its rules. */
function activeExceptions(map: ResponsibilityMap, duty: Duty, options: OscalOptions): MapException[] {
  return map.exceptions.filter((exception) => {
    if (exception.expires < options.today) return false;
    if (exception.duty !== undefined) return exception.duty === duty.id;
    return exception.rule !== undefined && options.ruleDuties?.get(exception.rule) === duty.id;
  });
}

/** What every phase of `buildSsp` shares: the map, the options and the stable UUIDs. */
interface SspContext {
  readonly map: ResponsibilityMap;
  readonly options: OscalOptions;
  readonly org: string;
  readonly providers: readonly CloudId[];
  readonly uuidOf: (key: readonly string[]) => string;
  readonly uuid: (...key: string[]) => string;
  readonly personUuid: (id: string) => string;
  readonly personName: (id: string) => string;
  readonly orgUuid: string;
  readonly providerOrgUuid: (cloud: CloudId) => string;
  readonly thisSystem: string;
  readonly providerComponent: (cloud: CloudId) => string;
  readonly thirdPartyUuid: (id: string) => string;
  readonly contactUuid: (party: string, email: string) => string;
  readonly thirdPartyComponent: (id: string) => string;
}

function sspContext(map: ResponsibilityMap, options: OscalOptions): SspContext {
  const org = clean(map.settings.organization, "The organisation");
  const uuidOf = (key: readonly string[]) => uuidV5([org, ...key].join("\u0000"), PROJECT_NAMESPACE);
  const uuid = (...key: string[]) => uuidOf(key);
  return {
    map,
    options,
    org,
    providers: map.settings.providers,
    uuidOf,
    uuid,
    personUuid: (id) => uuid("party", "person", id),
    personName: (id) => map.personById.get(id)?.name ?? id,
    orgUuid: uuid("party", "organization"),
    providerOrgUuid: (cloud) => uuid("party", "provider", cloud),
    thisSystem: uuid("component", "this-system"),
    providerComponent: (cloud) => uuid("component", "provider", cloud),
    thirdPartyUuid: (id) => uuid("party", "third-party", id),
    contactUuid: (party, email) => uuid("party", "third-party-contact", party, email.toLowerCase()),
    thirdPartyComponent: (id) => uuid("component", "third-party", id),
  };
}

function prop(name: string, value: string, extra: Json = {}): Json {
  return { name, ns: OSCAL_NS, value: clean(value, "-"), ...extra };
}

export function buildSsp(map: ResponsibilityMap, options: OscalOptions): Json {
  const ctx = sspContext(map, options);
  return {
    "system-security-plan": {
      uuid: ctx.uuid("system-security-plan"),
      metadata: sspMetadata(ctx),
      "import-profile": { href: CATALOG_HREF },
      "system-characteristics": systemCharacteristics(ctx),
      "system-implementation": systemImplementation(ctx),
      "control-implementation": controlImplementation(ctx),
    },
  };
}

// --- metadata ---------------------------------------------------------------------------------

function sspMetadata(ctx: SspContext): Json {
  const lastSignOff =
    ctx.map.duties
      .map((duty) => duty.review.signedOffOn)
      .sort()
      .at(-1) ?? "";
  return {
    title: `${ctx.org}: shared-responsibility system security plan`,
    "last-modified": `${ctx.options.today}T00:00:00Z`,
    version: lastSignOff === "" ? "1" : lastSignOff,
    "oscal-version": OSCAL_VERSION,
    roles: ROLES.map((role) => ({ ...role })),
    parties: parties(ctx),
    "responsible-parties": [
      { "role-id": "provider", "party-uuids": ctx.providers.map(ctx.providerOrgUuid) },
      ...(ctx.map.thirdParties.length === 0
        ? []
        : [
            { "role-id": "third-party", "party-uuids": ctx.map.thirdParties.map((party) => ctx.thirdPartyUuid(party.id)) },
            {
              "role-id": "point-of-contact",
              "party-uuids": ctx.map.thirdParties.flatMap((party) =>
                party.contacts.map((contact) => ctx.contactUuid(party.id, contact.email)),
              ),
            },
          ]),
    ],
    actions: signOffActions(ctx),
    remarks: "Generated from the responsibility map by `shared-responsibility oscal`; edit the map, not this file.",
  };
}

/** The organisation, each provider's organisation, and every person of the map. */
function parties(ctx: SspContext): Json[] {
  return [
    { uuid: ctx.orgUuid, type: "organization", name: ctx.org },
    ...ctx.providers.map((cloud) => ({ uuid: ctx.providerOrgUuid(cloud), type: "organization", name: PROVIDER_ORGANIZATIONS[cloud] })),
    ...ctx.map.people.map((person) => personParty(ctx, person)),
    ...ctx.map.thirdParties.flatMap((party) => thirdPartyParties(ctx, party)),
  ];
}

/** A third party as an organisation, with its review as props, and each contact as a person of it. */
function thirdPartyParties(ctx: SspContext, party: ThirdParty): Json[] {
  const uuid = ctx.thirdPartyUuid(party.id);
  const due = reviewDue(party.review.last, party.review.cadenceDays);
  const identifiers = [
    ...(party.identifiers?.awsAccountIds ?? []).map((id) => prop("aws-account-id", id)),
    ...(party.identifiers?.azureTenantIds ?? []).map((id) => prop("azure-tenant-id", id)),
  ];
  return [
    {
      uuid,
      type: "organization",
      name: clean(party.name, party.id),
      props: [
        prop("third-party-id", party.id),
        prop("third-party-kind", party.kind),
        prop("contract", party.contract),
        prop("review-last", party.review.last),
        prop("review-cadence-days", String(party.review.cadenceDays)),
        prop("review-due", due),
        prop("review-state", reviewState(due, ctx.options.today)),
        prop("signed-off-by", ctx.personUuid(party.review.signedOffBy)),
        prop("signed-off-on", party.review.signedOffOn),
        ...identifiers,
      ],
      "email-addresses": party.contacts.map((contact) => contact.email),
    },
    ...party.contacts.map((contact) => ({
      uuid: ctx.contactUuid(party.id, contact.email),
      type: "person",
      name: clean(contact.name, contact.email),
      "email-addresses": [contact.email],
      ...(contact.phone === undefined ? {} : { "telephone-numbers": [{ number: clean(contact.phone, "-") }] }),
      "member-of-organizations": [uuid],
    })),
  ];
}

function personParty(ctx: SspContext, person: Person): Json {
  return {
    uuid: ctx.personUuid(person.id),
    type: "person",
    name: clean(person.name, person.id),
    props: [
      { name: "job-title", value: clean(person.role, "-") },
      prop("person-id", person.id),
      prop("status", person.status),
      ...(person.departed === undefined ? [] : [prop("departed", person.departed)]),
    ],
    "email-addresses": [person.email],
    "member-of-organizations": [ctx.orgUuid],
  };
}

/** One approval action per duty: its latest review's sign-off. */
function signOffActions(ctx: SspContext): Json[] {
  return ctx.map.duties.map((duty) => ({
    uuid: ctx.uuid("action", "sign-off", duty.id),
    date: `${duty.review.signedOffOn}T00:00:00Z`,
    type: "approval",
    system: OSCAL_NS,
    props: [prop("duty", duty.id), prop("review-last", duty.review.last)],
    "responsible-parties": [{ "role-id": "approver", "party-uuids": [ctx.personUuid(duty.review.signedOffBy)] }],
    remarks: `${ctx.personName(duty.review.signedOffBy)} signed off the review of ${duty.title} (${duty.id}) held on ${duty.review.last}.`,
  }));
}

// --- system characteristics -------------------------------------------------------------------

function systemCharacteristics(ctx: SspContext): Json {
  const { org } = ctx;
  const clouds = ctx.providers.map(providerName).join(" and ");
  return {
    "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", id: ctx.uuid("system") }],
    "system-name": `${org} cloud estate`,
    description: `Cloud resources ${org} deploys with Pulumi on ${clouds}. The split of duties between ${org} and each provider, and the people who carry them, come from the responsibility map.`,
    "system-information": {
      "information-types": [
        {
          uuid: ctx.uuid("information-type", "workload"),
          title: "Workload data",
          description: "Data stored and processed by the workloads deployed on the cloud estate; categorise it in the system's own SSP.",
        },
        ...classificationInformationTypes(ctx),
      ],
    },
    status: { state: "operational" },
    "authorization-boundary": {
      description: `The Pulumi stacks of ${org} on ${clouds}; the providers' platforms are leveraged services outside the boundary.`,
    },
  };
}

/** Each classification level is an information type; what it requires of resources are namespaced props. */
function classificationInformationTypes(ctx: SspContext): Json[] {
  const classification = ctx.map.classification;
  return (classification?.levels ?? []).map((level) => ({
    uuid: ctx.uuid("information-type", "classification", level.id),
    title: `${clean(level.title, level.id)} data`,
    description: clean(level.description, "-"),
    props: levelProps(level, classification),
  }));
}

function levelProps(level: ClassificationLevel, classification: Classification | undefined): Json[] {
  const requirements = level.requirements;
  const props: Json[] = [prop("classification-level", level.id), prop("classification-tag", classification?.tagKey ?? "")];
  if (level.id === classification?.default) props.push(prop("classification-default", "true"));
  if (requirements.customerManagedKey !== undefined)
    props.push(prop("requires-customer-managed-key", String(requirements.customerManagedKey)));
  if (requirements.minBackupRetentionDays !== undefined) {
    props.push(prop("min-backup-retention-days", String(requirements.minBackupRetentionDays)));
  }
  if (requirements.minLogRetentionDays !== undefined) props.push(prop("min-log-retention-days", String(requirements.minLogRetentionDays)));
  if (requirements.deletionProtection !== undefined)
    props.push(prop("requires-deletion-protection", String(requirements.deletionProtection)));
  if (requirements.mfaDelete !== undefined) props.push(prop("requires-mfa-delete", String(requirements.mfaDelete)));
  return props;
}

// --- system implementation: components and inventory ------------------------------------------

function systemImplementation(ctx: SspContext): Json {
  const inventory = inventoryItems(ctx);
  return {
    components: components(ctx),
    ...(inventory.length > 0 ? { "inventory-items": inventory } : {}),
  };
}

/** This system, and one leveraged `service` component per provider. */
function components(ctx: SspContext): Json[] {
  const { org } = ctx;
  return [
    {
      uuid: ctx.thisSystem,
      type: "this-system",
      title: `${org} cloud estate`,
      description: `The resources ${org} deploys with Pulumi on ${ctx.providers.map(providerName).join(" and ")}, governed by the responsibility map.`,
      props: [{ name: "implementation-point", value: "internal" }],
      status: { state: "operational" },
    },
    ...ctx.providers.map((cloud) => ({
      uuid: ctx.providerComponent(cloud),
      type: "service",
      title: PROVIDER_ORGANIZATIONS[cloud],
      description: `The ${PROVIDER_ORGANIZATIONS[cloud]} cloud platform; ${org} inherits the provider side of the shared-responsibility model from it.`,
      props: [{ name: "implementation-point", value: "external" }, prop("provider", cloud)],
      status: { state: "operational" },
      "responsible-roles": [{ "role-id": "provider", "party-uuids": [ctx.providerOrgUuid(cloud)] }],
    })),
    ...ctx.map.thirdParties.map((party) => ({
      uuid: ctx.thirdPartyComponent(party.id),
      type: "service",
      title: clean(party.name, party.id),
      description: `The services of ${clean(party.name, party.id)} (${party.kind}) to ${org} under ${clean(party.contract, "-")}.`,
      props: [{ name: "implementation-point", value: "external" }, prop("third-party-id", party.id)],
      status: { state: "operational" },
      "responsible-roles": [{ "role-id": "third-party", "party-uuids": [ctx.thirdPartyUuid(party.id)] }],
    })),
  ];
}

/** The deployed resources, one item per URN, in URN order. */
function inventoryItems(ctx: SspContext): Json[] {
  return [...new Map((ctx.options.resources ?? []).map((resource) => [resource.urn, resource])).values()]
    .sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0))
    .map((resource) => inventoryItem(ctx, resource));
}

function inventoryItem(ctx: SspContext, resource: InventoryResource): Json {
  const cloud = cloudOfType(resource.type);
  const owner = resource.owner === undefined ? undefined : ownerPerson(ctx.map, resource.owner);
  const item: Json = {
    uuid: ctx.uuid("inventory-item", resource.urn),
    description: `${resource.type} resource managed by Pulumi.`,
    props: [{ name: "asset-id", value: clean(resource.urn, "-") }, prop("resource-type", resource.type)],
    ...(owner === undefined ? {} : { "responsible-parties": [{ "role-id": "asset-owner", "party-uuids": [ctx.personUuid(owner.id)] }] }),
    "implemented-components": [
      { "component-uuid": cloud !== undefined && ctx.providers.includes(cloud) ? ctx.providerComponent(cloud) : ctx.thisSystem },
    ],
  };
  if (owner === undefined) {
    item["remarks"] =
      resource.owner === undefined ? "The resource has no owner tag." : "The owner tag names no person in the responsibility map.";
  } else if (owner.status === "departed") {
    item["remarks"] = `The owner, ${owner.name}, departed on ${owner.departed ?? "?"}.`;
  }
  return item;
}

// --- control implementation -------------------------------------------------------------------

function controlImplementation(ctx: SspContext): Json {
  const requirements = [...dutiesByControl(ctx.map.duties)].map(([controlId, duties]) => implementedRequirement(ctx, controlId, duties));
  return {
    description: `How ${ctx.org} and its cloud providers meet the NIST SP 800-53 r5 controls of each duty in the responsibility map. Review and sign-off of each duty are props in the ${OSCAL_NS} namespace and approval actions in the metadata.`,
    "implemented-requirements": requirements,
  };
}

/** OSCAL control id -> the duties naming it, controls in the order the map first names them. */
function dutiesByControl(duties: readonly Duty[]): Map<string, Duty[]> {
  const byControl = new Map<string, Duty[]>();
  for (const duty of duties) {
    for (const control of duty.controls) {
      const id = oscalControlId(control);
      const list = byControl.get(id);
      if (list === undefined) byControl.set(id, [duty]);
      else if (!list.includes(duty)) list.push(duty);
    }
  }
  return byControl;
}

/** Where a duty falls per provider: provider-wide, then per resource-type scope. */
interface Part {
  readonly cloud: CloudId;
  readonly key: string;
  readonly side: Side;
  readonly what: string;
}

function partsOf(duty: Duty, providers: readonly CloudId[]): Part[] {
  const parts: Part[] = [];
  for (const cloud of providers) {
    const narrowed = duty.scopes.some((scope) => scope.resourceTypes !== undefined && (scope.provider ?? cloud) === cloud);
    parts.push({
      cloud,
      key: "all",
      side: providerSide(duty, cloud),
      what: `all ${narrowed ? "other " : ""}${providerName(cloud)} resources`,
    });
    duty.scopes.forEach((scope, index) => {
      if (scope.resourceTypes === undefined || (scope.provider !== undefined && scope.provider !== cloud)) return;
      const types = scope.resourceTypes.filter(
        (glob) => scope.provider !== undefined || cloudOfType(glob) === cloud || cloudOfType(glob) === undefined,
      );
      if (types.length === 0) return;
      parts.push({ cloud, key: `scope-${index}`, side: scope.side, what: `${types.join(", ")} (${scope.note.trim()})` });
    });
  }
  return parts;
}

/**
 * The RACI people of some duties as OSCAL responsible roles; a third party with a share joins the
 * role its share names (responsible or consulted). The accountable party is always a person.
 */
function raci(ctx: SspContext, duties: readonly Duty[]): Json[] {
  const roles: Json[] = [];
  for (const role of ["accountable", "responsible", "consulted", "informed"] as const) {
    const ids = [...new Set(duties.flatMap((duty) => (role === "accountable" ? [duty.accountable] : duty[role])))];
    const parties = [
      ...new Set(duties.flatMap((duty) => duty.thirdParties.filter((share) => share.raci === role).map((share) => share.party))),
    ];
    const uuids = [...ids.map(ctx.personUuid), ...parties.map(ctx.thirdPartyUuid)];
    if (uuids.length > 0) roles.push({ "role-id": role, "party-uuids": uuids });
  }
  return roles;
}

/** Each third party's share of the control's duties, on that third party's component. */
function thirdPartyByComponents(ctx: SspContext, key: ControlKey, duties: readonly Duty[]): Json[] {
  return ctx.map.thirdParties.flatMap((party) => {
    const shares = duties.flatMap((duty) =>
      duty.thirdParties.filter((share) => share.party === party.id).map((share) => ({ duty, share })),
    );
    if (shares.length === 0) return [];
    const roles = [...new Set(shares.map(({ share }) => share.raci))];
    return [
      {
        "component-uuid": ctx.thirdPartyComponent(party.id),
        uuid: key("by-component", "third-party", party.id),
        description: shares
          .map(
            ({ duty, share }) =>
              `${clean(party.name, party.id)} is ${share.raci} for part of ${duty.title} (${duty.id}): ${clean(share.share, "-")}. ${ctx.personName(duty.accountable)} of ${ctx.org} stays accountable.`,
          )
          .join("\n\n"),
        props: shares.map(({ duty, share }) => prop("third-party-share", share.raci, { group: `duty-${duty.id}` })),
        "implementation-status": { state: "implemented" },
        "responsible-roles": roles.map((role) => ({ "role-id": role, "party-uuids": [ctx.thirdPartyUuid(party.id)] })),
      },
    ];
  });
}

/** A UUID keyed under one control. */
type ControlKey = (...rest: string[]) => string;

interface ProviderExport {
  readonly provided: Json[];
  readonly responsibilities: Json[];
  readonly descriptions: string[];
}

/** A control's duties split by side: what this system inherits and satisfies, and what each provider exports. */
interface ControlSplit {
  readonly inherited: Json[];
  readonly satisfied: Json[];
  /** One paragraph per duty this system carries on some of its scopes. */
  readonly customerParts: string[];
  readonly providerExports: Map<CloudId, ProviderExport>;
}

function implementedRequirement(ctx: SspContext, controlId: string, duties: readonly Duty[]): Json {
  const key: ControlKey = (...rest) => ctx.uuidOf(["control", controlId, ...rest]);
  const split: ControlSplit = { inherited: [], satisfied: [], customerParts: [], providerExports: new Map() };
  for (const duty of duties) splitDuty(ctx, key, duty, split);
  return {
    uuid: key("requirement"),
    "control-id": controlId,
    props: reviewProps(ctx, duties),
    "responsible-roles": raci(ctx, duties),
    "by-components": [
      thisSystemByComponent(ctx, key, duties, split),
      ...providerByComponents(ctx, key, split.providerExports),
      ...thirdPartyByComponents(ctx, key, duties),
    ],
    remarks: duties.map((duty) => `${duty.title} (${duty.id}): ${duty.description.trim()}`).join("\n\n"),
  };
}

/** Files each part of one duty: the customer's as a paragraph, a provider's as an export this system inherits. */
function splitDuty(ctx: SspContext, key: ControlKey, duty: Duty, split: ControlSplit): void {
  const customerScopes: string[] = [];
  for (const part of partsOf(duty, ctx.providers)) {
    if (part.side === "customer") customerScopes.push(part.what);
    else addProviderPart(ctx, key, duty, part, split);
  }
  if (customerScopes.length > 0) {
    split.customerParts.push(
      `${ctx.org} carries ${duty.title} (${duty.id}) for ${customerScopes.join(" and ")}: ${duty.description.trim()}`,
    );
  }
}

/** A provider or shared part: provided by the provider and inherited here; a shared part adds the customer's responsibility, satisfied here. */
function addProviderPart(ctx: SspContext, key: ControlKey, duty: Duty, part: Part, split: ControlSplit): void {
  const exports = split.providerExports.get(part.cloud) ?? { provided: [], responsibilities: [], descriptions: [] };
  split.providerExports.set(part.cloud, exports);
  const providedUuid = key("provided", duty.id, part.cloud, part.key);
  const providerWho = PROVIDER_ORGANIZATIONS[part.cloud];
  const providerRoles = [{ "role-id": "provider", "party-uuids": [ctx.providerOrgUuid(part.cloud)] }];
  exports.provided.push({
    uuid: providedUuid,
    description:
      part.side === "provider"
        ? `${providerWho} carries ${duty.title} (${duty.id}) for ${part.what}.`
        : `${providerWho} carries its part of the shared duty ${duty.title} (${duty.id}) for ${part.what}.`,
    "responsible-roles": providerRoles,
  });
  exports.descriptions.push(`${duty.title} (${duty.id}): ${part.side} for ${part.what}.`);
  split.inherited.push({
    uuid: key("inherited", duty.id, part.cloud, part.key),
    "provided-uuid": providedUuid,
    description: `Inherited from ${providerWho}: ${duty.title} for ${part.what}.`,
    "responsible-roles": providerRoles,
  });
  if (part.side !== "shared") return;
  const responsibilityUuid = key("responsibility", duty.id, part.cloud, part.key);
  exports.responsibilities.push({
    uuid: responsibilityUuid,
    "provided-uuid": providedUuid,
    description: `The customer carries its part of ${duty.title} (${duty.id}) for ${part.what}: ${duty.description.trim()}`,
  });
  split.satisfied.push({
    uuid: key("satisfied", duty.id, part.cloud, part.key),
    "responsibility-uuid": responsibilityUuid,
    description: `${ctx.org} carries its part of ${duty.title} on ${providerName(part.cloud)}, ${part.what}: ${duty.description.trim()}`,
    "responsible-roles": raci(ctx, [duty]),
  });
}

function thisSystemByComponent(ctx: SspContext, key: ControlKey, duties: readonly Duty[], split: ControlSplit): Json {
  return {
    "component-uuid": ctx.thisSystem,
    uuid: key("by-component", "this-system"),
    description:
      split.customerParts.length > 0
        ? split.customerParts.join("\n\n")
        : `${ctx.org} inherits ${duties.map((duty) => duty.title).join(", ")} from its cloud providers.`,
    "implementation-status": implementationStatus(ctx, duties),
    ...(split.inherited.length > 0 ? { inherited: split.inherited } : {}),
    ...(split.satisfied.length > 0 ? { satisfied: split.satisfied } : {}),
    "responsible-roles": raci(ctx, duties),
  };
}

/** Implemented, or partial with each exception in force on the duties as a remark. */
function implementationStatus(ctx: SspContext, duties: readonly Duty[]): Json {
  const exceptions: MapException[] = [];
  for (const duty of duties) {
    for (const exception of activeExceptions(ctx.map, duty, ctx.options)) if (!exceptions.includes(exception)) exceptions.push(exception);
  }
  if (exceptions.length === 0) return { state: "implemented" };
  return {
    state: "partial",
    remarks: exceptions
      .map(
        (exception) =>
          `${exception.id}: ${exception.reason.trim()} Approved by ${ctx.personName(exception.approver)} on ${exception.approved}; expires ${exception.expires}. Applies to ${exception.rule === undefined ? `duty ${exception.duty ?? "?"}` : `rule ${exception.rule}`} on resources matching ${exception.resources}.`,
      )
      .join("\n\n"),
  };
}

function providerByComponents(ctx: SspContext, key: ControlKey, providerExports: ReadonlyMap<CloudId, ProviderExport>): Json[] {
  return ctx.providers.flatMap((cloud) => {
    const exports = providerExports.get(cloud);
    if (exports === undefined) return [];
    return [
      {
        "component-uuid": ctx.providerComponent(cloud),
        uuid: key("by-component", "provider", cloud),
        description: `${PROVIDER_ORGANIZATIONS[cloud]}: ${exports.descriptions.join(" ")}`,
        export: {
          provided: exports.provided,
          ...(exports.responsibilities.length > 0 ? { responsibilities: exports.responsibilities } : {}),
        },
      },
    ];
  });
}

/** Each duty's review and sign-off as namespaced props, grouped per duty. */
function reviewProps(ctx: SspContext, duties: readonly Duty[]): Json[] {
  return duties.flatMap((duty) => {
    const group = `duty-${duty.id}`;
    const due = reviewDue(duty.review.last, duty.review.cadenceDays);
    return [
      prop("duty", duty.id, { group }),
      prop("side", duty.side, { group }),
      prop("review-last", duty.review.last, { group }),
      prop("review-cadence-days", String(duty.review.cadenceDays), { group }),
      prop("review-due", due, { group }),
      prop("review-state", reviewState(due, ctx.options.today), { group }),
      prop("signed-off-by", ctx.personUuid(duty.review.signedOffBy), { group }),
      prop("signed-off-on", duty.review.signedOffOn, { group }),
      prop("sign-off-action", ctx.uuid("action", "sign-off", duty.id), { group }),
      ...duty.thirdParties.map((share) => prop("third-party", ctx.thirdPartyUuid(share.party), { group, class: share.raci })),
      ...(duty.sla?.incidentResponse === undefined ? [] : [prop("sla-incident-response", duty.sla.incidentResponse, { group })]),
      ...(duty.sla?.auditLogsOwner === undefined ? [] : [prop("sla-audit-logs-owner", slaParty(ctx, duty.sla.auditLogsOwner), { group })]),
      ...(duty.sla?.regulatorNotifiedBy === undefined
        ? []
        : [prop("sla-regulator-notified-by", slaParty(ctx, duty.sla.regulatorNotifiedBy), { group })]),
    ];
  });
}

/** An SLA fact's party: "organisation" and "provider" as such, a third party by its party UUID. */
function slaParty(ctx: SspContext, id: string): string {
  return id === SLA_ORGANISATION || id === SLA_PROVIDER ? id : ctx.thirdPartyUuid(id);
}

/** The map's person an owner tag names, by id or by email (case-insensitive). */
export function ownerPerson(map: ResponsibilityMap, owner: string): Person | undefined {
  const value = owner.trim();
  return map.personById.get(value) ?? map.personByEmail.get(value.toLowerCase());
}

export function renderSsp(map: ResponsibilityMap, options: OscalOptions): string {
  return `${JSON.stringify(buildSsp(map, options), null, 2)}\n`;
}

// --- deployed state ---------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function tagValue(tags: unknown, key: string): string | undefined {
  if (!isRecord(tags)) return undefined;
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(tags)) {
    if (name.toLowerCase() === wanted && typeof value === "string") return value;
  }
  return undefined;
}

/**
 * The resources of a `pulumi stack export` (`deployment.resources`) or a checkpoint file
 * (`checkpoint.latest.resources`), without providers, the stack, component resources and resources
 * pending deletion. Returns undefined when the JSON is neither.
 */
export function stateResources(state: unknown, ownerTagKey: string): InventoryResource[] | undefined {
  if (!isRecord(state)) return undefined;
  const deployment = isRecord(state["deployment"])
    ? state["deployment"]
    : isRecord(state["checkpoint"]) && isRecord(state["checkpoint"]["latest"])
      ? state["checkpoint"]["latest"]
      : undefined;
  if (deployment === undefined) return undefined;
  const resources = deployment["resources"] ?? [];
  if (!Array.isArray(resources)) return undefined;
  const out: InventoryResource[] = [];
  for (const resource of resources) {
    if (!isRecord(resource)) continue;
    const { urn, type } = resource;
    if (typeof urn !== "string" || typeof type !== "string") continue;
    if (type.startsWith("pulumi:providers:") || type === "pulumi:pulumi:Stack") continue;
    if (resource["custom"] === false || resource["delete"] === true) continue;
    const outputs = isRecord(resource["outputs"]) ? resource["outputs"] : {};
    const owner = tagValue(outputs["tagsAll"], ownerTagKey) ?? tagValue(outputs["tags"], ownerTagKey);
    out.push(owner === undefined ? { urn, type } : { urn, type, owner });
  }
  return out;
}
