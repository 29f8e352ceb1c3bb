/**
 * The two shapes of a resource, generated from the provider SDKs' declarations by
 * scripts/gen-shapes.mjs: the preview shape (`<Class>Args`, what Analyze receives) and the deployed
 * shape (the class's outputs, what AnalyzeStack and the audit read). Tests use them to record the
 * paths a rule reads against the shape it reads, and to build a test case's deployed form.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { canonicalType, isRecord } from "../../policies/core/resource";
import { UNKNOWN } from "../engine/harness";
import { ARM_PATHS } from "./arm-paths";

/** `{ property: tree }`; `"[]"` an array's element, `"*"` any map key; `true` a leaf or an open value. */
export type Tree = true | { readonly [key: string]: Tree };
export type ShapeKind = "args" | "outputs";
interface Shapes {
  readonly args: Tree;
  readonly outputs: Tree;
}

const FILE = path.join(__dirname, "generated", "shapes.json");
let loaded: Readonly<Record<string, Shapes>> | undefined;

function shapes(): Readonly<Record<string, Shapes>> {
  loaded ??= (JSON.parse(readFileSync(FILE, "utf8")) as { types: Record<string, Shapes> }).types;
  return loaded;
}

/**
 * Tag shapes of every taggable type (scripts/gen-shapes.mjs): only Args `tags` and outputs `tags`
 * and `tagsAll`. A type with no full shape answers with this partial tree, so every other path of
 * it reads as outside the shape: only tag reads can be tested on it.
 */
const TAG_FILE = path.join(__dirname, "generated", "tag-shapes.json");
let loadedTags: Readonly<Record<string, Shapes>> | undefined;

function tagShapes(): Readonly<Record<string, Shapes>> {
  if (loadedTags === undefined) {
    const file = JSON.parse(readFileSync(TAG_FILE, "utf8")) as { shapes: Shapes[]; types: Record<string, number> };
    loadedTags = Object.fromEntries(Object.entries(file.types).map(([type, index]) => [type, file.shapes[index] as Shapes]));
  }
  return loadedTags;
}

/** The full shape of a type, else its partial tag shape (see `isPartialShape`). */
export function shapeOf(type: string, kind: ShapeKind): Tree | undefined {
  const canonical = canonicalType(type);
  return (shapes()[canonical] ?? tagShapes()[canonical])?.[kind];
}

/** The tag-only shape of a type (whether or not it has a full one), for checking the two agree. */
export function tagShapeOf(type: string, kind: ShapeKind): Tree | undefined {
  return tagShapes()[canonicalType(type)]?.[kind];
}

/** True when shapeOf answers for the type with its tags alone: any other path is outside the shape. */
export function isPartialShape(type: string): boolean {
  const canonical = canonicalType(type);
  return shapes()[canonical] === undefined && tagShapes()[canonical] !== undefined;
}

/** True for resource types of the two clouds; these must have a generated shape. */
export function isProviderResource(type: string): boolean {
  return type.startsWith("aws:") || type.startsWith("azure-native:");
}

/** Whether a path (`["encryption", "[]", "kmsKeyId"]`) exists in a tree. */
export function pathExists(tree: Tree, segments: readonly string[]): boolean {
  let node: Tree = tree;
  for (const segment of segments) {
    if (node === true) return true;
    const next: Tree | undefined = node[segment] ?? (segment === "[]" ? undefined : node["*"]);
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

export function formatPath(segments: readonly string[]): string {
  return segments.reduce((out, segment) => (segment === "[]" ? `${out}[]` : out === "" ? segment : `${out}.${segment}`), "");
}

/** Names JavaScript itself looks up on any object (JSON.stringify, template strings, promises). */
const INTRINSIC = new Set(["toJSON", "then", "constructor", "valueOf", "toString", "__proto__", "prototype", "length"]);

/** A read a rule made: the resource's type and the path below its props. */
export interface Read {
  readonly type: string;
  readonly path: readonly string[];
}

/**
 * Wraps a resource's props (already in the unknown-checking proxy) so that every property a rule
 * reads, at any depth, is recorded. Array elements record as `[]`.
 */
export function recording<T extends object>(value: T, type: string, reads: Read[], at: readonly string[] = []): T {
  const isArray = Array.isArray(value);
  const childPath = (key: string): readonly string[] | undefined => {
    if (isArray) return /^\d+$/.test(key) ? [...at, "[]"] : undefined;
    return INTRINSIC.has(key) ? undefined : [...at, key];
  };
  return new Proxy(value, {
    get(target, key, receiver) {
      const where = typeof key === "string" ? childPath(key) : undefined;
      if (where !== undefined) reads.push({ type, path: where });
      const result: unknown = Reflect.get(target, key, receiver);
      return where !== undefined && typeof result === "object" && result !== null ? recording(result, type, reads, where) : result;
    },
    has(target, key) {
      const where = typeof key === "string" ? childPath(key) : undefined;
      if (where !== undefined) reads.push({ type, path: where });
      return Reflect.has(target, key);
    },
  });
}

/** Reads of paths the shape the rule read does not have, as `type: path`. */
export function readsOutsideShape(reads: readonly Read[], shape: "preview" | "deployed"): string[] {
  const out = new Set<string>();
  for (const read of reads) {
    if (!isProviderResource(read.type)) continue;
    const args = shapeOf(read.type, "args");
    const outputs = shapeOf(read.type, "outputs");
    if (args === undefined || outputs === undefined) {
      out.add(`${read.type}: no generated shape (run npm run build)`);
      continue;
    }
    // In preview, AnalyzeStack gets planned outputs, which for a new resource are its inputs; AWS's
    // Check adds `tagsAll` to the inputs (DESIGN.md, verified engine facts).
    const found =
      shape === "deployed"
        ? pathExists(outputs, read.path)
        : pathExists(args, read.path) || pathExists(outputs, read.path) || (read.type.startsWith("aws:") && read.path[0] === "tagsAll");
    if (!found) out.add(`${read.type}: ${formatPath(read.path)}${isPartialShape(read.type) ? " (partial shape: tags only)" : ""}`);
  }
  return [...out].sort();
}

// ---------------------------------------------------------------------------------------------
// Deployed form of a test case
// ---------------------------------------------------------------------------------------------

const SIG = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";
const UNKNOWN_VALUES = new Set<unknown>(Object.values(UNKNOWN));

/** True when a value holds a preview unknown anywhere: such a case has no deployed form. */
export function holdsUnknown(value: unknown): boolean {
  if (UNKNOWN_VALUES.has(value)) return true;
  if (Array.isArray(value)) return value.some(holdsUnknown);
  if (isRecord(value)) return Object.values(value).some(holdsUnknown);
  return false;
}

/** Keeps only what the deployed tree has: inputs the provider does not echo back are gone from outputs. */
export function prune(value: unknown, tree: Tree): unknown {
  if (tree === true || value === null || typeof value !== "object") return value;
  if (isRecord(value) && value[SIG] === SECRET) return { [SIG]: SECRET, value: prune(value["value"], tree) };
  if (Array.isArray(value)) {
    const element = tree["[]"];
    return element === undefined ? value : value.map((item) => prune(item, element));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const sub = tree[key] ?? tree["*"];
    if (sub !== undefined) out[key] = prune(item, sub);
  }
  return out;
}

/**
 * azure-native outputs flatten some `properties` bags the Args keep (Key Vault keys: Args
 * `properties.attributes`, outputs `attributes`): a `properties.<key>` the outputs lack moves to the
 * top level when the outputs have it there.
 */
function flattenProperties(props: Record<string, unknown>, outputs: Tree): Record<string, unknown> {
  const inner = props["properties"];
  if (outputs === true || !isRecord(inner)) return props;
  const kept = isRecord(outputs["properties"]) ? outputs["properties"] : {};
  const out: Record<string, unknown> = { ...props };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inner)) {
    if (kept[key] === undefined && outputs[key] !== undefined && out[key] === undefined) out[key] = value;
    else rest[key] = value;
  }
  out["properties"] = rest;
  return out;
}

/**
 * An azure-native resource's props moved into its outputs' layout (`properties.<key>` to the top
 * level where the outputs have it there, and no `properties` bag the outputs lack), without
 * dropping anything else; for recorders that build outputs from inputs.
 */
export function outputLayout(type: string, props: Record<string, unknown>): Record<string, unknown> {
  const outputs = shapeOf(type, "outputs");
  if (outputs === undefined || outputs === true || !type.startsWith("azure-native:")) return props;
  const out = flattenProperties(props, outputs);
  const rest = out["properties"];
  if (outputs["properties"] === undefined && isRecord(rest) && Object.keys(rest).length === 0) delete out["properties"];
  return out;
}

export const SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000000";

/** The ARM id and deployed `name` of an Azure resource from its Args, per the declared path table. */
export function armIdOf(type: string, name: string, props: Readonly<Record<string, unknown>>): { id: string; name: string } | undefined {
  const entry = ARM_PATHS[canonicalType(type)];
  if (entry === undefined) return undefined;
  let missing = false;
  const value = (param: string): string => {
    if (param === "subscription") return SUBSCRIPTION_ID;
    const given = props[param];
    if (typeof given === "string" && given !== "") return given;
    const fixed = entry.defaults?.[param];
    if (fixed !== undefined) return fixed;
    if (param === entry.own) return name; // autonamed
    missing = true;
    return "";
  };
  const id = entry.path.replace(/\{(\w+)\}/g, (_, param: string) => value(param));
  if (missing) return undefined;
  return { id, name: entry.name === undefined ? value(entry.own) : entry.name(value) };
}

export interface DeployedInput {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
  readonly provider?: { type: string; props: Record<string, unknown> } | undefined;
  readonly propertyDependencies?: Record<string, string[]> | undefined;
  readonly urn?: string | undefined;
  readonly id?: string | undefined;
}

function unwrapSecret(value: unknown): unknown {
  return isRecord(value) && value[SIG] === SECRET ? value["value"] : value;
}

/** The provider's default tags, from its inputs (a JSON string in Analyze requests, an object in tests). */
function defaultTags(provider: DeployedInput["provider"]): Record<string, unknown> {
  let value = unwrapSecret(provider?.props["defaultTags"]);
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  const tags = isRecord(value) ? unwrapSecret(value["tags"]) : undefined;
  return isRecord(tags) ? tags : {};
}

/**
 * The deployed form of one resource written in preview form, as `pulumi stack export` holds it:
 * outputs only (inputs the outputs lack are dropped, from the generated trees), azure-native path
 * parameters replaced by the ARM `id` and the deployed `name`, AWS `tagsAll`, `arn` and `id` added.
 * Returns the input unchanged for types without a shape (providers, test-only types).
 */
export function deployedForm<T extends DeployedInput>(input: T): T {
  const outputs = shapeOf(input.type, "outputs");
  if (outputs === undefined || outputs === true) return input;
  if (input.type.startsWith("azure-native:")) {
    const arm = armIdOf(input.type, input.name, input.props);
    const props = prune(flattenProperties(input.props, outputs), outputs) as Record<string, unknown>;
    if (arm !== undefined && outputs["name"] !== undefined) props["name"] = arm.name;
    return { ...input, props, id: input.id ?? arm?.id };
  }
  const props = prune(input.props, outputs) as Record<string, unknown>;
  const id = input.id ?? (typeof props["bucket"] === "string" ? props["bucket"] : input.name);
  if (outputs["tagsAll"] !== undefined && props["tagsAll"] === undefined) {
    const tags = unwrapSecret(props["tags"]);
    const merged = { ...defaultTags(input.provider), ...(isRecord(tags) ? tags : {}) };
    if (Object.keys(merged).length > 0 || props["tags"] !== undefined) props["tagsAll"] = merged;
  }
  if (outputs["arn"] !== undefined && props["arn"] === undefined) {
    const service = input.type.split(":")[1]?.split("/")[0] ?? "aws";
    props["arn"] = service === "s3" ? `arn:aws:s3:::${id}` : `arn:aws:${service}:us-east-1:123456789012:${input.name}/${id}`;
  }
  return { ...input, props, id };
}
