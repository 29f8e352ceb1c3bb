/**
 * Joins child resources (server parameters, Entra administrators, publishing-credential policies) to
 * their parent, and groups them by parent. Deployed state holds the provider's outputs, which lack
 * the parent's names (`resourceGroupName`, `serverName` are inputs only), so `ParentIndex` joins a
 * child with an id by the id it nests under first; otherwise by propertyDependencies, then names.
 */
import type { ConfigurationArgs } from "@pulumi/azure-native/dbforpostgresql";
import type { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { type NameLink, ParentIndex } from "./arm-ids";

export class ChildIndex {
  private readonly parents: ParentIndex;

  constructor(index: StackIndex, parentTypes: readonly string[], links: readonly NameLink[]) {
    this.parents = new ParentIndex(index, parentTypes, links);
  }

  parentOf(child: ResourceView): ResourceView | undefined {
    return this.parents.parentOf(child);
  }

  /** The resources of `childTypes` whose parent is `parent`, in stack order (see `ParentIndex`). */
  childrenOf(parent: ResourceView, childTypes: readonly string[]): ResourceView[] {
    return this.parents.childrenOf(parent, childTypes);
  }

  /** Children of `childTypes` grouped by the urn of their parent; children without a parent are dropped. */
  group(index: StackIndex, childTypes: readonly string[]): Map<string, ResourceView[]> {
    const groups = new Map<string, ResourceView[]>();
    for (const child of index.ofType(childTypes)) {
      const parent = this.parentOf(child);
      if (parent === undefined) continue;
      const list = groups.get(parent.urn);
      if (list) list.push(child);
      else groups.set(parent.urn, [child]);
    }
    return groups;
  }
}

/**
 * The server parameters (dbforpostgresql/dbformysql `Configuration`) set for each server, keyed by
 * server urn and then by lowercased parameter name (`configurationName` in Args, `name` in deployed
 * outputs).
 */
export function serverParameters(
  index: StackIndex,
  serverTypes: readonly string[],
  configurationTypes: readonly string[],
): Map<string, Map<string, ResourceView>> {
  const servers = new ChildIndex(index, serverTypes, [{ property: "serverName", attribute: "serverName" }]);
  const out = new Map<string, Map<string, ResourceView>>();
  for (const [serverUrn, configurations] of servers.group(index, configurationTypes)) {
    const byName = new Map<string, ResourceView>();
    for (const configuration of configurations) {
      // Args name the parameter `configurationName`; deployed outputs (the resource has an id) `name`.
      const name = configuration.id
        ? configuration.props["name"]
        : (configuration.props as Pick<ConfigurationArgs, "configurationName">).configurationName;
      if (typeof name === "string") byName.set(name.toLowerCase(), configuration);
    }
    out.set(serverUrn, byName);
  }
  return out;
}

/** A server parameter's value, trimmed; undefined when the parameter is not set (the server default applies). */
export function parameterValue(parameters: ReadonlyMap<string, ResourceView> | undefined, name: string): string | undefined {
  const configuration = parameters?.get(name);
  if (configuration === undefined) return undefined;
  const { value } = configuration.props as Pick<ConfigurationArgs, "value">;
  return typeof value === "string" ? value.trim() : undefined;
}
