import * as path from "node:path";
import type { ErrorObject } from "ajv";
import { type Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import validateMap from "./generated/validate-map";
import {
  type CentrallyManaged,
  type Classification,
  type ClassificationLevel,
  type Duty,
  IDENTITY_KIND_LABELS,
  identitiesOf,
  identityKey,
  isAzureCentralControl,
  type MapException,
  type Person,
  RESERVED_PARTY_IDS,
  type ResponsibilityMap,
  SLA_ORGANISATION,
  SLA_PROVIDER,
  type Team,
  type ThirdParty,
} from "./model";
import { FileReadError, readRegularFile } from "./read-file";
import schema from "./schema.json";

/** One thing wrong with a map, located by file, line and field. */
export interface MapProblem {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string;
  readonly message: string;
}

export class MapError extends Error {
  constructor(readonly problems: readonly MapProblem[]) {
    super(formatProblems(problems));
    this.name = "MapError";
  }
}

export function formatProblem(problem: MapProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  // A problem with the whole file (syntax, encoding, size) names no field.
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

function formatProblems(problems: readonly MapProblem[]): string {
  const head = `The responsibility map is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}); fix it and run again:`;
  return [head, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join("\n");
}

export const MAP_ENV = "SHARED_RESPONSIBILITY_MAP";
/** Maps larger than this are refused before parsing: no organisation's map is this big. */
export const MAX_MAP_BYTES = 4 * 1024 * 1024;
const MAX_ALIASES = 200;
/**
 * The text a map holds once its aliases are expanded (keys and scalars, in characters) is bounded
 * like the file: one long string repeated through aliases would otherwise make every report that
 * prints it many times larger than the file (a 3.8 MB map gave a 2.4 GB report).
 */
export const MAX_EXPANDED_CHARS = MAX_MAP_BYTES;

export interface LoadOptions {
  /** Rule names exceptions may refer to; unchecked when absent. */
  readonly knownRules?: ReadonlyMap<string, string>;
}

/** The map path: `$SHARED_RESPONSIBILITY_MAP`, else `responsibility-map/map.yaml` under `baseDir`. */
export function defaultMapPath(baseDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[MAP_ENV];
  return override ? path.resolve(override) : path.join(baseDir, "responsibility-map", "map.yaml");
}

/** The schema compiled at build time (scripts/gen-validator.mjs): no Ajv compile on the pack's start. */
const validator = validateMap as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
function validate(data: unknown): readonly ErrorObject[] {
  return validator(data) ? [] : (validator.errors ?? []);
}

function tooLarge(file: string, size: number): MapError {
  return new MapError([
    {
      file,
      line: undefined,
      field: "",
      message: `the file is ${size} bytes; a map may be at most ${MAX_MAP_BYTES} bytes. Split out generated content.`,
    },
  ]);
}

/**
 * A map from its bytes, with the same limits wherever they come from (a file, a git revision):
 * at most MAX_MAP_BYTES, and UTF-8.
 */
export function parseMapBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): ResponsibilityMap {
  if (bytes.length > MAX_MAP_BYTES) throw tooLarge(file, bytes.length);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  if (!isUtf8(bytes)) {
    const offset = text.indexOf("\uFFFD");
    throw new MapError([
      {
        file,
        line: lineAt(text, offset),
        field: "",
        message: "the file is not UTF-8 text (it holds a byte sequence UTF-8 does not allow); save it as UTF-8",
      },
    ]);
  }
  return parseMap(text, file, options);
}

export function loadMap(file: string, options: LoadOptions = {}): ResponsibilityMap {
  const absolute = path.resolve(file);
  let bytes: Buffer;
  try {
    // Bounded and regular-only: a FIFO or /dev/zero as the map must not hang or fill memory.
    bytes = readRegularFile(absolute, MAX_MAP_BYTES);
  } catch (error) {
    if (error instanceof MapError) throw error;
    if (error instanceof FileReadError && error.code === "E2BIG") {
      throw new MapError([
        {
          file: absolute,
          line: undefined,
          field: "",
          message: `the file is over ${MAX_MAP_BYTES} bytes; a map may be at most ${MAX_MAP_BYTES} bytes. Split out generated content.`,
        },
      ]);
    }
    if (error instanceof FileReadError && error.code === "ENOTREG") {
      throw new MapError([
        {
          file: absolute,
          line: undefined,
          field: "",
          message: `cannot read the map (it is ${error.message}, not a file). Point ${MAP_ENV} or --map at the map file.`,
        },
      ]);
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory, not a file" : (error as Error).message;
    throw new MapError([
      {
        file: absolute,
        line: undefined,
        field: "",
        message: `cannot read the map (${reason}). Create it, or point ${MAP_ENV} at it.`,
      },
    ]);
  }
  return parseMapBytes(bytes, absolute, options);
}

type Path = readonly (string | number)[];

/** Invisible and control characters, written as escapes so a message shows them. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;
function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}

function fieldOf(pathParts: Path): string {
  let out = "";
  for (const part of pathParts) out += typeof part === "number" ? `[${part}]` : out ? `.${visible(part)}` : visible(part);
  return out;
}

function lineAt(text: string, offset: number): number | undefined {
  if (offset < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** UTF-8 validity without decoding twice (Buffer has no isUtf8 on every supported Node). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Characters YAML does not allow in a stream (YAML 1.2 c-printable), other than a leading BOM. */
function nonPrintableIndex(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const c1 = code >= 0x7f && code <= 0x9f && code !== 0x85;
    if (c0 || c1 || code === 0xfffe || code === 0xffff) return i;
  }
  return -1;
}
/** Deeper flow nesting than this is refused before parsing: the YAML parser recurses per level. */
const MAX_FLOW_DEPTH = 100;

/** Offset where `[`/`{` nesting first exceeds MAX_FLOW_DEPTH, skipping quoted scalars and comments. */
function flowDepthOffset(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  let previous = "\n";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quote !== undefined) {
      if (quote === '"' && char === "\\") i++;
      else if (char === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (char === "#" && /\s/.test(previous)) {
      const end = text.indexOf("\n", i);
      if (end < 0) break;
      i = end;
      previous = "\n";
      continue;
    }
    // A quote opens a scalar only where a scalar starts (so `O'Connor` is not a quote).
    if ((char === '"' || char === "'") && /[\s:[{,-]/.test(previous)) quote = char;
    else if (char === "[" || char === "{") {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return i;
    } else if ((char === "]" || char === "}") && depth > 0) depth--;
    if (!/[ \t]/.test(char)) previous = char;
    else previous = " ";
  }
  return -1;
}

/** The path of the deepest map entry or list item at `offset`, to name the field a YAML error is in. */
function pathAt(node: unknown, offset: number, pathParts: (string | number)[] = []): (string | number)[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const start = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? (isNode(pair.value) ? pair.value.range?.[0] : undefined);
      const end = (isNode(pair.value) ? pair.value.range?.[2] : undefined) ?? (isNode(pair.key) ? pair.key.range?.[2] : undefined);
      if (start === undefined || end === undefined || offset < start || offset >= end) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      return pathAt(pair.value, offset, [...pathParts, key]);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const range = isNode(item) ? item.range : undefined;
      if (range && offset >= range[0] && offset < range[2]) return pathAt(item, offset, [...pathParts, index]);
    }
  }
  return pathParts;
}

/** The path of a node found by `visit`, from its ancestors. */
function pathOfAncestors(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const out: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length; i++) {
    const current = chain[i];
    const next = chain[i + 1];
    if (isPair(current)) out.push(isScalar(current.key) ? String(current.key.value) : String(current.key));
    else if (isSeq(current) && next !== undefined) out.push(current.items.indexOf(next as Node));
  }
  return out;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`;
  return `${typeof value} (${String(value)})`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function lineFinder(doc: Document, counter: LineCounter): (pathParts: Path) => number | undefined {
  return (pathParts) => {
    for (let depth = pathParts.length; depth >= 0; depth--) {
      const node = doc.getIn(pathParts.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      const offset = node && typeof node === "object" && node.range ? node.range[0] : undefined;
      if (offset !== undefined) return counter.linePos(offset).line;
      if (depth === pathParts.length && depth > 0) {
        // A key whose value is null has no value node; find the key itself.
        const parent = doc.getIn(pathParts.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === pathParts[depth - 1]);
          const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
          if (keyRange) return counter.linePos(keyRange[0]).line;
        }
      }
    }
    return undefined;
  };
}

/** What an identity must look like, by the list it is in (schema `identities`). */
const IDENTITY_PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  entraObjectIds: "must be an Entra object id: a GUID such as 8f0e2c4a-1b3d-4e5f-9a7b-6c5d4e3f2a1b",
  awsIamUsers: "must be an IAM user name: 1 to 64 letters, digits and + = , . @ _ -",
  awsIdentityCenterUsers: "must be an Identity Center user name, email or user id, in printable ASCII without spaces",
  entraUserPrincipalNames: "must be a user principal name such as sam@northwind.example, in printable ASCII without spaces",
  awsAccountIds: "must be a 12-digit AWS account id, such as 123456789012",
  azureTenantIds: "must be an Azure tenant id: a GUID such as 8f0e2c4a-1b3d-4e5f-9a7b-6c5d4e3f2a1b",
};

/** What other patterned fields must look like, by field name. */
const FIELD_PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  incidentResponse: "must be an ISO 8601 duration in weeks, days, hours and minutes, such as PT4H, PT30M or P1D",
  phone: "must be a phone number: digits, spaces and ( ) . - with an optional leading +, such as +44 20 7946 0000",
};

function describeAjvError(error: ErrorObject): { path: (string | number)[]; message: string } {
  const parts = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, "/").replace(/~0/g, "~")));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return {
        path: [...parts, String(params["missingProperty"])],
        message: `missing required field "${String(params["missingProperty"])}"`,
      };
    case "additionalProperties":
      if (params["additionalProperty"] === "<<") {
        return { path: [...parts, "<<"], message: "YAML merge keys (<<) are not supported; write the fields out" };
      }
      return {
        path: [...parts, String(params["additionalProperty"])],
        message: `unknown field "${String(params["additionalProperty"])}"; check its spelling against schema.json`,
      };
    case "enum":
      if (parts[parts.length - 1] === "raci") {
        return {
          path: parts,
          message:
            'a third party is "responsible" or "consulted", never accountable; the duty\'s accountable person stays one of the organisation\'s people',
        };
      }
      return {
        path: parts,
        message: `must be one of ${(params["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    case "const":
      return { path: parts, message: `must be ${JSON.stringify(params["allowedValue"])}` };
    case "format":
      return {
        path: parts,
        message: params["format"] === "date" ? "must be a real date written YYYY-MM-DD" : `must be a valid ${String(params["format"])}`,
      };
    case "pattern": {
      const list = parts[parts.length - 2];
      const identity = typeof list === "string" ? IDENTITY_PATTERN_MESSAGES[list] : undefined;
      if (identity !== undefined) return { path: parts, message: identity };
      const last = parts[parts.length - 1];
      const field = typeof last === "string" ? FIELD_PATTERN_MESSAGES[last] : undefined;
      if (field !== undefined) return { path: parts, message: field };
      return { path: parts, message: `does not have the expected form (${error.message ?? "pattern"})` };
    }
    case "type":
      if (parts[parts.length - 1] === "accountable" && params["type"] === "string") {
        return { path: parts, message: "a duty has exactly one accountable person; name one id and move the others to responsible" };
      }
      return { path: parts, message: `must be ${String(params["type"])}` };
    case "oneOf":
      if (parts[0] === "settings") return { path: parts, message: 'must be "all" or a list' };
      return { path: parts, message: "an exception names exactly one of rule or duty" };
    case "anyOf":
      if (parts[0] === "settings") return { path: parts, message: "a central entry names accounts, subscriptions, or both" };
      return { path: parts, message: "a scope names a provider, resourceTypes, or both" };
    case "not":
      return { path: parts, message: "departed may only be set when status is departed" };
    default:
      return { path: parts, message: error.message ?? error.keyword };
  }
}

/** Problems found before parsing: characters YAML forbids, nesting deep enough to exhaust the parser. */
function textProblems(text: string, file: string): MapProblem[] {
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  const body = text.slice(start);
  const bad = nonPrintableIndex(text, start);
  if (bad >= 0) {
    const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, "0");
    return [
      {
        file,
        line: lineAt(text, bad),
        field: "",
        message: `the file holds the control character U+${code}, which YAML does not allow; a map is plain UTF-8 text`,
      },
    ];
  }
  const deep = flowDepthOffset(text);
  if (deep >= 0) {
    return [
      {
        file,
        line: lineAt(text, deep),
        field: "",
        message: `[ ] and { } nest more than ${MAX_FLOW_DEPTH} levels deep; a map needs only a few`,
      },
    ];
  }
  if (body.trim() === "" || body.split("\n").every((line) => /^\s*(#.*)?$/.test(line))) {
    return [{ file, line: 1, field: "", message: "the map is empty; it needs version, settings, people and duties" }];
  }
  return [];
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key; each key may appear once";
    case "TAG_RESOLVE_FAILED":
      return `${message.split("\n")[0] ?? code}; a map uses no YAML tags (!something), only plain values`;
    default:
      if (message.startsWith("Source contains multiple documents")) {
        return "the file holds more than one YAML document (a second `---`); a map is one document";
      }
      return message.split("\n")[0] ?? code;
  }
}

function valueAt(data: unknown, pathParts: Path): unknown {
  let value = data;
  for (const part of pathParts) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** Ajv's errors as problems: one per field, the specific error rather than its summary. */
/**
 * `"all"` or a list (`settings.centrallyManaged[].controls`, `.accounts`): when the list is wrong
 * inside, the `oneOf` summary and the failed `"all"` alternative only repeat it.
 */
function isAlternativeSummary(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (!error.instancePath.startsWith("/settings/centrallyManaged/")) return false;
  if (error.keyword !== "oneOf" && error.keyword !== "const") return false;
  return all.some((other) => other.instancePath.startsWith(`${error.instancePath}/`));
}

/** A missing field of one `anyOf` branch ("accounts or subscriptions"): the `anyOf` error says it once. */
function isAnyOfBranch(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword !== "required" || !/\/anyOf\/\d+\/required$/.test(error.schemaPath)) return false;
  return all.some((other) => other.keyword === "anyOf" && other.instancePath === error.instancePath);
}

function schemaProblems(data: unknown, file: string, lineOf: (p: Path) => number | undefined): MapProblem[] {
  const described = validate(data)
    // `if`/`then` and `oneOf` produce a summary error beside the specific one; keep the specific.
    .filter((error) => error.keyword !== "if")
    .filter((error, _, all) => !isAlternativeSummary(error, all) && !isAnyOfBranch(error, all))
    .map((error) => ({ error, ...describeAjvError(error) }));
  const withFormat = new Set(described.filter((d) => d.error.keyword === "format").map((d) => fieldOf(d.path)));
  const unknownFields = described.filter((d) => d.error.keyword === "additionalProperties");
  const replaced = new Map<string, string>();
  const out: MapProblem[] = [];
  const seen = new Set<string>();
  for (const { error, path: errorPath, message: plain } of described) {
    let message = plain;
    const field = fieldOf(errorPath);
    // A date that breaks the pattern also breaks the format: say it once.
    if (error.keyword === "pattern" && withFormat.has(field)) continue;
    if (error.keyword === "format" && error.params["format"] === "date") {
      message = `${JSON.stringify(valueAt(data, errorPath))} is not a real date; write it as YYYY-MM-DD`;
    }
    const value = valueAt(data, errorPath);
    if ((error.keyword === "pattern" || error.keyword === "format") && typeof value === "string" && /[^\x20-\x7E]/.test(value)) {
      // Ids and emails are plain ASCII, so no look-alike letter (Cyrillic "о", the Kelvin sign) can pass for one.
      message = `holds characters outside plain ASCII, such as a look-alike letter from another script; ${
        error.keyword === "format" ? "an email in the map is plain ASCII" : "an id is lowercase ASCII letters, digits, dots and hyphens"
      }`;
    }
    if (error.keyword === "type" && !message.startsWith("a duty has")) {
      message = `${message}, not ${kindOf(valueAt(data, errorPath))}`;
    }
    if (error.keyword === "required") {
      // A misspelt key shows up as an unknown field plus a missing one; report the spelling once.
      const missing = String(errorPath[errorPath.length - 1]);
      const parent = fieldOf(errorPath.slice(0, -1));
      const typo = unknownFields.find((d) => {
        const key = String(d.path[d.path.length - 1]);
        const cleaned = key.replace(INVISIBLE, "");
        return (
          fieldOf(d.path.slice(0, -1)) === parent && (cleaned === missing || editDistance(key.toLowerCase(), missing.toLowerCase()) <= 2)
        );
      });
      if (typo) {
        const key = String(typo.path[typo.path.length - 1]);
        const invisible = key.replace(INVISIBLE, "") !== key ? " (it holds an invisible character)" : "";
        replaced.set(fieldOf(typo.path), `unknown field "${visible(key)}"${invisible}; did you mean "${missing}"?`);
        continue;
      }
    }
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, line: lineOf(errorPath), field, message });
  }
  return out.map((problem) => {
    const message = replaced.get(problem.field);
    return message === undefined ? problem : { ...problem, message };
  });
}

export function parseMap(text: string, file: string, options: LoadOptions = {}): ResponsibilityMap {
  const early = textProblems(text, file);
  if (early.length > 0) throw new MapError(early);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  // The first syntax error only: the ones after it are usually the parser losing its place.
  const syntax = doc.errors[0] ?? doc.warnings[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line ?? counter.linePos(syntax.pos[0]).line;
    // Only a well-formed tree names a field; after a syntax error the tree is the parser's guess.
    const wellFormed = syntax.code === "DUPLICATE_KEY" || syntax.code === "TAG_RESOLVE_FAILED";
    const field = wellFormed ? fieldOf(pathAt(doc.contents, syntax.pos[0])) : "";
    throw new MapError([{ file, line, field, message: `YAML ${yamlMessage(syntax.code, syntax.message)}` }]);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    let where: { line: number | undefined; field: string } = { line: undefined, field: "" };
    visit(doc, {
      Alias(_key, node, ancestors) {
        where = { line: node.range ? counter.linePos(node.range[0]).line : undefined, field: fieldOf(pathOfAncestors(ancestors, node)) };
        return visit.BREAK;
      },
    });
    throw new MapError([
      {
        file,
        ...where,
        message: `YAML aliases (*name) expand too far (${(error as Error).message}); write the values out`,
      },
    ]);
  }
  const expanded = expansionProblem(doc, counter, file);
  if (expanded) throw new MapError([expanded]);
  const lineOf = lineFinder(doc, counter);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const line = isNode(doc.contents) && doc.contents.range ? counter.linePos(doc.contents.range[0]).line : 1;
    throw new MapError([
      {
        file,
        line,
        field: "",
        message: `the map must be a mapping of version, settings, people and duties, not ${kindOf(data)}`,
      },
    ]);
  }
  const problems = schemaProblems(data, file, lineOf);
  if (problems.length > 0) throw new MapError(problems);

  const map = buildMap(data as RawMap, file, lineOf);
  // Not spread into another array: a list of 200,000 unknown ids would overflow the call stack.
  const references = referenceProblems(map, options);
  if (references.length > 0) throw new MapError(references);
  return map;
}

/**
 * The map's size with every alias expanded, counted over the YAML tree in one pass: an anchored
 * node's size is remembered, so an alias costs one lookup however often it repeats. Refuses an
 * alias inside the node it names (a cycle) and a map larger than MAX_EXPANDED_CHARS expanded.
 */
function expansionProblem(doc: Document, counter: LineCounter, file: string): MapProblem | undefined {
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  const pathParts: (string | number)[] = [];
  let largest: { size: number; node: Node; path: string } | undefined;
  let cycle: { node: Node; path: string } | undefined;
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) return 0;
      if (open.has(target)) {
        cycle ??= { node, path: fieldOf(pathParts) };
        return Number.POSITIVE_INFINITY;
      }
      const size = sizes.get(target) ?? 0;
      if (largest === undefined || size > largest.size) largest = { size, node, path: fieldOf(pathParts) };
      return size;
    }
    const anchor = isNode(node) ? node.anchor : undefined;
    if (anchor !== undefined) {
      anchors.set(anchor, node);
      open.add(node);
    }
    let size = 0;
    if (isScalar(node)) size = String(node.value ?? "").length;
    else if (isMap(node)) {
      for (const pair of node.items) {
        size += sizeOf(pair.key);
        pathParts.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
        size += sizeOf(pair.value);
        pathParts.pop();
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        pathParts.push(index);
        size += sizeOf(item);
        pathParts.pop();
      });
    }
    if (anchor !== undefined) {
      open.delete(node);
      sizes.set(node, size);
    }
    return size;
  };
  const total = sizeOf(doc.contents);
  const lineOfNode = (node: Node) => (node.range ? counter.linePos(node.range[0]).line : undefined);
  if (cycle) {
    return {
      file,
      line: lineOfNode(cycle.node),
      field: cycle.path,
      message: "a YAML alias (*name) refers to the node that contains it, so it never ends; write the values out",
    };
  }
  if (total <= MAX_EXPANDED_CHARS || largest === undefined) return undefined;
  return {
    file,
    line: lineOfNode(largest.node),
    field: largest.path,
    message:
      `YAML aliases (*name) expand the map to ${total} characters of text; a map may hold at most ${MAX_EXPANDED_CHARS} ` +
      `once expanded. This alias alone adds ${largest.size}; write the values out, or shorten them`,
  };
}

export interface RawMap {
  settings: {
    organization: string;
    ownerTagKey?: string;
    providers: ("aws" | "azure")[];
    centrallyManaged?: CentrallyManaged[];
    ownAccounts?: { awsAccountIds?: string[]; azureTenantIds?: string[] };
  };
  people: Person[];
  teams?: (Omit<Team, "members"> & { members: string[] })[];
  thirdParties?: ThirdParty[];
  duties: (Omit<Duty, "scopes" | "responsible" | "consulted" | "informed" | "thirdParties"> & {
    scopes?: Duty["scopes"];
    thirdParties?: Duty["thirdParties"];
    responsible?: string[];
    consulted?: string[];
    informed?: string[];
  })[];
  exceptions?: MapException[];
  classification?: { tagKey?: string; default: string; levels: ClassificationLevel[] };
}

/** The loaded map from schema-valid data (defaults filled in, indexes built); exported for tests. */
export function buildMap(raw: RawMap, file: string, lineOf: (p: Path) => number | undefined): ResponsibilityMap {
  const people = raw.people;
  const duties: Duty[] = raw.duties.map((duty) => ({
    ...duty,
    scopes: duty.scopes ?? [],
    responsible: duty.responsible ?? [],
    consulted: duty.consulted ?? [],
    informed: duty.informed ?? [],
    thirdParties: duty.thirdParties ?? [],
  }));
  const personById = new Map<string, Person>();
  const personByEmail = new Map<string, Person>();
  const personByIdentity = new Map<string, Person>();
  for (const person of people) {
    if (!personById.has(person.id)) personById.set(person.id, person);
    const email = person.email.toLowerCase();
    if (!personByEmail.has(email)) personByEmail.set(email, person);
    for (const [kind, value] of identitiesOf(person)) {
      const key = identityKey(kind, value);
      if (!personByIdentity.has(key)) personByIdentity.set(key, person);
    }
  }
  const teams = raw.teams ?? [];
  const thirdParties = raw.thirdParties ?? [];
  const classification: Classification | undefined = raw.classification && {
    tagKey: raw.classification.tagKey ?? "data-classification",
    default: raw.classification.default,
    levels: raw.classification.levels,
    levelById: new Map([...raw.classification.levels].reverse().map((level) => [level.id, level])),
  };
  return {
    source: file,
    settings: {
      organization: raw.settings.organization,
      ownerTagKey: raw.settings.ownerTagKey ?? "owner",
      providers: raw.settings.providers,
      centrallyManaged: raw.settings.centrallyManaged ?? [],
      ownAccounts: {
        awsAccountIds: raw.settings.ownAccounts?.awsAccountIds ?? [],
        azureTenantIds: raw.settings.ownAccounts?.azureTenantIds ?? [],
      },
    },
    people,
    teams,
    thirdParties,
    duties,
    exceptions: raw.exceptions ?? [],
    classification,
    personById,
    personByEmail,
    personByIdentity,
    dutyById: new Map(duties.map((duty) => [duty.id, duty])),
    teamById: new Map(teams.map((team) => [team.id, team])),
    thirdPartyById: new Map(thirdParties.map((party) => [party.id, party])),
    lineOf,
  };
}

/** Records one problem at a path of the map. */
type AddProblem = (pathParts: Path, message: string) => void;

/** Referential checks the schema cannot express. */
function referenceProblems(map: ResponsibilityMap, options: LoadOptions): MapProblem[] {
  const problems: MapProblem[] = [];
  const add: AddProblem = (pathParts, message) => {
    problems.push({ file: map.source, line: map.lineOf(pathParts), field: fieldOf(pathParts), message });
  };
  repeatedListValues(map, add);
  duplicateIds(map, add);
  if (map.classification) classificationProblems(map.classification, add);
  emailProblems(map, add);
  identityProblems(map, add);
  teamMemberProblems(map, add);
  dutyPeopleProblems(map, add);
  thirdPartyProblems(map, add);
  ownAccountProblems(map, add);
  map.settings.centrallyManaged.forEach((entry, index) => {
    mustBeActivePerson(map, add, ["settings", "centrallyManaged", index, "managedBy"], entry.managedBy, "central controls manager");
    centralScopeProblems(entry, index, add);
  });
  exceptionProblems(map, options, add);
  return problems;
}

/** The first index of each value (or id) of a list, each later repeat reported with that index. */
function firstIndexes(values: readonly string[], repeated: (index: number, earlier: number) => void): Map<string, number> {
  const first = new Map<string, number>();
  values.forEach((value, index) => {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else repeated(index, earlier);
  });
  return first;
}

// Lists of plain values hold each value once. Checked here, in linear time, rather than by the
// schema's `uniqueItems`: Ajv compares every pair of items, which took minutes on a long list.
function repeatedListValues(map: ResponsibilityMap, add: AddProblem): void {
  const repeatedValues = (listPath: Path, list: readonly string[], what: string) => {
    firstIndexes(list, (index, earlier) => {
      add([...listPath, index], `${what} "${list[index]}" is listed twice (first at ${fieldOf([...listPath, earlier])}); list it once`);
    });
  };
  repeatedValues(["settings", "providers"], map.settings.providers, "provider");
  repeatedValues(["settings", "ownAccounts", "awsAccountIds"], map.settings.ownAccounts.awsAccountIds, "AWS account");
  repeatedValues(["settings", "ownAccounts", "azureTenantIds"], map.settings.ownAccounts.azureTenantIds, "Azure tenant");
  map.teams.forEach((team, index) => {
    repeatedValues(["teams", index, "members"], team.members, "person");
  });
  map.duties.forEach((duty, index) => {
    repeatedValues(["duties", index, "controls"], duty.controls, "control");
    for (const role of ["responsible", "consulted", "informed"] as const) repeatedValues(["duties", index, role], duty[role], "person");
  });
}

function duplicateIds(map: ResponsibilityMap, add: AddProblem): void {
  const duplicates = (kind: string, list: readonly { id: string }[], listPath: string) => {
    firstIndexes(
      list.map((item) => item.id),
      (index, earlier) => {
        add([listPath, index, "id"], `duplicate ${kind} id "${list[index]?.id}" (first used at ${listPath}[${earlier}])`);
      },
    );
  };
  duplicates("person", map.people, "people");
  duplicates("team", map.teams, "teams");
  duplicates("third party", map.thirdParties, "thirdParties");
  duplicates("duty", map.duties, "duties");
  duplicates("exception", map.exceptions, "exceptions");
}

/** Level ids are unique, the default names one of them, and no level's log maximum is below its minimum. */
function classificationProblems(classification: Classification, add: AddProblem): void {
  const levelIds = classification.levels.map((level) => level.id);
  const first = firstIndexes(levelIds, (index, earlier) => {
    add(
      ["classification", "levels", index, "id"],
      `duplicate classification level id "${levelIds[index]}" (first used at classification.levels[${earlier}])`,
    );
  });
  if (!first.has(classification.default)) {
    add(["classification", "default"], `no classification level has id "${classification.default}"; name one of ${levelIds.join(", ")}`);
  }
  classification.levels.forEach((level, index) => {
    const { minLogRetentionDays: min, maxLogRetentionDays: max } = level.requirements;
    if (min !== undefined && max !== undefined && max < min) {
      add(
        ["classification", "levels", index, "requirements", "maxLogRetentionDays"],
        `maxLogRetentionDays ${max} is below minLogRetentionDays ${min}; logs could not be kept long enough`,
      );
    }
  });
}

/** Each email belongs to one person (case-insensitive), and no person's id is a team's. */
function emailProblems(map: ResponsibilityMap, add: AddProblem): void {
  const emails = new Map<string, number>();
  map.people.forEach((person, index) => {
    const email = person.email.toLowerCase();
    const earlier = emails.get(email);
    if (earlier !== undefined) add(["people", index, "email"], `email ${person.email} is already used by people[${earlier}]`);
    else emails.set(email, index);
    if (map.teamById.has(person.id)) add(["people", index, "id"], `"${person.id}" is also a team id; ids must be unique`);
  });
}

// Each identity belongs to one person, and an email-like identity is not another person's email
// (Identity Center users and UPNs also match by email). One pass over every identity listed.
function identityProblems(map: ResponsibilityMap, add: AddProblem): void {
  const claimed = new Map<string, number>();
  map.people.forEach((person, index) => {
    for (const [kind, value, where] of identitiesOf(person)) {
      const key = identityKey(kind, value);
      const label = kind.startsWith("other:")
        ? `${kind.slice(6)} identity`
        : IDENTITY_KIND_LABELS[kind as keyof typeof IDENTITY_KIND_LABELS];
      const earlier = claimed.get(key);
      if (earlier !== undefined) {
        const other = map.people[earlier];
        add(
          ["people", index, ...where],
          earlier === index
            ? `${label} "${value}" is listed twice; list it once`
            : `${label} "${value}" is already claimed by ${other?.id ?? `people[${earlier}]`} (people[${earlier}]); an identity belongs to one person`,
        );
        continue;
      }
      claimed.set(key, index);
      if (kind === "awsIdentityCenterUsers" || kind === "entraUserPrincipalNames") {
        const owner = map.personByEmail.get(value.toLowerCase());
        if (owner !== undefined && owner !== person) {
          add(["people", index, ...where], `${label} "${value}" is the email of ${owner.id}; an identity belongs to one person`);
        }
      }
    }
  });
}

/**
 * An AWS control is kept per account and an Azure one per subscription: a listed control whose cloud
 * the entry names no accounts (or subscriptions) for would cover nothing, which is a mistake to say.
 */
function centralScopeProblems(entry: CentrallyManaged, index: number, add: AddProblem): void {
  if (entry.controls === "all") return;
  entry.controls.forEach((control, at) => {
    const azure = isAzureCentralControl(control);
    if (azure && entry.subscriptions === undefined) {
      add(
        ["settings", "centrallyManaged", index, "controls", at],
        `${control} is an Azure subscription-level control, but the entry names no subscriptions; add subscriptions ("all" or the subscription ids)`,
      );
    } else if (!azure && entry.accounts === undefined) {
      add(
        ["settings", "centrallyManaged", index, "controls", at],
        `${control} is an AWS account-level control, but the entry names no accounts; add accounts ("all" or the account ids)`,
      );
    }
  });
}

function mustBeActivePerson(map: ResponsibilityMap, add: AddProblem, pathParts: Path, id: string, role: string): void {
  const person = map.personById.get(id);
  if (person === undefined) {
    const hint = map.teamById.has(id)
      ? `"${id}" is a team; name one person`
      : map.thirdPartyById.has(id)
        ? role === "accountable person"
          ? `"${id}" is a third party, and a third party is never accountable; name one of the organisation's people and give the third party its share under thirdParties`
          : `"${id}" is a third party; give it its share under the duty's thirdParties`
        : `no person has id "${id}"; add them to people or fix the id`;
    add(pathParts, `${role}: ${hint}`);
  } else if (person.status !== "active") {
    add(pathParts, `${role}: ${person.name} departed on ${person.departed ?? "?"}; name an active person`);
  }
}

function teamMemberProblems(map: ResponsibilityMap, add: AddProblem): void {
  map.teams.forEach((team, index) => {
    team.members.forEach((member, m) => {
      mustBeActivePerson(map, add, ["teams", index, "members", m], member, "team member");
    });
  });
}

/** Each duty's RACI names active people, and its sign-off names a person and follows the review. */
function dutyPeopleProblems(map: ResponsibilityMap, add: AddProblem): void {
  map.duties.forEach((duty, index) => {
    mustBeActivePerson(map, add, ["duties", index, "accountable"], duty.accountable, "accountable person");
    for (const role of ["responsible", "consulted", "informed"] as const) {
      duty[role].forEach((id, i) => {
        mustBeActivePerson(map, add, ["duties", index, role, i], id, `${role} person`);
      });
    }
    if (!map.personById.has(duty.review.signedOffBy)) {
      add(["duties", index, "review", "signedOffBy"], `no person has id "${duty.review.signedOffBy}"`);
    }
    if (duty.review.signedOffOn < duty.review.last) {
      add(
        ["duties", index, "review", "signedOffOn"],
        `the sign-off (${duty.review.signedOffOn}) predates the review it signs (${duty.review.last})`,
      );
    }
  });
}

/**
 * Third parties: ids apart from people's and teams' (and not the reserved SLA names), each contact
 * email once per party, sign-offs by people, each account and tenant claimed by one party; each
 * duty's shares name known third parties once, and its SLA facts name the organisation, the
 * provider or a known third party.
 */
function thirdPartyProblems(map: ResponsibilityMap, add: AddProblem): void {
  const claimed = new Map<string, number>();
  map.thirdParties.forEach((party, index) => {
    if (map.personById.has(party.id) || map.teamById.has(party.id)) {
      add(
        ["thirdParties", index, "id"],
        `"${party.id}" is also a ${map.personById.has(party.id) ? "person" : "team"} id; ids must be unique`,
      );
    }
    if (RESERVED_PARTY_IDS.has(party.id)) {
      add(["thirdParties", index, "id"], `"${party.id}" is reserved (SLA facts use it for the ${party.id}); choose another id`);
    }
    const emails = new Map<string, number>();
    party.contacts.forEach((contact, c) => {
      const email = contact.email.toLowerCase();
      const earlier = emails.get(email);
      if (earlier !== undefined) {
        add(
          ["thirdParties", index, "contacts", c, "email"],
          `email ${contact.email} is already used by contacts[${earlier}]; list each contact once`,
        );
      } else emails.set(email, c);
    });
    if (!map.personById.has(party.review.signedOffBy)) {
      add(
        ["thirdParties", index, "review", "signedOffBy"],
        `no person has id "${party.review.signedOffBy}"; a review is signed off by one of people`,
      );
    }
    if (party.review.signedOffOn < party.review.last) {
      add(
        ["thirdParties", index, "review", "signedOffOn"],
        `the sign-off (${party.review.signedOffOn}) predates the review it signs (${party.review.last})`,
      );
    }
    const identifiers: [string, readonly string[] | undefined, string][] = [
      ["awsAccountIds", party.identifiers?.awsAccountIds, "AWS account"],
      ["azureTenantIds", party.identifiers?.azureTenantIds, "Azure tenant"],
    ];
    for (const [list, values, label] of identifiers) {
      (values ?? []).forEach((value, v) => {
        const key = `${list}\u0000${value.toLowerCase()}`;
        const earlier = claimed.get(key);
        if (earlier === undefined) claimed.set(key, index);
        else {
          const other = map.thirdParties[earlier]?.id ?? `thirdParties[${earlier}]`;
          add(
            ["thirdParties", index, "identifiers", list, v],
            earlier === index
              ? `${label} ${value} is listed twice; list it once`
              : `${label} ${value} is already claimed by ${other}; an account belongs to one third party`,
          );
        }
      });
    }
  });
  const partyHint = (id: string) =>
    map.personById.has(id)
      ? `"${id}" is a person; list people under responsible or consulted, and third parties here`
      : `no third party has id "${id}"; add it to thirdParties or fix the id`;
  map.duties.forEach((duty, index) => {
    const seen = new Map<string, number>();
    duty.thirdParties.forEach((share, s) => {
      const where = ["duties", index, "thirdParties", s, "party"];
      if (!map.thirdPartyById.has(share.party)) add(where, partyHint(share.party));
      const earlier = seen.get(share.party);
      if (earlier !== undefined) {
        add(
          where,
          `third party "${share.party}" already has a share of this duty (duties[${index}].thirdParties[${earlier}]); give it one share`,
        );
      } else seen.set(share.party, s);
    });
    for (const fact of ["auditLogsOwner", "regulatorNotifiedBy"] as const) {
      const id = duty.sla?.[fact];
      if (id === undefined || id === SLA_ORGANISATION || id === SLA_PROVIDER || map.thirdPartyById.has(id)) continue;
      add(["duties", index, "sla", fact], `"${id}" is not "${SLA_ORGANISATION}", "${SLA_PROVIDER}" or the id of a third party`);
    }
  });
}

/** An account or tenant of the organisation's own is never also a third party's. */
function ownAccountProblems(map: ResponsibilityMap, add: AddProblem): void {
  const lists = [
    ["awsAccountIds", "AWS account"],
    ["azureTenantIds", "Azure tenant"],
  ] as const;
  for (const [list, label] of lists) {
    const claimedBy = new Map<string, string>();
    for (const party of map.thirdParties) {
      for (const value of party.identifiers?.[list] ?? []) {
        if (!claimedBy.has(value.toLowerCase())) claimedBy.set(value.toLowerCase(), party.id);
      }
    }
    map.settings.ownAccounts[list].forEach((value, index) => {
      const party = claimedBy.get(value.toLowerCase());
      if (party === undefined) return;
      add(
        ["settings", "ownAccounts", list, index],
        `${label} ${value} is also third party ${party}'s; an account is the organisation's own or a third party's, not both`,
      );
    });
  }
}

/** Each exception's approver is active, its duty and rule exist, and it expires after its approval. */
function exceptionProblems(map: ResponsibilityMap, options: LoadOptions, add: AddProblem): void {
  map.exceptions.forEach((exception, index) => {
    mustBeActivePerson(map, add, ["exceptions", index, "approver"], exception.approver, "approver");
    if (exception.duty !== undefined && !map.dutyById.has(exception.duty)) {
      add(["exceptions", index, "duty"], `no duty has id "${exception.duty}"`);
    }
    if (exception.rule !== undefined && options.knownRules && !options.knownRules.has(exception.rule)) {
      add(["exceptions", index, "rule"], `no rule is named "${exception.rule}"; run \`shared-responsibility rules\` for the names`);
    }
    if (exception.expires < exception.approved) {
      add(["exceptions", index, "expires"], `expires (${exception.expires}) before it was approved (${exception.approved})`);
    }
  });
}

/** Exposed for tests and the schema-completion docs. */
export const mapSchema: unknown = schema;
