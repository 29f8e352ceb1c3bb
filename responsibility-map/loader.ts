import { readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { type Document, isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import type { Duty, MapException, Person, ResponsibilityMap, Team } from "./model";
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
  return `${where}: ${problem.field || "(top level)"}: ${problem.message}`;
}

function formatProblems(problems: readonly MapProblem[]): string {
  const head = `The responsibility map is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}); fix it and run again:`;
  return [head, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join("\n");
}

export const MAP_ENV = "SHARED_RESPONSIBILITY_MAP";
/** Maps larger than this are refused before parsing: no organisation's map is this big. */
export const MAX_MAP_BYTES = 4 * 1024 * 1024;
const MAX_ALIASES = 200;

export interface LoadOptions {
  /** Rule names exceptions may refer to; unchecked when absent. */
  readonly knownRules?: ReadonlyMap<string, string>;
}

/** The map path: `$SHARED_RESPONSIBILITY_MAP`, else `responsibility-map/map.yaml` under `baseDir`. */
export function defaultMapPath(baseDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[MAP_ENV];
  return override ? path.resolve(override) : path.join(baseDir, "responsibility-map", "map.yaml");
}

let validator: ReturnType<Ajv2020["compile"]> | undefined;
function validate(data: unknown): readonly ErrorObject[] {
  if (validator === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv, ["date", "email"]);
    validator = ajv.compile(schema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

export function loadMap(file: string, options: LoadOptions = {}): ResponsibilityMap {
  const absolute = path.resolve(file);
  let text: string;
  try {
    const size = statSync(absolute).size;
    if (size > MAX_MAP_BYTES) {
      throw new MapError([
        {
          file: absolute,
          line: undefined,
          field: "",
          message: `the file is ${size} bytes; a map may be at most ${MAX_MAP_BYTES} bytes. Split out generated content.`,
        },
      ]);
    }
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    if (error instanceof MapError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    throw new MapError([
      {
        file: absolute,
        line: undefined,
        field: "",
        message: `cannot read the map (${reason}). Create it, or point ${MAP_ENV} at it.`,
      },
    ]);
  }
  return parseMap(text, absolute, options);
}

type Path = readonly (string | number)[];

function fieldOf(pathParts: Path): string {
  let out = "";
  for (const part of pathParts) out += typeof part === "number" ? `[${part}]` : out ? `.${part}` : part;
  return out;
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

function describeAjvError(error: ErrorObject): { path: (string | number)[]; message: string } {
  const parts = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, "/").replace(/~0/g, "~")));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: parts, message: `missing required field "${String(params["missingProperty"])}"` };
    case "additionalProperties":
      return {
        path: [...parts, String(params["additionalProperty"])],
        message: `unknown field "${String(params["additionalProperty"])}"; check its spelling against schema.json`,
      };
    case "enum":
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
    case "pattern":
      return { path: parts, message: `does not have the expected form (${error.message ?? "pattern"})` };
    case "type":
      if (parts[parts.length - 1] === "accountable" && params["type"] === "string") {
        return { path: parts, message: "a duty has exactly one accountable person; name one id and move the others to responsible" };
      }
      return { path: parts, message: `must be ${String(params["type"])}` };
    case "oneOf":
      return { path: parts, message: "an exception names exactly one of rule or duty" };
    case "anyOf":
      return { path: parts, message: "a scope names a provider, resourceTypes, or both" };
    case "not":
      return { path: parts, message: "departed may only be set when status is departed" };
    default:
      return { path: parts, message: error.message ?? error.keyword };
  }
}

export function parseMap(text: string, file: string, options: LoadOptions = {}): ResponsibilityMap {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const problems: MapProblem[] = [];
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
    const message =
      error.code === "DUPLICATE_KEY" ? "duplicate key; each key may appear once" : (error.message.split("\n")[0] ?? error.code);
    problems.push({ file, line, field: "", message: `YAML ${message}` });
  }
  if (problems.length > 0) throw new MapError(problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new MapError([
      { file, line: undefined, field: "", message: `YAML aliases expand too far (${(error as Error).message}); write the values out` },
    ]);
  }
  const lineOf = lineFinder(doc, counter);
  const seen = new Set<string>();
  for (const error of validate(data)) {
    // `if`/`then` and `oneOf` produce a summary error beside the specific one; keep the specific.
    if (error.keyword === "if") continue;
    const { path: errorPath, message } = describeAjvError(error);
    const key = `${fieldOf(errorPath)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, line: lineOf(errorPath), field: fieldOf(errorPath), message });
  }
  if (problems.length > 0) throw new MapError(problems);

  const map = build(data as RawMap, file, lineOf);
  problems.push(...referenceProblems(map, options));
  if (problems.length > 0) throw new MapError(problems);
  return map;
}

interface RawMap {
  settings: { organization: string; ownerTagKey?: string; providers: ("aws" | "azure")[] };
  people: Person[];
  teams?: (Omit<Team, "members"> & { members: string[] })[];
  duties: (Omit<Duty, "scopes" | "responsible" | "consulted" | "informed"> & {
    scopes?: Duty["scopes"];
    responsible?: string[];
    consulted?: string[];
    informed?: string[];
  })[];
  exceptions?: MapException[];
}

function build(raw: RawMap, file: string, lineOf: (p: Path) => number | undefined): ResponsibilityMap {
  const people = raw.people;
  const duties: Duty[] = raw.duties.map((duty) => ({
    ...duty,
    scopes: duty.scopes ?? [],
    responsible: duty.responsible ?? [],
    consulted: duty.consulted ?? [],
    informed: duty.informed ?? [],
  }));
  const personById = new Map<string, Person>();
  const personByEmail = new Map<string, Person>();
  for (const person of people) {
    if (!personById.has(person.id)) personById.set(person.id, person);
    const email = person.email.toLowerCase();
    if (!personByEmail.has(email)) personByEmail.set(email, person);
  }
  const teams = raw.teams ?? [];
  return {
    source: file,
    settings: {
      organization: raw.settings.organization,
      ownerTagKey: raw.settings.ownerTagKey ?? "owner",
      providers: raw.settings.providers,
    },
    people,
    teams,
    duties,
    exceptions: raw.exceptions ?? [],
    personById,
    personByEmail,
    dutyById: new Map(duties.map((duty) => [duty.id, duty])),
    teamById: new Map(teams.map((team) => [team.id, team])),
    lineOf,
  };
}

/** Referential checks the schema cannot express. */
function referenceProblems(map: ResponsibilityMap, options: LoadOptions): MapProblem[] {
  const problems: MapProblem[] = [];
  const add = (pathParts: Path, message: string): void => {
    problems.push({ file: map.source, line: map.lineOf(pathParts), field: fieldOf(pathParts), message });
  };

  const duplicates = (kind: string, list: readonly { id: string }[], listPath: string) => {
    const first = new Map<string, number>();
    list.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else add([listPath, index, "id"], `duplicate ${kind} id "${item.id}" (first used at ${listPath}[${earlier}])`);
    });
  };
  duplicates("person", map.people, "people");
  duplicates("team", map.teams, "teams");
  duplicates("duty", map.duties, "duties");
  duplicates("exception", map.exceptions, "exceptions");

  const emails = new Map<string, number>();
  map.people.forEach((person, index) => {
    const email = person.email.toLowerCase();
    const earlier = emails.get(email);
    if (earlier !== undefined) add(["people", index, "email"], `email ${person.email} is already used by people[${earlier}]`);
    else emails.set(email, index);
    if (map.teamById.has(person.id)) add(["people", index, "id"], `"${person.id}" is also a team id; ids must be unique`);
  });

  const mustBeActivePerson = (pathParts: Path, id: string, role: string) => {
    const person = map.personById.get(id);
    if (person === undefined) {
      const hint = map.teamById.has(id)
        ? `"${id}" is a team; name one person`
        : `no person has id "${id}"; add them to people or fix the id`;
      add(pathParts, `${role}: ${hint}`);
    } else if (person.status !== "active") {
      add(pathParts, `${role}: ${person.name} departed on ${person.departed ?? "?"}; name an active person`);
    }
  };

  map.teams.forEach((team, index) => {
    team.members.forEach((member, m) => {
      mustBeActivePerson(["teams", index, "members", m], member, "team member");
    });
  });
  map.duties.forEach((duty, index) => {
    mustBeActivePerson(["duties", index, "accountable"], duty.accountable, "accountable person");
    for (const role of ["responsible", "consulted", "informed"] as const) {
      duty[role].forEach((id, i) => {
        mustBeActivePerson(["duties", index, role, i], id, `${role} person`);
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
  map.exceptions.forEach((exception, index) => {
    mustBeActivePerson(["exceptions", index, "approver"], exception.approver, "approver");
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
  return problems;
}

/** Exposed for tests and the schema-completion docs. */
export const mapSchema: unknown = schema;
