import { isUtf8 } from "node:buffer";
import { type Dirent, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { appendAll } from "../../policies/core/arrays";
import type { ResourceRef } from "../../policies/core/finding";
import { canonicalType, isRecord, type ProviderView, type ResourceView } from "../../policies/core/resource";
import { errnoWords, FileReadError, firstInvalidUtf8, readRegularFile } from "../../responsibility-map/read-file";
import { InputError } from "../errors";
import { type DecodeSink, decodeProperties, pathOf, ValueError } from "./values";

/**
 * Reads deployed Pulumi state without the Pulumi SDK: `pulumi stack export` output and the
 * local backend's checkpoint, history-checkpoint and backup files, in every format Pulumi has
 * written (unversioned, 1 to 4). Anything else is refused with the file and the JSON path.
 */

/** The state versions this reader understands (`version` absent means the oldest form). */
export const SUPPORTED_VERSIONS = [1, 2, 3, 4] as const;
/** Deployment features (version 4) whose meaning does not change what the audit reads. */
const KNOWN_FEATURES = new Set(["refBeforeResource"]);

export type StateFormat = "stack-export" | "checkpoint";

export interface PendingOperation {
  readonly type: string;
  readonly urn: string;
}

/** One state file, read and turned into the views rules see. */
export interface StackState {
  readonly file: string;
  readonly format: StateFormat;
  /** The file's `version`; 0 for the unversioned oldest form. */
  readonly version: number;
  readonly features: readonly string[];
  /** `<project>/<stack>` where the file says it (checkpoint `stack`, or the URNs). */
  readonly stack: string | undefined;
  /** False for a stack that was created but never deployed (a checkpoint without `latest`). */
  readonly deployed: boolean;
  /** Every resource entry in the file. */
  readonly resourceCount: number;
  /** The live resources handed to the rules (providers, the stack and components excluded). */
  readonly resources: readonly ResourceView[];
  /** URNs of read (`external`) resources: given to rules for joins, findings about them dropped. */
  readonly external: ReadonlySet<string>;
  /** Resources marked `delete: true`: old copies waiting to be deleted. Reported, not audited. */
  readonly pendingDeletion: readonly ResourceRef[];
  /** Resources deleted for a delete-before-replace whose replacement was never created. Reported, not audited. */
  readonly pendingReplacement: readonly ResourceRef[];
  /** Operations an interrupted update left behind. Reported, not fatal. */
  readonly pendingOperations: readonly PendingOperation[];
  readonly providerCount: number;
  readonly componentCount: number;
  /** Plaintext secret strings met while reading, so reports can be scrubbed of them. */
  readonly secrets: ReadonlySet<string>;
  readonly warnings: readonly string[];
}

class StateError extends InputError {}

function fail(file: string, where: string, message: string): never {
  throw new StateError(`${file}: ${where ? `${where}: ` : ""}${message}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 40 ? "a string" : `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED_TOP =
  'expected Pulumi state: `pulumi stack export` output ({"version": 3, "deployment": {...}}) or a local-backend checkpoint ({"version": 3, "checkpoint": {"stack": ..., "latest": {...}}})';

/** The local backend's copies of older states: walked after everything else, so the current state's resources are the ones audited. */
const OLD_COPIES = new Set(["history", "backups"]);

function walkOrder(a: Dirent, b: Dirent): number {
  const rank = (entry: Dirent) => (entry.isDirectory() ? (OLD_COPIES.has(entry.name) ? 2 : 1) : 0);
  return rank(a) - rank(b) || a.name.localeCompare(b.name);
}

/**
 * Lists the state files named by the arguments: files as given, directories walked for `*.json`
 * and `*.json.gz` (a directory's files before its subdirectories, `history/` and `backups/` last).
 * Symbolic links to directories are not followed (no loop can trap the walk), with a warning.
 */
export function expandStatePaths(args: readonly string[]): { files: string[]; warnings: string[] } {
  const files: string[] = [];
  const warnings: string[] = [];
  for (const arg of args) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(arg);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new InputError(`${arg}: no such file or directory; expected a state file or a directory of them`);
      throw new InputError(`${arg}: cannot read it (${errnoWords(error)}); expected a state file or a directory of them`);
    }
    if (!stats.isDirectory()) {
      files.push(arg);
      continue;
    }
    let found = 0;
    const walk = (dir: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        throw new InputError(
          `${dir}: cannot read the directory (${errnoWords(error)}); make it readable or name the state files inside it`,
        );
      }
      for (const entry of entries.sort(walkOrder)) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          // The local backend keeps update locks ({"pid", "username", ...}) under .pulumi/locks.
          if (entry.name !== "node_modules" && entry.name !== ".git" && !(entry.name === "locks" && path.basename(dir) === ".pulumi"))
            walk(full);
        } else if (entry.isSymbolicLink() && isDirectoryLink(full)) {
          warnings.push(`${full}: a symbolic link to a directory, not followed; name its target to audit the state files there`);
        } else if (/\.history\.json(\.gz)?$/.test(entry.name)) {
        } else if (/\.json(\.gz)?$/.test(entry.name)) {
          // Anything else by that name (a FIFO, a device) is refused when it is read.
          files.push(full);
          found++;
        }
      }
    };
    walk(arg);
    if (found === 0) throw new InputError(`${arg}: the directory holds no state files (*.json or *.json.gz)`);
  }
  return { files, warnings };
}

function isDirectoryLink(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    // A dangling link: nothing to audit, and not a file either.
    return false;
  }
}

/**
 * The largest state file (after decompression) the audit reads: 256 MB. The whole file becomes one
 * JavaScript string before JSON.parse, V8 refuses strings over about 512 MB (0x1fffffe8 characters,
 * a crash rather than an error), and the buffer, the string and the parsed state together need
 * several times the file's size in memory. Half the string limit leaves room for both.
 */
export const MAX_STATE_BYTES = 256 * 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function tooLarge(file: string, what: string): InputError {
  const limit = megabytes(MAX_STATE_BYTES);
  return new InputError(
    `${file}: ${what}, over the ${limit} limit of this audit (the whole state must fit in one JavaScript string and in memory); expected a state file of at most ${limit}. Split the stack into smaller stacks and audit each export, or check the deployed stack with \`pulumi policy analyze --policy-pack <this pack>\` instead`,
  );
}

function readText(file: string): string {
  let buffer: Buffer;
  try {
    buffer = readRegularFile(file, MAX_STATE_BYTES);
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.code === "E2BIG")
      throw tooLarge(
        file,
        error.size === undefined ? `the file is over ${megabytes(MAX_STATE_BYTES)}` : `the file is ${megabytes(error.size)}`,
      );
    if (error.code === "ENOTREG") throw new InputError(`${file}: ${error.message}, not a regular file; expected a state file`);
    throw new InputError(`${file}: ${error.message}`);
  }
  const gzipped = buffer.length >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  if (gzipped) {
    try {
      buffer = gunzipSync(buffer, { maxOutputLength: MAX_STATE_BYTES });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw tooLarge(file, `the file decompresses to more than ${megabytes(MAX_STATE_BYTES)}`);
      }
      throw new InputError(`${file}: the file looks gzip-compressed but does not decompress; ${EXPECTED_TOP}`);
    }
  }
  // toString would turn bad bytes into U+FFFD silently, and a rule would then judge altered text.
  if (!isUtf8(buffer)) {
    throw new InputError(
      `${file}: the file is not UTF-8 text (byte offset ${firstInvalidUtf8(buffer)}${gzipped ? " after decompression" : ""} starts a sequence UTF-8 does not allow), so it is damaged or not a state file (Pulumi writes state as UTF-8 JSON); ${EXPECTED_TOP}`,
    );
  }
  return buffer.toString("utf8");
}

function parseJson(file: string, text: string): unknown {
  if (text.trim() === "") fail(file, "", `the file is empty; ${EXPECTED_TOP}`);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = "";
    if (position?.[1] !== undefined) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      where = ` at line ${line}, column ${offset - before.lastIndexOf("\n")}`;
    }
    return fail(file, "", `not valid JSON${where}; ${EXPECTED_TOP}`);
  }
}

function versionOf(file: string, top: Record<string, unknown>): number {
  const version = top["version"];
  if (version === undefined) return 0;
  if (typeof version !== "number" || !(SUPPORTED_VERSIONS as readonly number[]).includes(version)) {
    fail(
      file,
      "version",
      `expected one of ${SUPPORTED_VERSIONS.join(", ")} (the state versions Pulumi has written), found ${describe(version)}`,
    );
  }
  return version;
}

function urnParts(urn: string): { stack: string; project: string; type: string; name: string } | undefined {
  if (!urn.startsWith("urn:pulumi:")) return undefined;
  const parts = urn.slice("urn:pulumi:".length).split("::");
  if (parts.length < 4) return undefined;
  const [stack = "", project = "", qualifiedType = ""] = parts;
  const types = qualifiedType.split("$");
  return { stack, project, type: types[types.length - 1] ?? "", name: parts.slice(3).join("::") };
}

interface Located {
  readonly deployment: Record<string, unknown> | undefined;
  readonly base: string;
  readonly format: StateFormat;
  readonly stackName: string | undefined;
}

function locateDeployment(file: string, top: Record<string, unknown>, version: number): Located {
  if ("deployment" in top) {
    const deployment = top["deployment"];
    if (!isRecord(deployment)) fail(file, "deployment", `expected an object with "resources", found ${describe(deployment)}`);
    return { deployment, base: "deployment", format: "stack-export", stackName: undefined };
  }
  // The unversioned form is the checkpoint itself; versioned ones wrap it in `checkpoint`.
  const versioned = "checkpoint" in top;
  if (!versioned && version !== 0) fail(file, "", `has "version" but neither "deployment" nor "checkpoint"; ${EXPECTED_TOP}`);
  if (!versioned && !("latest" in top) && !("stack" in top) && !("target" in top)) {
    if ("kind" in top && "startTime" in top) {
      fail(
        file,
        "",
        `is an update-history record (it lists an update, not resources); the .checkpoint.json file beside it holds the state`,
      );
    }
    fail(file, "", EXPECTED_TOP);
  }
  const checkpoint = versioned ? top["checkpoint"] : top;
  const base = versioned ? "checkpoint" : "";
  if (!isRecord(checkpoint)) fail(file, "checkpoint", `expected an object with "stack" and "latest", found ${describe(checkpoint)}`);
  const stackValue = checkpoint["stack"] ?? checkpoint["target"];
  if (stackValue !== undefined && typeof stackValue !== "string") {
    fail(file, join(base, "stack"), `expected the stack name as a string, found ${describe(stackValue)}`);
  }
  const latest = checkpoint["latest"];
  if (latest === undefined || latest === null) return { deployment: undefined, base, format: "checkpoint", stackName: stackValue };
  if (!isRecord(latest)) fail(file, join(base, "latest"), `expected an object with "resources", found ${describe(latest)}`);
  return { deployment: latest, base: join(base, "latest"), format: "checkpoint", stackName: stackValue };
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

function str(file: string, where: string, value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") fail(file, where, `expected ${what}, found ${describe(value)}`);
  return value;
}

function optionalString(file: string, where: string, value: unknown, what: string): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") fail(file, where, `expected ${what}, found ${describe(value)}`);
  return value;
}

function decodeBag(file: string, where: string, value: unknown, sink: DecodeSink): Record<string, unknown> | undefined {
  try {
    return decodeProperties(value, sink);
  } catch (error) {
    if (error instanceof ValueError) fail(file, `${where}${pathOf(error.segments)}`, `expected ${error.message}`);
    // Decoding recurses; a value nested tens of thousands deep (a corrupt or hostile file) overflows the stack.
    if (error instanceof RangeError)
      fail(file, where, "expected property values nested at most about a thousand levels deep; a value nests deeper");
    throw error;
  }
}

function propertyDependenciesOf(file: string, where: string, value: unknown): Record<string, readonly string[]> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) fail(file, where, `expected an object mapping property names to URN lists, found ${describe(value)}`);
  const out: Record<string, readonly string[]> = {};
  for (const [key, urns] of Object.entries(value)) {
    if (urns === null) continue;
    if (!Array.isArray(urns) || urns.some((urn) => typeof urn !== "string")) {
      fail(file, `${where}.${key}`, `expected a list of URNs, found ${describe(urns)}`);
    }
    out[key] = urns as string[];
  }
  return out;
}

/** Reads and checks one state file. Throws `InputError` naming the file and JSON path on anything unexpected. */
export function readStateFile(file: string): StackState {
  const top = parseJson(file, readText(file));
  if (!isRecord(top)) fail(file, "", `${EXPECTED_TOP}; found ${describe(top)}`);
  const version = versionOf(file, top);
  const warnings: string[] = [];
  const features = featuresOf(file, top, warnings);
  const located = locateDeployment(file, top, version);
  const sink: DecodeSink = { secrets: new Set() };
  const empty = {
    file,
    format: located.format,
    version,
    features,
    resourceCount: 0,
    resources: [],
    external: new Set<string>(),
    pendingDeletion: [],
    pendingReplacement: [],
    pendingOperations: [],
    providerCount: 0,
    componentCount: 0,
    secrets: sink.secrets,
  };
  if (located.deployment === undefined) {
    warnings.push(`${file}: the stack${located.stackName ? ` ${located.stackName}` : ""} has never been deployed; nothing to audit`);
    return { ...empty, stack: located.stackName, deployed: false, warnings };
  }
  const deployment = { file, fields: located.deployment, base: located.base };
  const list = resourceList(deployment);
  const pendingOperations = pendingOperationsOf(deployment, warnings);
  const providers = readProviders(deployment, list, sink);
  const read = readResources(deployment, list, providers, sink, warnings);
  warnNotAudited(file, read, warnings);
  if (list.length === 0) warnings.push(`${file}: the stack has no resources (never deployed, or destroyed)`);
  return {
    ...empty,
    stack: located.stackName ?? read.stackFromUrn,
    deployed: true,
    resourceCount: list.length,
    resources: read.resources,
    external: read.external,
    pendingDeletion: read.pendingDeletion,
    pendingReplacement: read.pendingReplacement,
    pendingOperations,
    providerCount: read.providerCount,
    componentCount: read.componentCount,
    warnings,
  };
}

/** The file's `features`, each one this audit does not know warned about. */
function featuresOf(file: string, top: Record<string, unknown>, warnings: string[]): string[] {
  const featuresValue = top["features"];
  const features: string[] = [];
  if (featuresValue === undefined || featuresValue === null) return features;
  if (!Array.isArray(featuresValue) || featuresValue.some((f) => typeof f !== "string")) {
    fail(file, "features", `expected a list of feature names, found ${describe(featuresValue)}`);
  }
  appendAll(features, featuresValue as string[]);
  for (const feature of features) {
    if (!KNOWN_FEATURES.has(feature))
      warnings.push(`${file}: the state uses feature "${feature}", which this audit does not know; results may be incomplete`);
  }
  return features;
}

/** A deployment found in a file, with the JSON path of its fields for messages. */
interface Deployment {
  readonly file: string;
  readonly fields: Record<string, unknown>;
  readonly base: string;
}

function resourceList({ file, fields, base }: Deployment): unknown[] {
  const rawResources = fields["resources"];
  if (rawResources !== undefined && rawResources !== null && !Array.isArray(rawResources)) {
    fail(file, join(base, "resources"), `expected a list of resources, found ${describe(rawResources)}`);
  }
  return (rawResources as unknown[] | undefined | null) ?? [];
}

/** The operations an interrupted update left behind, with one warning that lists the first few. */
function pendingOperationsOf({ file, fields, base }: Deployment, warnings: string[]): PendingOperation[] {
  const pendingOperations: PendingOperation[] = [];
  const rawPending = fields["pending_operations"];
  if (rawPending === undefined || rawPending === null) return pendingOperations;
  if (!Array.isArray(rawPending)) fail(file, join(base, "pending_operations"), `expected a list, found ${describe(rawPending)}`);
  rawPending.forEach((op: unknown, index) => {
    const where = `${join(base, "pending_operations")}[${index}]`;
    if (!isRecord(op)) fail(file, where, `expected an object with "resource" and "type", found ${describe(op)}`);
    const resource = op["resource"];
    const urn = isRecord(resource) && typeof resource["urn"] === "string" ? resource["urn"] : "(unknown resource)";
    pendingOperations.push({ type: typeof op["type"] === "string" ? op["type"] : "unknown", urn });
  });
  if (pendingOperations.length > 0) {
    const count = pendingOperations.length;
    const listed = pendingOperations.slice(0, 3).map((op) => `${op.type} ${op.urn}`);
    if (count > 3) listed.push("...");
    warnings.push(
      `${file}: ${count} pending operation${count === 1 ? "" : "s"} from an interrupted update (${listed.join(", ")}); ` +
        "the state may not match what is deployed. Run `pulumi refresh` and audit again.",
    );
  }
  return pendingOperations;
}

/** The secret renderings decodeBag collected since the last take (TypeScript cannot see the write through the sink). */
function takeRenderings(sink: DecodeSink): Set<string> | undefined {
  const renderings = sink.renderings as Set<string> | undefined;
  sink.renderings = undefined;
  return renderings;
}

/** The state's providers by `<urn>::<id>` (how resources refer to them), with the secrets each holds. */
interface Providers {
  readonly views: ReadonlyMap<string, ProviderView>;
  readonly secrets: ReadonlyMap<string, Set<string>>;
}

/** First pass: the providers, since resources anywhere in the list refer to them. */
function readProviders({ file, base }: Deployment, list: readonly unknown[], sink: DecodeSink): Providers {
  const views = new Map<string, ProviderView>();
  const secrets = new Map<string, Set<string>>();
  const resourcesPath = join(base, "resources");
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    if (!isRecord(raw) || typeof raw["type"] !== "string" || !raw["type"].startsWith("pulumi:providers:")) continue;
    const where = `${resourcesPath}[${index}]`;
    const urn = str(file, `${where}.urn`, raw["urn"], "the provider's URN as a string");
    const id = optionalString(file, `${where}.id`, raw["id"], "the provider's id as a string") ?? "";
    sink.renderings = undefined;
    const props =
      decodeBag(file, `${where}.inputs`, raw["inputs"], sink) ?? decodeBag(file, `${where}.outputs`, raw["outputs"], sink) ?? {};
    views.set(`${urn}::${id}`, { type: raw["type"], props });
    const providerRenderings = takeRenderings(sink);
    if (providerRenderings !== undefined) secrets.set(`${urn}::${id}`, providerRenderings);
  }
  return { views, secrets };
}

/** What the second pass found: the live resources, and what it counted or set aside. */
interface ReadResources {
  readonly resources: ResourceView[];
  readonly external: Set<string>;
  readonly pendingDeletion: ResourceRef[];
  readonly pendingReplacement: ResourceRef[];
  providerCount: number;
  componentCount: number;
  stackFromUrn: string | undefined;
  /** `<entry> repeats <first entry>` for each live entry whose URN an earlier one has. */
  readonly duplicates: string[];
}

/** Second pass: every entry checked, live custom resources turned into views, the rest counted or set aside. */
function readResources(deployment: Deployment, list: unknown[], providers: Providers, sink: DecodeSink, warnings: string[]): ReadResources {
  const { file } = deployment;
  const resourcesPath = join(deployment.base, "resources");
  const read: ReadResources = {
    resources: [],
    external: new Set(),
    pendingDeletion: [],
    pendingReplacement: [],
    providerCount: 0,
    componentCount: 0,
    stackFromUrn: undefined,
    duplicates: [],
  };
  const seen = new Map<string, number>();
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    // Let the raw entry go as soon as it is read: a 100k-resource file then needs one copy, not two.
    list[index] = undefined;
    const where = `${resourcesPath}[${index}]`;
    const entry = checkedEntry(file, where, raw);
    read.stackFromUrn ??= entry.stack;
    if (!isLive(entry, read)) continue;
    // Live resources have unique URNs; a second live entry (a hand-merged or damaged file) would be
    // audited and reported twice. The first entry is the one audited.
    const first = seen.get(entry.ref.urn);
    if (first !== undefined) {
      read.duplicates.push(`${where} repeats ${resourcesPath}[${first}]`);
      continue;
    }
    seen.set(entry.ref.urn, index);
    read.resources.push(liveView(file, where, entry, providers, sink, warnings));
    if (entry.raw["external"] === true) read.external.add(entry.ref.urn);
  }
  return read;
}

/** One resource entry whose URN, type and flags have been checked. */
interface Entry {
  readonly raw: Record<string, unknown>;
  readonly rawType: string;
  readonly ref: ResourceRef;
  /** `<project>/<stack>` from the URN. */
  readonly stack: string;
}

function checkedEntry(file: string, where: string, raw: unknown): Entry {
  if (!isRecord(raw)) fail(file, where, `expected a resource object with "urn" and "type", found ${describe(raw)}`);
  const urn = str(file, `${where}.urn`, raw["urn"], 'the resource URN as a string ("urn:pulumi:<stack>::<project>::<type>::<name>")');
  const parts = urnParts(urn);
  if (parts === undefined) fail(file, `${where}.urn`, 'expected a URN of the form "urn:pulumi:<stack>::<project>::<type>::<name>"');
  const rawType = str(file, `${where}.type`, raw["type"], "the resource type token as a string");
  for (const flag of ["custom", "delete", "external", "pendingReplacement", "protect"]) {
    const value = raw[flag];
    if (value !== undefined && value !== null && typeof value !== "boolean")
      fail(file, `${where}.${flag}`, `expected true or false, found ${describe(value)}`);
  }
  return { raw, rawType, ref: { urn, type: canonicalType(rawType), name: parts.name }, stack: `${parts.project}/${parts.stack}` };
}

/** True for a live custom resource; providers and components are counted, old copies set aside. */
function isLive(entry: Entry, read: ReadResources): boolean {
  if (entry.rawType.startsWith("pulumi:providers:")) {
    read.providerCount++;
    return false;
  }
  if (entry.rawType === "pulumi:pulumi:Stack") return false;
  if (entry.raw["delete"] === true) {
    read.pendingDeletion.push(entry.ref);
    return false;
  }
  if (entry.raw["pendingReplacement"] === true) {
    read.pendingReplacement.push(entry.ref);
    return false;
  }
  if (entry.raw["custom"] === false) {
    read.componentCount++;
    return false;
  }
  return true;
}

/** The view rules see of one live resource: its properties, provider, dependencies and secrets. */
function liveView(
  file: string,
  where: string,
  { raw, ref }: Entry,
  providers: Providers,
  sink: DecodeSink,
  warnings: string[],
): ResourceView {
  const id = optionalString(file, `${where}.id`, raw["id"], "the resource id as a string");
  sink.renderings = undefined;
  let props = decodeBag(file, `${where}.outputs`, raw["outputs"], sink);
  if (props === undefined || Object.keys(props).length === 0) {
    // Without outputs (an interrupted create, the oldest formats) the inputs are the best record.
    const inputs = decodeBag(file, `${where}.inputs`, raw["inputs"], sink);
    const defaults = decodeBag(file, `${where}.defaults`, raw["defaults"], sink);
    props = defaults || inputs ? { ...defaults, ...inputs } : (props ?? {});
  }
  let renderings = takeRenderings(sink);
  let provider: ProviderView | undefined;
  const providerRef = optionalString(file, `${where}.provider`, raw["provider"], 'a provider reference "<provider urn>::<provider id>"');
  if (providerRef !== undefined) {
    provider = providers.views.get(providerRef);
    if (provider === undefined) {
      warnings.push(
        `${file}: ${where} refers to provider ${providerRef}, which the state does not hold; provider defaults (such as default tags) are not applied to it`,
      );
    }
  }
  const propertyDependencies = propertyDependenciesOf(file, `${where}.propertyDependencies`, raw["propertyDependencies"]);
  const fromProvider = providerRef === undefined ? undefined : providers.secrets.get(providerRef);
  if (fromProvider !== undefined) {
    renderings ??= new Set();
    for (const rendering of fromProvider) renderings.add(rendering);
  }
  return {
    type: ref.type,
    name: ref.name,
    urn: ref.urn,
    props,
    ...(provider === undefined ? {} : { provider }),
    ...(propertyDependencies === undefined ? {} : { propertyDependencies }),
    ...(id === undefined ? {} : { id }),
    ...(renderings === undefined ? {} : { secrets: renderings }),
  };
}

/** Warnings for the entries read but not audited: repeated URNs, pending deletions and replacements. */
function warnNotAudited(file: string, read: ReadResources, warnings: string[]): void {
  const { duplicates, pendingDeletion, pendingReplacement } = read;
  if (duplicates.length > 0) {
    const listed = duplicates.slice(0, 3);
    if (duplicates.length > 3) listed.push("...");
    warnings.push(
      `${file}: ${duplicates.length} live resource ${duplicates.length === 1 ? "entry repeats the URN" : "entries repeat the URNs"} of earlier ones (${listed.join(", ")}); each URN is audited once, as its first entry`,
    );
  }
  if (pendingDeletion.length > 0) {
    warnings.push(
      `${file}: ${pendingDeletion.length} resource${pendingDeletion.length === 1 ? " is" : "s are"} pending deletion (delete=true: replaced, the old copy not yet deleted); they are listed but not audited. The next \`pulumi up\` deletes them.`,
    );
  }
  if (pendingReplacement.length > 0) {
    warnings.push(
      `${file}: ${pendingReplacement.length} resource${pendingReplacement.length === 1 ? " was" : "s were"} deleted for replacement but not yet recreated (pendingReplacement); they are listed but not audited.`,
    );
  }
}
