import { cloudOf, isRecord, type ResourceView } from "./resource";
import { AWS } from "./tokens";

/**
 * Reads one tag of a resource the way the cloud applies it. Only the requested key is read, so an
 * unknown value in another tag does not stop the check during preview; an unknown value in this
 * one (or an unknown tag map) throws the SDK's unknown-value error, which is never caught.
 *
 * AWS Auto Scaling groups: their list of `{ key, value }` tags alone.
 * Other AWS resources: `tagsAll` (the provider's Check merges default tags into it) when present, else `tags`
 * merged over the provider's `defaultTags.tags` (provider inputs arrive as JSON strings).
 * Azure: `tags` (azure-native has no provider default tags). Keys match case-insensitively, since
 * `Owner` and `owner` are both common and mean the same to the people reading them.
 */
export function readTag(resource: ResourceView, key: string): unknown {
  let known = readTags.get(resource);
  if (known?.has(key)) return known.get(key);
  const value = readTagOnce(resource, key);
  if (known === undefined) {
    known = new Map();
    readTags.set(resource, known);
  }
  known.set(key, value);
  return value;
}

/**
 * Tags already read, per resource view: the owner and classification tags are read by several
 * rules and again for every finding. A view's props do not change while rules run, and a read that
 * throws (an unknown value) is not remembered, so it throws again for the next rule.
 */
const readTags = new WeakMap<ResourceView, Map<string, unknown>>();

function readTagOnce(resource: ResourceView, key: string): unknown {
  const props = resource.props;
  if (resource.type === AWS.autoscalingGroup) {
    // SDK (autoscaling GroupArgs.tags): a list of `{ key, value, propagateAtLaunch }`, with no
    // `tagsAll`: the provider's default tags do not apply to Auto Scaling groups (COVERAGE-2, correction 5).
    return lookupList(props["tags"], key);
  }
  if (cloudOf(resource.type) === "aws") {
    const tagsAll = props["tagsAll"];
    if (isRecord(tagsAll)) return lookup(tagsAll, key);
    const own = lookup(props["tags"], key);
    if (own !== undefined) return own;
    return lookup(providerDefaultTags(resource), key);
  }
  return lookup(props["tags"], key);
}

function lookupList(tags: unknown, key: string): unknown {
  if (!Array.isArray(tags)) return undefined;
  const wanted = key.toLowerCase();
  for (const tag of tags) {
    if (!isRecord(tag)) continue;
    const candidate = tag["key"];
    if (typeof candidate !== "string" || candidate.toLowerCase() !== wanted) continue;
    const value = tag["value"];
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

function lookup(tags: unknown, key: string): unknown {
  if (!isRecord(tags)) return undefined;
  const wanted = key.toLowerCase();
  for (const candidate of Object.keys(tags)) {
    if (candidate.toLowerCase() === wanted) {
      const value = tags[candidate];
      if (value !== undefined && value !== null && value !== "") return value;
    }
  }
  return undefined;
}

/** The AWS provider's `defaultTags.tags`, parsed from the JSON string the engine sends. */
export function providerDefaultTags(resource: ResourceView): Record<string, unknown> | undefined {
  const provider = resource.provider;
  if (provider === undefined) return undefined;
  let defaultTags: unknown = provider.props["defaultTags"];
  if (typeof defaultTags === "string") {
    try {
      defaultTags = JSON.parse(defaultTags);
    } catch {
      return undefined;
    }
  }
  if (!isRecord(defaultTags)) return undefined;
  const tags = defaultTags["tags"];
  return isRecord(tags) ? tags : undefined;
}

/** True when the resource type carries tags at all (see the generated taggable list). */
export function isTaggable(type: string, taggable: ReadonlySet<string>): boolean {
  return taggable.has(type);
}
