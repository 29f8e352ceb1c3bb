import { TAGGABLE_TYPES } from "../generated/taggable-types";
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
 * `Owner` and `owner` are both common and mean the same to the people reading them. The first
 * match is returned; readTagCandidates gives all of them.
 */
export function readTag(resource: ResourceView, key: string): unknown {
  return readTagCandidates(resource, key)[0]?.value;
}

/** One tag key that matches the wanted key case-insensitively, and its value (not empty). */
export interface TagCandidate {
  readonly key: string;
  readonly value: unknown;
}

/**
 * Every tag whose key matches `key` case-insensitively (`owner` and `Owner` may both be set on
 * AWS, where keys are case-sensitive), in key order, from the one place readTag reads.
 */
export function readTagCandidates(resource: ResourceView, key: string): readonly TagCandidate[] {
  let known = readTags.get(resource);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const candidates = readTagOnce(resource, key);
  if (known === undefined) {
    known = new Map();
    readTags.set(resource, known);
  }
  known.set(key, candidates);
  return candidates;
}

/**
 * Tags already read, per resource view: the owner and classification tags are read by several
 * rules and again for every finding. A view's props do not change while rules run, and a read that
 * throws (an unknown value) is not remembered, so it throws again for the next rule.
 */
const readTags = new WeakMap<ResourceView, Map<string, readonly TagCandidate[]>>();

/** Types whose Args take `tags`, from the SDKs (scripts/gen-taggable.mjs). */
const TAGGABLE = new Set(TAGGABLE_TYPES);

function readTagOnce(resource: ResourceView, key: string): readonly TagCandidate[] {
  const props = resource.props;
  if (resource.type === AWS.autoscalingGroup) {
    // SDK (autoscaling GroupArgs.tags): a list of `{ key, value, propagateAtLaunch }`, with no
    // `tagsAll`: the provider's default tags do not apply to Auto Scaling groups (COVERAGE-2, correction 5).
    return lookupList(props["tags"], key);
  }
  const cloud = cloudOf(resource.type);
  // A type without `tags` in its Args has none in its outputs either (AccessKey, MethodSettings, a
  // SQL TransparentDataEncryption): reading them would read a path neither shape has.
  if (cloud !== "other" && !TAGGABLE.has(resource.type)) {
    return cloud === "aws" ? lookup(providerDefaultTags(resource), key) : [];
  }
  if (cloud === "aws") {
    const tagsAll = props["tagsAll"];
    if (isRecord(tagsAll)) return lookup(tagsAll, key);
    const own = lookup(props["tags"], key);
    if (own.length > 0) return own;
    return lookup(providerDefaultTags(resource), key);
  }
  return lookup(props["tags"], key);
}

/** Lowercases A-Z only: `toLowerCase()` would fold look-alikes (the Kelvin sign) into ASCII. */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

function lookupList(tags: unknown, key: string): readonly TagCandidate[] {
  if (!Array.isArray(tags)) return [];
  const wanted = asciiLowerCase(key);
  const out: TagCandidate[] = [];
  for (const tag of tags) {
    if (!isRecord(tag)) continue;
    const candidate = tag["key"];
    if (typeof candidate !== "string" || asciiLowerCase(candidate) !== wanted) continue;
    const value = tag["value"];
    if (value !== undefined && value !== null && value !== "") out.push({ key: candidate, value });
  }
  return out;
}

function lookup(tags: unknown, key: string): readonly TagCandidate[] {
  if (!isRecord(tags)) return [];
  const wanted = asciiLowerCase(key);
  const out: TagCandidate[] = [];
  for (const candidate of Object.keys(tags)) {
    if (asciiLowerCase(candidate) === wanted) {
      const value = tags[candidate];
      if (value !== undefined && value !== null && value !== "") out.push({ key: candidate, value });
    }
  }
  return out;
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
