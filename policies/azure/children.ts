/**
 * Joins child resources (server parameters, Entra administrators, publishing-credential policies) to
 * their parent. Deployed state holds the provider's outputs, which often lack the parent's names
 * (`resourceGroupName`, `serverName` are inputs only), so a child with an id is joined by the id it
 * nests under first; otherwise as `ParentIndex` does (propertyDependencies, then names).
 */
import type { ConfigurationArgs } from "@pulumi/azure-native/dbforpostgresql";
import type { StackIndex } from "../core/joins";
import type { ResourceView } from "../core/resource";
import { type NameLink, ParentIndex } from "./shared";

/** The id a child id nests under: `<parent id>/<child type>/<child name>`, lowercased. */
function parentIdOf(id: string): string {
  return id.toLowerCase().replace(/\/+$/, "").split("/").slice(0, -2).join("/");
}

export class ChildIndex {
  private readonly parents: ParentIndex;
  private readonly byId = new Map<string, ResourceView>();

  constructor(index: StackIndex, parentTypes: readonly string[], links: readonly NameLink[]) {
    this.parents = new ParentIndex(index, parentTypes, links);
    for (const parent of index.ofType(parentTypes)) {
      if (parent.id) this.byId.set(parent.id.toLowerCase().replace(/\/+$/, ""), parent);
    }
  }

  parentOf(child: ResourceView): ResourceView | undefined {
    const viaId = child.id ? this.byId.get(parentIdOf(child.id)) : undefined;
    return viaId ?? this.parents.parentOf(child);
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
