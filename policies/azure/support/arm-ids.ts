/**
 * Joins Azure rules share. Azure ids are case-insensitive, and child resources (a TDE setting, an
 * auditing policy, a server parameter) name their parent by resource group plus names rather than
 * by id, so both joins are keyed on lowercased values. Deployed outputs carry no path parameters
 * (`resourceGroupName`, `serverName`, `accountName`, `resourceUri`...: they live only in the ARM
 * id), so every join also works from the ids alone.
 */

import type { Key, KeyArgs } from "@pulumi/azure-native/keyvault";
import type { DatabaseArgs } from "@pulumi/azure-native/sql";
import type { StackIndex } from "../../core/joins";
import { isRecord, type ResourceView } from "../../core/resource";
import { AZURE } from "../../core/tokens";

/** The resource group and resource names of an Azure resource id, lowercased. */
export function idNames(id: string): string[] | undefined {
  const parts = id.split("/").filter((part) => part !== "");
  const group = parts.findIndex((part) => part.toLowerCase() === "resourcegroups");
  const providers = parts.findIndex((part) => part.toLowerCase() === "providers");
  if (group < 0 || providers < 0 || parts[group + 1] === undefined) return undefined;
  const names: string[] = [(parts[group + 1] ?? "").toLowerCase()];
  // After `providers/<Namespace>` come `<type>/<name>` pairs.
  for (let i = providers + 3; i < parts.length; i += 2) names.push((parts[i] ?? "").toLowerCase());
  return names;
}

function keyOf(values: readonly unknown[]): string | undefined {
  if (!values.every((value) => typeof value === "string" && value !== "")) return undefined;
  return values.map((value) => (value as string).toLowerCase()).join("/");
}

/** The target a property's propertyDependencies point at, without reading the (maybe unknown) value. */
function dependencyTarget(
  index: StackIndex,
  from: ResourceView,
  property: string,
  targetTypes: readonly string[],
): ResourceView | undefined | null {
  const urns = from.propertyDependencies?.[property];
  if (urns === undefined || urns.length === 0) return null;
  for (const urn of urns) {
    const target = index.byUrnOf(urn);
    if (target && targetTypes.includes(target.type)) return target;
  }
  return undefined;
}

/** An ARM id as joins compare it: lowercased, without a trailing slash. */
export function normalId(id: string): string {
  return id.toLowerCase().replace(/\/+$/, "");
}

/** The id a child id nests under: `<parent id>/<child type>/<child name>`, lowercased. */
export function parentIdOf(id: string): string {
  return normalId(id).split("/").slice(0, -2).join("/");
}

/**
 * The resource an extension resource (a diagnostic setting, a lock) is attached to, from the
 * extension's own id: `<scope id>/providers/Microsoft.Insights/diagnosticSettings/<name>`.
 */
export function extensionScopeOf(id: string | undefined, namespace: string, type: string): string | undefined {
  if (id === undefined) return undefined;
  const marker = `/providers/${namespace}/${type}/`.toLowerCase();
  const normal = normalId(id);
  const at = normal.lastIndexOf(marker);
  return at > 0 ? normal.slice(0, at) : undefined;
}

/** A link from a child property to the parent property holding the same name. */
export interface NameLink {
  readonly property: string;
  readonly attribute: string;
}

/**
 * Finds parents by resource group plus names, e.g. a database by (resourceGroupName, serverName,
 * databaseName). Parents are keyed by their deployed id and by their own name properties.
 *
 * Reads are lazy, so a rule judging each parent with `judgeEach` reads a value only when a verdict
 * needs it: the parents' names only when a child joins by names, and a child's names only when it
 * has no id and no propertyDependency to join by. An unknown name then leaves undecided the parents
 * whose children are looked up, not the whole stack.
 */
export class ParentIndex {
  private byKey: Map<string, ResourceView> | undefined;
  private readonly byId = new Map<string, ResourceView>();
  private readonly joined = new Map<string, ResourceView | undefined>();

  constructor(
    private readonly index: StackIndex,
    readonly parentTypes: readonly string[],
    private readonly links: readonly NameLink[],
  ) {
    for (const parent of index.ofType(parentTypes)) if (parent.id) this.byId.set(normalId(parent.id), parent);
  }

  private keys(): Map<string, ResourceView> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, ResourceView>();
    for (const parent of this.index.ofType(this.parentTypes)) {
      // A parent with an id is deployed: its outputs carry no path parameters (`resourceGroupName`,
      // `serverName`: Args only in the SDK), so its names come from the id alone.
      if (parent.id) {
        const fromId = idNames(parent.id);
        if (fromId && fromId.length === this.links.length + 1) byKey.set(fromId.join("/"), parent);
        continue;
      }
      const own = this.links.map((link, i) => {
        const value = parent.props[link.attribute];
        return value === undefined && i === this.links.length - 1 ? parent.props["name"] : value;
      });
      const key = keyOf([parent.props["resourceGroupName"], ...own]);
      if (key !== undefined) byKey.set(key, parent);
    }
    this.byKey = byKey;
    return byKey;
  }

  /**
   * The parent of `child`: by the id the child's deployed id nests under first (deployed outputs
   * have no names to join on), then through the last link's propertyDependencies, then by names.
   */
  parentOf(child: ResourceView): ResourceView | undefined {
    if (this.joined.has(child.urn)) return this.joined.get(child.urn);
    const parent = this.join(child);
    this.joined.set(child.urn, parent);
    return parent;
  }

  /** The resources of `childTypes` whose parent is `parent`, in stack order. */
  childrenOf(parent: ResourceView, childTypes: readonly string[]): ResourceView[] {
    return this.index.ofType(childTypes).filter((child) => this.parentOf(child) === parent);
  }

  private join(child: ResourceView): ResourceView | undefined {
    const viaId = child.id ? this.byId.get(parentIdOf(child.id)) : undefined;
    if (viaId) return viaId;
    const last = this.links[this.links.length - 1];
    if (last === undefined) return undefined;
    const viaDependency = dependencyTarget(this.index, child, last.property, this.parentTypes);
    if (viaDependency !== null) return viaDependency;
    if (child.id) {
      const fromId = idNames(child.id);
      return fromId && fromId.length > this.links.length + 1
        ? this.keys().get(fromId.slice(0, this.links.length + 1).join("/"))
        : undefined;
    }
    const key = keyOf([child.props["resourceGroupName"], ...this.links.map((link) => child.props[link.property])]);
    return key === undefined ? undefined : this.keys().get(key);
  }
}

/**
 * The ARM type and the input properties that hold a resource's names, in the order its id lists
 * them (the SDK's Args: `vaultName`, `accountName`, `serverName` + `databaseName`...).
 */
const ARM_NAMES: Readonly<Record<string, { readonly type: string; readonly names: readonly string[] }>> = {
  [AZURE.keyVault]: { type: "microsoft.keyvault/vaults", names: ["vaultName"] },
  [AZURE.storageAccount]: { type: "microsoft.storage/storageaccounts", names: ["accountName"] },
  [AZURE.sqlServer]: { type: "microsoft.sql/servers", names: ["serverName"] },
  [AZURE.sqlDatabase]: { type: "microsoft.sql/servers/databases", names: ["serverName", "databaseName"] },
  [AZURE.aksManagedCluster]: { type: "microsoft.containerservice/managedclusters", names: ["resourceName"] },
  [AZURE.webApp]: { type: "microsoft.web/sites", names: ["name"] },
  [AZURE.postgresServer]: { type: "microsoft.dbforpostgresql/flexibleservers", names: ["serverName"] },
  [AZURE.mysqlServer]: { type: "microsoft.dbformysql/flexibleservers", names: ["serverName"] },
  [AZURE.cosmosDbAccount]: { type: "microsoft.documentdb/databaseaccounts", names: ["accountName"] },
  [AZURE.recoveryServicesVault]: { type: "microsoft.recoveryservices/vaults", names: ["vaultName"] },
  [AZURE.computeVirtualMachine]: { type: "microsoft.compute/virtualmachines", names: ["vmName"] },
};

/** `<namespace>/<type>[/<type>...]/<resource group>/<name>[/<name>...]` of a lowercased ARM id. */
function armKeyOf(id: string): string | undefined {
  const parts = id.split("/").filter((part) => part !== "");
  const group = parts.indexOf("resourcegroups");
  const providers = parts.indexOf("providers");
  const rg = parts[group + 1];
  const namespace = parts[providers + 1];
  if (group < 0 || providers < 0 || rg === undefined || namespace === undefined) return undefined;
  const types: string[] = [namespace];
  const names: string[] = [];
  for (let i = providers + 2; i + 1 < parts.length; i += 2) {
    types.push(parts[i] ?? "");
    names.push(parts[i + 1] ?? "");
  }
  return [types.join("/"), rg, ...names].join("/");
}

/**
 * Finds the resource an id-valued property refers to: through propertyDependencies first (preview),
 * then by the deployed id, case-insensitively. `read` returns the id value (it may be nested, e.g.
 * `properties.sourceResourceId`); it is only called when no dependency is recorded. A storage
 * service sub-resource id (`<account id>/blobServices/default`) refers to its account.
 */
export class IdIndex {
  private readonly byId = new Map<string, ResourceView>();
  private byNames: Map<string, ResourceView> | undefined;

  constructor(
    private readonly index: StackIndex,
    readonly targetTypes: readonly string[],
  ) {
    for (const target of index.ofType(targetTypes)) {
      if (target.id) this.byId.set(normalId(target.id), target);
    }
  }

  /**
   * Targets keyed by ARM type, resource group and names taken from their inputs, for a literal id
   * naming a resource the same program creates (no id yet in preview). Built on the first literal
   * id that names no deployed target, so a stack that never needs it never reads these props.
   */
  private namesIndex(): Map<string, ResourceView> {
    if (this.byNames) return this.byNames;
    // Kept only once complete: a target name unknown at preview throws, and the next lookup retries.
    const byNames = new Map<string, ResourceView>();
    for (const target of this.index.ofType(this.targetTypes)) {
      const arm = ARM_NAMES[target.type];
      // A target with an id is deployed and already keyed by it; its outputs have no path parameters.
      if (arm === undefined || target.id) continue;
      const key = keyOf([arm.type, target.props["resourceGroupName"], ...arm.names.map((name) => target.props[name])]);
      if (key !== undefined) byNames.set(key, target);
    }
    this.byNames = byNames;
    return byNames;
  }

  referenced(from: ResourceView, property: string, read: () => unknown = () => from.props[property]): ResourceView | undefined {
    const viaDependency = dependencyTarget(this.index, from, property, this.targetTypes);
    if (viaDependency !== null) return viaDependency;
    const value = read();
    if (typeof value !== "string" || value === "") return undefined;
    return this.byIdValue(value);
  }

  /**
   * The target an id names (case-insensitively); a storage service sub-resource id
   * (`<account id>/blobServices/default`) names its account, and a SQL server's `master` database
   * (`<server id>/databases/master`) its server: the SDK sends server-level diagnostics there
   * (ServerBlobAuditingPolicy: "for server level audit you should use the 'master' database").
   */
  byIdValue(value: string): ResourceView | undefined {
    const id = normalId(value);
    const candidates = [id, id.replace(/\/(blob|file|queue|table)services\/default$/, ""), id.replace(/\/databases\/master$/, "")];
    for (const candidate of candidates) {
      const target = this.byId.get(candidate);
      if (target) return target;
    }
    for (const candidate of candidates) {
      const key = armKeyOf(candidate);
      const target = key === undefined ? undefined : this.namesIndex().get(key);
      if (target) return target;
    }
    return undefined;
  }
}

/**
 * Whether an Azure SQL database is a secondary replica, which takes no backups of its own. Inputs
 * say so by `createMode` (Secondary, OnlineSecondary) or `secondaryType`; deployed outputs carry no
 * `createMode` (input only), only `secondaryType` ("The secondary type of the database if it is a
 * secondary. Valid values are Geo, Named and Standby", SDK).
 */
export function isSecondaryDatabase(database: ResourceView): boolean {
  const { createMode, secondaryType } = database.props as Pick<DatabaseArgs, "createMode" | "secondaryType">;
  if (createMode === "Secondary" || createMode === "OnlineSecondary") return true;
  return typeof secondaryType === "string" && secondaryType !== "";
}

/**
 * A Key Vault key's attributes and rotation policy in either shape: inputs nest them in
 * `properties` (KeyArgs), deployed outputs hold them at the top level (the Key class declares
 * `attributes` and `rotationPolicy` outputs, and no `properties`).
 */
export function keySettings(key: ResourceView): { readonly attributes: unknown; readonly rotationPolicy: unknown } {
  // A key with an id is deployed (outputs); one without is inputs, which have only `properties`.
  if (key.id === undefined) {
    const { properties } = key.props as Pick<KeyArgs, "properties">;
    return isRecord(properties)
      ? { attributes: properties["attributes"], rotationPolicy: properties["rotationPolicy"] }
      : { attributes: undefined, rotationPolicy: undefined };
  }
  const { attributes, rotationPolicy } = key.props as Pick<Key, "attributes" | "rotationPolicy">;
  return { attributes, rotationPolicy };
}
