/**
 * The responsibility map as an OSCAL 1.2.2 System Security Plan (JSON), in the shape of NIST's
 * leveraged/leveraging-authorization examples: each cloud provider is a leveraged `service`
 * component that exports what it `provided` (and, for shared duties, the `responsibilities` it leaves
 * to the customer); this system `inherited` the provided part and `satisfied` the responsibilities.
 * Every UUID is a v5 UUID of a stable key, and the only date is `now`: same map, same document.
 */
import { createHash } from "node:crypto";
import type { CloudId, Duty, MapException, Person, ResponsibilityMap, Side } from "../../responsibility-map/model";
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

export function buildSsp(map: ResponsibilityMap, options: OscalOptions): Json {
  const org = clean(map.settings.organization, "The organisation");
  const uuidOf = (key: readonly string[]) => uuidV5([org, ...key].join("\u0000"), PROJECT_NAMESPACE);
  const uuid = (...key: string[]) => uuidOf(key);
  const prop = (name: string, value: string, extra: Json = {}): Json => ({ name, ns: OSCAL_NS, value: clean(value, "-"), ...extra });
  const personUuid = (id: string) => uuid("party", "person", id);
  const personName = (id: string) => map.personById.get(id)?.name ?? id;

  const orgUuid = uuid("party", "organization");
  const providerOrgUuid = (cloud: CloudId) => uuid("party", "provider", cloud);
  const thisSystem = uuid("component", "this-system");
  const providerComponent = (cloud: CloudId) => uuid("component", "provider", cloud);
  const providers = map.settings.providers;

  // --- metadata -------------------------------------------------------------------------------
  const party = (person: Person): Json => ({
    uuid: personUuid(person.id),
    type: "person",
    name: clean(person.name, person.id),
    props: [
      { name: "job-title", value: clean(person.role, "-") },
      prop("person-id", person.id),
      prop("status", person.status),
      ...(person.departed === undefined ? [] : [prop("departed", person.departed)]),
    ],
    "email-addresses": [person.email],
    "member-of-organizations": [orgUuid],
  });
  const parties: Json[] = [
    { uuid: orgUuid, type: "organization", name: org },
    ...providers.map((cloud) => ({ uuid: providerOrgUuid(cloud), type: "organization", name: PROVIDER_ORGANIZATIONS[cloud] })),
    ...map.people.map(party),
  ];
  const actions: Json[] = map.duties.map((duty) => ({
    uuid: uuid("action", "sign-off", duty.id),
    date: `${duty.review.signedOffOn}T00:00:00Z`,
    type: "approval",
    system: OSCAL_NS,
    props: [prop("duty", duty.id), prop("review-last", duty.review.last)],
    "responsible-parties": [{ "role-id": "approver", "party-uuids": [personUuid(duty.review.signedOffBy)] }],
    remarks: `${personName(duty.review.signedOffBy)} signed off the review of ${duty.title} (${duty.id}) held on ${duty.review.last}.`,
  }));
  const lastSignOff =
    map.duties
      .map((duty) => duty.review.signedOffOn)
      .sort()
      .at(-1) ?? "";

  // --- control implementation -----------------------------------------------------------------
  const raci = (duties: readonly Duty[]): Json[] => {
    const roles: Json[] = [];
    for (const role of ["accountable", "responsible", "consulted", "informed"] as const) {
      const ids = [...new Set(duties.flatMap((duty) => (role === "accountable" ? [duty.accountable] : duty[role])))];
      if (ids.length > 0) roles.push({ "role-id": role, "party-uuids": ids.map(personUuid) });
    }
    return roles;
  };

  /** Where a duty falls per provider: provider-wide, then per resource-type scope. */
  interface Part {
    readonly cloud: CloudId;
    readonly key: string;
    readonly side: Side;
    readonly what: string;
  }
  const partsOf = (duty: Duty): Part[] => {
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
  };

  const controlIds: string[] = [];
  const dutiesByControl = new Map<string, Duty[]>();
  for (const duty of map.duties) {
    for (const control of duty.controls) {
      const id = oscalControlId(control);
      const list = dutiesByControl.get(id);
      if (list === undefined) {
        dutiesByControl.set(id, [duty]);
        controlIds.push(id);
      } else if (!list.includes(duty)) list.push(duty);
    }
  }

  const implementedRequirements = controlIds.map((controlId) => {
    const duties = dutiesByControl.get(controlId) ?? [];
    const key = (...rest: string[]) => uuidOf(["control", controlId, ...rest]);
    const inherited: Json[] = [];
    const satisfied: Json[] = [];
    const customerParts: string[] = [];
    const providerEntries = new Map<CloudId, { provided: Json[]; responsibilities: Json[]; descriptions: string[] }>();
    const exceptions: MapException[] = [];

    for (const duty of duties) {
      for (const exception of activeExceptions(map, duty, options)) if (!exceptions.includes(exception)) exceptions.push(exception);
      const customerScopes: string[] = [];
      for (const part of partsOf(duty)) {
        const where = `${providerName(part.cloud)}, ${part.what}`;
        if (part.side === "customer") {
          customerScopes.push(part.what);
          continue;
        }
        const entries = providerEntries.get(part.cloud) ?? { provided: [], responsibilities: [], descriptions: [] };
        providerEntries.set(part.cloud, entries);
        const providedUuid = key("provided", duty.id, part.cloud, part.key);
        const providerWho = PROVIDER_ORGANIZATIONS[part.cloud];
        entries.provided.push({
          uuid: providedUuid,
          description:
            part.side === "provider"
              ? `${providerWho} carries ${duty.title} (${duty.id}) for ${part.what}.`
              : `${providerWho} carries its part of the shared duty ${duty.title} (${duty.id}) for ${part.what}.`,
          "responsible-roles": [{ "role-id": "provider", "party-uuids": [providerOrgUuid(part.cloud)] }],
        });
        entries.descriptions.push(`${duty.title} (${duty.id}): ${part.side} for ${part.what}.`);
        inherited.push({
          uuid: key("inherited", duty.id, part.cloud, part.key),
          "provided-uuid": providedUuid,
          description: `Inherited from ${providerWho}: ${duty.title} for ${part.what}.`,
          "responsible-roles": [{ "role-id": "provider", "party-uuids": [providerOrgUuid(part.cloud)] }],
        });
        if (part.side === "shared") {
          const responsibilityUuid = key("responsibility", duty.id, part.cloud, part.key);
          entries.responsibilities.push({
            uuid: responsibilityUuid,
            "provided-uuid": providedUuid,
            description: `The customer carries its part of ${duty.title} (${duty.id}) for ${part.what}: ${duty.description.trim()}`,
          });
          satisfied.push({
            uuid: key("satisfied", duty.id, part.cloud, part.key),
            "responsibility-uuid": responsibilityUuid,
            description: `${org} carries its part of ${duty.title} on ${where}: ${duty.description.trim()}`,
            "responsible-roles": raci([duty]),
          });
        }
      }
      if (customerScopes.length > 0) {
        customerParts.push(`${org} carries ${duty.title} (${duty.id}) for ${customerScopes.join(" and ")}: ${duty.description.trim()}`);
      }
    }

    const status: Json =
      exceptions.length === 0
        ? { state: "implemented" }
        : {
            state: "partial",
            remarks: exceptions
              .map(
                (exception) =>
                  `${exception.id}: ${exception.reason.trim()} Approved by ${personName(exception.approver)} on ${exception.approved}; expires ${exception.expires}. Applies to ${exception.rule === undefined ? `duty ${exception.duty ?? "?"}` : `rule ${exception.rule}`} on resources matching ${exception.resources}.`,
              )
              .join("\n\n"),
          };
    const thisSystemEntry: Json = {
      "component-uuid": thisSystem,
      uuid: key("by-component", "this-system"),
      description:
        customerParts.length > 0
          ? customerParts.join("\n\n")
          : `${org} inherits ${duties.map((duty) => duty.title).join(", ")} from its cloud providers.`,
      "implementation-status": status,
      ...(inherited.length > 0 ? { inherited } : {}),
      ...(satisfied.length > 0 ? { satisfied } : {}),
      "responsible-roles": raci(duties),
    };
    const providerByComponents = providers.flatMap((cloud) => {
      const entries = providerEntries.get(cloud);
      if (entries === undefined) return [];
      return [
        {
          "component-uuid": providerComponent(cloud),
          uuid: key("by-component", "provider", cloud),
          description: `${PROVIDER_ORGANIZATIONS[cloud]}: ${entries.descriptions.join(" ")}`,
          export: {
            provided: entries.provided,
            ...(entries.responsibilities.length > 0 ? { responsibilities: entries.responsibilities } : {}),
          },
        },
      ];
    });

    const props: Json[] = [];
    for (const duty of duties) {
      const group = `duty-${duty.id}`;
      const due = reviewDue(duty.review.last, duty.review.cadenceDays);
      props.push(
        prop("duty", duty.id, { group }),
        prop("side", duty.side, { group }),
        prop("review-last", duty.review.last, { group }),
        prop("review-cadence-days", String(duty.review.cadenceDays), { group }),
        prop("review-due", due, { group }),
        prop("review-state", reviewState(due, options.today), { group }),
        prop("signed-off-by", personUuid(duty.review.signedOffBy), { group }),
        prop("signed-off-on", duty.review.signedOffOn, { group }),
        prop("sign-off-action", uuid("action", "sign-off", duty.id), { group }),
      );
    }
    return {
      uuid: key("requirement"),
      "control-id": controlId,
      props,
      "responsible-roles": raci(duties),
      "by-components": [thisSystemEntry, ...providerByComponents],
      remarks: duties.map((duty) => `${duty.title} (${duty.id}): ${duty.description.trim()}`).join("\n\n"),
    };
  });

  // --- components and inventory ---------------------------------------------------------------
  const components: Json[] = [
    {
      uuid: thisSystem,
      type: "this-system",
      title: `${org} cloud estate`,
      description: `The resources ${org} deploys with Pulumi on ${providers.map(providerName).join(" and ")}, governed by the responsibility map.`,
      props: [{ name: "implementation-point", value: "internal" }],
      status: { state: "operational" },
    },
    ...providers.map((cloud) => ({
      uuid: providerComponent(cloud),
      type: "service",
      title: PROVIDER_ORGANIZATIONS[cloud],
      description: `The ${PROVIDER_ORGANIZATIONS[cloud]} cloud platform; ${org} inherits the provider side of the shared-responsibility model from it.`,
      props: [{ name: "implementation-point", value: "external" }, prop("provider", cloud)],
      status: { state: "operational" },
      "responsible-roles": [{ "role-id": "provider", "party-uuids": [providerOrgUuid(cloud)] }],
    })),
  ];

  const inventory = [...new Map((options.resources ?? []).map((resource) => [resource.urn, resource])).values()]
    .sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0))
    .map((resource) => {
      const cloud = cloudOfType(resource.type);
      const owner = resource.owner === undefined ? undefined : ownerPerson(map, resource.owner);
      const item: Json = {
        uuid: uuid("inventory-item", resource.urn),
        description: `${resource.type} resource managed by Pulumi.`,
        props: [{ name: "asset-id", value: clean(resource.urn, "-") }, prop("resource-type", resource.type)],
        ...(owner === undefined ? {} : { "responsible-parties": [{ "role-id": "asset-owner", "party-uuids": [personUuid(owner.id)] }] }),
        "implemented-components": [
          { "component-uuid": cloud !== undefined && providers.includes(cloud) ? providerComponent(cloud) : thisSystem },
        ],
      };
      if (owner === undefined) {
        item["remarks"] =
          resource.owner === undefined ? "The resource has no owner tag." : "The owner tag names no person in the responsibility map.";
      } else if (owner.status === "departed") {
        item["remarks"] = `The owner, ${owner.name}, departed on ${owner.departed ?? "?"}.`;
      }
      return item;
    });

  // Each classification level is an information type; what it requires of resources are namespaced props.
  const classification = map.classification;
  const levelInformationTypes: Json[] = (classification?.levels ?? []).map((level) => {
    const requirements = level.requirements;
    const props: Json[] = [prop("classification-level", level.id), prop("classification-tag", classification?.tagKey ?? "")];
    if (level.id === classification?.default) props.push(prop("classification-default", "true"));
    if (requirements.customerManagedKey !== undefined)
      props.push(prop("requires-customer-managed-key", String(requirements.customerManagedKey)));
    if (requirements.minBackupRetentionDays !== undefined) {
      props.push(prop("min-backup-retention-days", String(requirements.minBackupRetentionDays)));
    }
    if (requirements.minLogRetentionDays !== undefined)
      props.push(prop("min-log-retention-days", String(requirements.minLogRetentionDays)));
    if (requirements.deletionProtection !== undefined)
      props.push(prop("requires-deletion-protection", String(requirements.deletionProtection)));
    if (requirements.mfaDelete !== undefined) props.push(prop("requires-mfa-delete", String(requirements.mfaDelete)));
    return {
      uuid: uuid("information-type", "classification", level.id),
      title: `${clean(level.title, level.id)} data`,
      description: clean(level.description, "-"),
      props,
    };
  });

  return {
    "system-security-plan": {
      uuid: uuid("system-security-plan"),
      metadata: {
        title: `${org}: shared-responsibility system security plan`,
        "last-modified": `${options.today}T00:00:00Z`,
        version: lastSignOff === "" ? "1" : lastSignOff,
        "oscal-version": OSCAL_VERSION,
        roles: ROLES.map((role) => ({ ...role })),
        parties,
        "responsible-parties": [{ "role-id": "provider", "party-uuids": providers.map(providerOrgUuid) }],
        actions,
        remarks: "Generated from the responsibility map by `shared-responsibility oscal`; edit the map, not this file.",
      },
      "import-profile": { href: CATALOG_HREF },
      "system-characteristics": {
        "system-ids": [{ "identifier-type": "https://ietf.org/rfc/rfc4122", id: uuid("system") }],
        "system-name": `${org} cloud estate`,
        description: `Cloud resources ${org} deploys with Pulumi on ${providers.map(providerName).join(" and ")}. The split of duties between ${org} and each provider, and the people who carry them, come from the responsibility map.`,
        "system-information": {
          "information-types": [
            {
              uuid: uuid("information-type", "workload"),
              title: "Workload data",
              description:
                "Data stored and processed by the workloads deployed on the cloud estate; categorise it in the system's own SSP.",
            },
            ...levelInformationTypes,
          ],
        },
        status: { state: "operational" },
        "authorization-boundary": {
          description: `The Pulumi stacks of ${org} on ${providers.map(providerName).join(" and ")}; the providers' platforms are leveraged services outside the boundary.`,
        },
      },
      "system-implementation": {
        components,
        ...(inventory.length > 0 ? { "inventory-items": inventory } : {}),
      },
      "control-implementation": {
        description: `How ${org} and its cloud providers meet the NIST SP 800-53 r5 controls of each duty in the responsibility map. Review and sign-off of each duty are props in the ${OSCAL_NS} namespace and approval actions in the metadata.`,
        "implemented-requirements": implementedRequirements,
      },
    },
  };
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
