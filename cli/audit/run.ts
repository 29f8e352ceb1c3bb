import { type Environment, ownerProblem } from "../../policies/core/evaluate";
import { type Finding, personRef, type ResourceRef } from "../../policies/core/finding";
import { resolveOwner } from "../../policies/core/owner";
import type { ResourceView } from "../../policies/core/resource";
import type { Rule } from "../../policies/core/rule";
import { type PackSettings, runRules } from "../../policies/core/run";
import { RULE_DUTIES, RULES } from "../../policies/registry";
import type { Person, ResponsibilityMap } from "../../responsibility-map/model";
import { expandStatePaths, type PendingOperation, readStateFile, type StateFormat } from "../state/reader";

export interface AuditOptions {
  readonly map: ResponsibilityMap;
  readonly now: Date;
  /** Per-rule levels and options (`settingsFromConfig`); rule defaults when absent. */
  readonly settings?: PackSettings;
  /** Called after each file is read and audited (the CLI draws progress with it). */
  readonly onFile?: (done: number, total: number, file: string) => void;
  /**
   * Given, each finding is handed over as its state file is done (map findings first, as in
   * `findings`) and `findings` of the result stays empty: a large audit need not hold them all.
   */
  readonly onFinding?: (finding: Finding, origin: { readonly file: string; readonly stack: string | undefined } | undefined) => void;
}

/** What the audit saw in one state file. */
export interface StackSummary {
  readonly file: string;
  readonly format: StateFormat;
  readonly version: number;
  /** `<project>/<stack>`, or the checkpoint's stack name. */
  readonly stack: string | undefined;
  readonly deployed: boolean;
  /** Resource entries in the file, providers and the stack resource included. */
  readonly resources: number;
  /** Live resources the rules ran on. */
  readonly audited: number;
  /** Read (`external`) resources: available to joins, their own findings dropped. */
  readonly external: number;
  readonly providers: number;
  readonly components: number;
  readonly pendingDeletion: readonly ResourceRef[];
  readonly pendingReplacement: readonly ResourceRef[];
  readonly pendingOperations: readonly PendingOperation[];
  /** This stack's findings are `findings.slice(findingRange[0], findingRange[1])` of the result. */
  readonly findingRange: readonly [number, number];
}

/** A person the map lists as departed whom the audited state still names. */
export interface DepartedOwner {
  readonly person: Person;
  /** Audited resources whose owner tag names them. */
  readonly resources: number;
  /** Audited resources that give one of their identities access (as the leaver rules find it). */
  readonly access: number;
}

export interface AuditResult {
  /** Findings about the map itself first (they belong to no stack), then each stack's in `findingRange`. */
  readonly findings: Finding[];
  readonly stacks: StackSummary[];
  readonly warnings: string[];
  /** Departed people still named by an owner tag or holding access, in map order. */
  readonly departedOwners: DepartedOwner[];
}

/** Counts, per departed person, the audited resources that still name them (owner tag, access). */
class DepartedCounter {
  private readonly counts = new Map<string, { person: Person; resources: number; access: number }>();
  constructor(private readonly map: ResponsibilityMap) {
    for (const person of map.people) if (person.status === "departed") this.counts.set(person.id, { person, resources: 0, access: 0 });
  }

  /** One file: its resources (`audited` says which count) and its findings, `findings[from...]` (the leaver rules' access). */
  add(resources: readonly ResourceView[], audited: (urn: string) => boolean, findings: readonly Finding[], from: number): void {
    if (this.counts.size === 0) return;
    for (const resource of resources) {
      if (!audited(resource.urn)) continue;
      const owner = resolveOwner(resource, this.map);
      if (owner.kind === "departed") {
        const count = this.counts.get(owner.person.id);
        if (count) count.resources++;
      }
    }
    for (let index = from; index < findings.length; index++) {
      const finding = findings[index] as Finding;
      if (finding.code !== "departed-identity" || finding.person === undefined || finding.status === "not-applicable") continue;
      const count = this.counts.get(finding.person);
      if (count) count.access++;
    }
  }

  result(): DepartedOwner[] {
    return [...this.counts.values()].filter((count) => count.resources + count.access > 0);
  }
}

/**
 * Findings outlive their state file, by the million in a large audit, and most messages repeat
 * (the same rule, owner and accountable person): one copy of each distinct text is kept.
 */
function compact(finding: Finding, pool: Map<string, string>): Finding {
  const intern = (text: string): string => {
    const kept = pool.get(text);
    if (kept !== undefined) return kept;
    pool.set(text, text);
    return text;
  };
  return { ...finding, message: intern(finding.message), problem: intern(finding.problem) };
}

/**
 * Rules that do not apply name no one, but a report lists such a finding under its resource's owner
 * like any other: deployed state holds no unknowns, so the owner tag can always be read here.
 */
function withOwner(finding: Finding, resource: ResourceView | undefined, map: ResponsibilityMap): Finding {
  if (resource === undefined || finding.owner !== undefined) return finding;
  const status = resolveOwner(resource, map);
  return status.kind === "person"
    ? { ...finding, owner: personRef(status.person) }
    : { ...finding, ownerProblem: ownerProblem(status, map.settings.ownerTagKey) };
}

/**
 * Audits deployed state files (or directories of them) with every rule of the pack: one
 * `runRules` run per file, the way `pulumi policy analyze` would run the pack on that stack.
 * Throws `InputError` on a file that is not Pulumi state.
 */
export function auditStates(paths: readonly string[], options: AuditOptions): AuditResult {
  const { files, warnings } = expandStatePaths(paths);
  const env: Environment = { map: options.map, now: options.now, ruleDuties: RULE_DUTIES };
  const findings: Finding[] = [];
  const stacks: StackSummary[] = [];
  // Rules that read no resources judge the map itself: run them once per audit (on the first stack
  // with resources, since they do not apply to an empty one), not once per stack.
  const isMapRule = (rule: Rule): boolean => rule.kind === "stack" && rule.resourceTypes.length === 0;
  const mapRules = RULES.filter(isMapRule);
  const stackRules = RULES.filter((rule) => !isMapRule(rule));
  let mapFindings: Finding[] | undefined;
  const ranges: [number, number][] = [];
  const summaries: Omit<StackSummary, "findingRange">[] = [];
  // URN -> the file that audited it: the same resource in a later file (a history or backup copy,
  // the same export named twice) is reported once, from the first.
  const auditedIn = new Map<string, string>();
  const pool = new Map<string, string>();
  // Findings handed over leave with their file: interning their texts would keep every one alive.
  const keep = (finding: Finding): Finding => (options.onFinding === undefined ? compact(finding, pool) : finding);
  const departed = new DepartedCounter(options.map);
  const handOver = options.onFinding;
  // With `onFinding`: findings of the files before the map findings exist (files with no resources).
  let early: [Finding, { file: string; stack: string | undefined }][] = [];
  let mapHandedOver = false;
  const handOverMapFindings = (map: readonly Finding[]): void => {
    if (handOver === undefined || mapHandedOver) return;
    mapHandedOver = true;
    for (const finding of map) handOver(finding, undefined);
    for (const [finding, origin] of early) handOver(finding, origin);
    early = [];
  };
  let stackFindings = 0;
  files.forEach((file, index) => {
    const state = readStateFile(file);
    for (const warning of state.warnings) warnings.push(warning);
    const start = findings.length;
    const repeated = new Set<string>();
    let repeatedFrom: string | undefined;
    for (const resource of state.resources) {
      if (state.external.has(resource.urn)) continue;
      const earlier = auditedIn.get(resource.urn);
      if (earlier === undefined) auditedIn.set(resource.urn, file);
      else if (earlier !== file) {
        repeated.add(resource.urn);
        repeatedFrom ??= earlier;
      }
    }
    if (repeated.size > 0) {
      warnings.push(
        `${file}: ${repeated.size} resource${repeated.size === 1 ? " was" : "s were"} already audited from an earlier file (${repeatedFrom} or before); ${repeated.size === 1 ? "its" : "their"} findings are reported once, from the earlier file`,
      );
    }
    // Copies of secret values in messages are hidden by the rule core, which knows where each was copied.
    if (mapFindings === undefined && state.resources.length > 0) mapFindings = runRules(mapRules, state.resources, env, options.settings);
    let byUrn: Map<string, ResourceView> | undefined;
    for (const finding of runRules(stackRules, state.resources, env, options.settings)) {
      if (finding.resource !== undefined && (state.external.has(finding.resource.urn) || repeated.has(finding.resource.urn))) continue;
      if (finding.status === "not-applicable" && finding.resource !== undefined) {
        byUrn ??= new Map(state.resources.map((resource) => [resource.urn, resource]));
        findings.push(keep(withOwner(finding, byUrn.get(finding.resource.urn), options.map)));
        continue;
      }
      findings.push(keep(finding));
    }
    departed.add(state.resources, (urn) => !state.external.has(urn) && !repeated.has(urn), findings, start);
    ranges.push([stackFindings, stackFindings + findings.length - start]);
    stackFindings += findings.length - start;
    if (handOver !== undefined) {
      const origin = { file, stack: state.stack };
      if (mapFindings === undefined) for (const finding of findings) early.push([finding, origin]);
      else {
        handOverMapFindings(mapFindings);
        for (const finding of findings) handOver(finding, origin);
      }
      findings.length = 0;
    }
    summaries.push({
      file,
      format: state.format,
      version: state.version,
      stack: state.stack,
      deployed: state.deployed,
      resources: state.resourceCount,
      audited: state.resources.length - state.external.size - repeated.size,
      external: state.external.size,
      providers: state.providerCount,
      components: state.componentCount,
      pendingDeletion: state.pendingDeletion,
      pendingReplacement: state.pendingReplacement,
      pendingOperations: state.pendingOperations,
    });
    options.onFile?.(index + 1, files.length, file);
  });
  mapFindings ??= runRules(mapRules, [], env, options.settings);
  handOverMapFindings(mapFindings);
  const offset = mapFindings.length;
  // Map findings go first; a spread into unshift would overflow the stack on a large list.
  const all = handOver === undefined ? mapFindings : [];
  for (const finding of findings) all.push(finding);
  findings.length = 0;
  summaries.forEach((summary, index) => {
    const [from = 0, to = 0] = ranges[index] ?? [];
    stacks.push({ ...summary, findingRange: [from + offset, to + offset] });
  });
  return { findings: all, stacks, warnings, departedOwners: departed.result() };
}
