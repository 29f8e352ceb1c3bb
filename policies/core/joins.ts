import { appendAll } from "./arrays";
import type { ResourceView } from "./resource";

/**
 * Indexes a stack once so stack rules join siblings in linear time. A property of one resource is
 * joined to the resource it refers to through `propertyDependencies` first (works in preview, when
 * the target's id is still unknown), and only then by value against the targets' ids and the
 * given attributes (deployed state, literal names), ignoring case: Azure resource ids are
 * case-insensitive and often written with different case by different resources.
 */
export class StackIndex {
  private static readonly cache = new WeakMap<readonly ResourceView[], StackIndex>();

  /** The index of a stack, built once however many stack rules read the same resources. */
  static of(resources: readonly ResourceView[]): StackIndex {
    let index = StackIndex.cache.get(resources);
    if (index === undefined) {
      index = new StackIndex(resources);
      StackIndex.cache.set(resources, index);
    }
    return index;
  }

  private readonly byUrn = new Map<string, ResourceView>();
  private readonly byType = new Map<string, ResourceView[]>();
  private readonly valueIndexes = new Map<string, Map<string, ResourceView>>();

  constructor(readonly resources: readonly ResourceView[]) {
    for (const resource of resources) {
      this.byUrn.set(resource.urn, resource);
      let list = this.byType.get(resource.type);
      if (list === undefined) {
        list = [];
        this.byType.set(resource.type, list);
      }
      list.push(resource);
    }
  }

  ofType(types: readonly string[]): ResourceView[] {
    const out: ResourceView[] = [];
    for (const type of types) {
      const list = this.byType.get(type);
      if (list) appendAll(out, list);
    }
    return out;
  }

  has(types: readonly string[]): boolean {
    return types.some((type) => (this.byType.get(type)?.length ?? 0) > 0);
  }

  byUrnOf(urn: string): ResourceView | undefined {
    return this.byUrn.get(urn);
  }

  /**
   * The resource of one of `targetTypes` that `from.props[property]` refers to. `attributes` are the
   * target properties a literal reference may name (an S3 bucket is referred to by its `bucket`
   * name; most resources by `id` or `arn`).
   */
  referenced(
    from: ResourceView,
    property: string,
    targetTypes: readonly string[],
    attributes: readonly string[] = ["arn"],
  ): ResourceView | undefined {
    const urns = from.propertyDependencies?.[property];
    if (urns !== undefined && urns.length > 0) {
      for (const urn of urns) {
        const target = this.byUrn.get(urn);
        if (target && targetTypes.includes(target.type)) return target;
      }
      // The value came from other resources, none of them a target: reading it could only throw
      // during preview (it is often unknown then) and cannot name a target.
      return undefined;
    }
    const value = from.props[property];
    if (typeof value !== "string" || value === "") return undefined;
    return this.valueIndex(targetTypes, attributes).get(value.toLowerCase());
  }

  /** The resource of `targetTypes` whose id or one of `attributes` equals `value` (ignoring case). */
  byValue(targetTypes: readonly string[], attributes: readonly string[], value: string): ResourceView | undefined {
    return value === "" ? undefined : this.valueIndex(targetTypes, attributes).get(value.toLowerCase());
  }

  private valueIndex(targetTypes: readonly string[], attributes: readonly string[]): Map<string, ResourceView> {
    const key = `${targetTypes.join(",")}|${attributes.join(",")}`;
    let index = this.valueIndexes.get(key);
    if (index === undefined) {
      index = new Map();
      for (const target of this.ofType(targetTypes)) {
        if (target.id) index.set(target.id.toLowerCase(), target);
        for (const attribute of attributes) {
          const value = target.props[attribute];
          if (typeof value === "string" && value !== "") index.set(value.toLowerCase(), target);
        }
      }
      this.valueIndexes.set(key, index);
    }
    return index;
  }
}
