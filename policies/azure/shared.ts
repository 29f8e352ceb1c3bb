/**
 * Joins Azure rules share. Azure ids are case-insensitive, and child resources (a TDE setting, an
 * auditing policy, a server parameter) name their parent by resource group plus names rather than
 * by id, so both joins are keyed on lowercased values.
 */

import type { ResponsibilityMap } from "../../responsibility-map/model";
import { cmkFail, cmkNotRequired, customerManagedKeyRequired } from "../core/classification";
import type { StackIndex } from "../core/joins";
import { valueClause } from "../core/message";
import { isRecord, type ResourceView } from "../core/resource";
import { type CheckResult, notApplicable, pass } from "../core/rule";

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

/** A link from a child property to the parent property holding the same name. */
export interface NameLink {
  readonly property: string;
  readonly attribute: string;
}

/**
 * Finds parents by resource group plus names, e.g. a database by (resourceGroupName, serverName,
 * databaseName). Parents are keyed by their deployed id and by their own name properties.
 */
export class ParentIndex {
  private readonly byKey = new Map<string, ResourceView>();

  constructor(
    private readonly index: StackIndex,
    readonly parentTypes: readonly string[],
    private readonly links: readonly NameLink[],
  ) {
    for (const parent of index.ofType(parentTypes)) {
      // A parent with an id is deployed: its outputs carry no path parameters (`resourceGroupName`,
      // `serverName`: Args only in the SDK), so its names come from the id alone.
      if (parent.id) {
        const fromId = idNames(parent.id);
        if (fromId && fromId.length === links.length + 1) this.byKey.set(fromId.join("/"), parent);
        continue;
      }
      const own = links.map((link, i) => {
        const value = parent.props[link.attribute];
        return value === undefined && i === links.length - 1 ? parent.props["name"] : value;
      });
      const key = keyOf([parent.props["resourceGroupName"], ...own]);
      if (key !== undefined) this.byKey.set(key, parent);
    }
  }

  /**
   * The parent of `child`: through the last link's propertyDependencies first, then by the names
   * its id nests under (deployed: no path parameters in the outputs), else by its name properties.
   */
  parentOf(child: ResourceView): ResourceView | undefined {
    const last = this.links[this.links.length - 1];
    if (last === undefined) return undefined;
    const viaDependency = dependencyTarget(this.index, child, last.property, this.parentTypes);
    if (viaDependency !== null) return viaDependency;
    if (child.id) {
      const fromId = idNames(child.id);
      return fromId && fromId.length > this.links.length + 1 ? this.byKey.get(fromId.slice(0, this.links.length + 1).join("/")) : undefined;
    }
    const key = keyOf([child.props["resourceGroupName"], ...this.links.map((link) => child.props[link.property])]);
    return key === undefined ? undefined : this.byKey.get(key);
  }
}

/**
 * Finds the resource an id-valued property refers to: through propertyDependencies first (preview),
 * then by the deployed id, case-insensitively. `read` returns the id value (it may be nested, e.g.
 * `properties.sourceResourceId`); it is only called when no dependency is recorded. A storage
 * service sub-resource id (`<account id>/blobServices/default`) refers to its account.
 */
export class IdIndex {
  private readonly byId = new Map<string, ResourceView>();

  constructor(
    private readonly index: StackIndex,
    readonly targetTypes: readonly string[],
  ) {
    for (const target of index.ofType(targetTypes)) {
      if (target.id) this.byId.set(target.id.toLowerCase(), target);
    }
  }

  referenced(from: ResourceView, property: string, read: () => unknown = () => from.props[property]): ResourceView | undefined {
    const viaDependency = dependencyTarget(this.index, from, property, this.targetTypes);
    if (viaDependency !== null) return viaDependency;
    const value = read();
    if (typeof value !== "string" || value === "") return undefined;
    const id = value.toLowerCase().replace(/\/+$/, "");
    return this.byId.get(id) ?? this.byId.get(id.replace(/\/(blob|file|queue|table)services\/default$/, ""));
  }
}

/**
 * The check both flexible-server CMK rules make (PostgreSQL and MySQL share the `dataEncryption`
 * shape): `dataEncryption.type` must be AzureKeyVault when a customer-managed key is required.
 * `unsetDefault` is what Azure uses when the type is not set, as each service names it.
 */
export function flexibleServerCmkCheck(
  server: ResourceView,
  ctx: { readonly map: ResponsibilityMap; readonly config: { readonly requireCustomerManagedKey: boolean } },
  unsetDefault: string,
): CheckResult {
  const required = customerManagedKeyRequired(server, ctx);
  if (!required.value) return notApplicable(cmkNotRequired(required, "The rule's options do not require a customer-managed key"));
  const dataEncryption = server.props["dataEncryption"];
  const type = isRecord(dataEncryption) ? dataEncryption["type"] : undefined;
  if (type === "AzureKeyVault") return pass;
  return cmkFail(
    required,
    type === undefined
      ? `The server uses Microsoft-managed keys: \`dataEncryption.type\` is not set, and Azure then uses ${unsetDefault}`
      : `The server uses Microsoft-managed keys: \`dataEncryption.type\` ${valueClause(type, ["AzureKeyVault", unsetDefault], "data encryption type")}`,
  );
}
