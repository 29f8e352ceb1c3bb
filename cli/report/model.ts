import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { type Finding, type PersonRef, personRef, type ResourceRef } from "../../policies/core/finding";
import type { Controls, DutyId, EnforcementLevel, Severity } from "../../policies/core/rule";
import type { ResponsibilityMap } from "../../responsibility-map/model";
import type { AuditResult, StackSummary } from "../audit/run";
import type { PendingOperation } from "../state/reader";

/**
 * The audit report every format renders: the JSON format prints it as is, and
 * docs/audit-report.schema.json documents it. Bump `schemaVersion` on any incompatible change.
 */
export const REPORT_SCHEMA_VERSION = 1;
export const TOOL_NAME = "shared-responsibility";

/**
 * The findings a report lists, as renderers read them: counted, and walked in order, once or many
 * times. An array is one; a `FindingSpool` (spool.ts) is another that keeps them on disk.
 */
export interface FindingList extends Iterable<ReportFinding> {
  readonly length: number;
}

/** A list findings can be added to: an array, or a spool. */
export interface FindingSink extends FindingList {
  push(finding: ReportFinding): unknown;
}

export type ReportStatus = "fail" | "waived" | "not-applicable";

export interface ReportFinding {
  readonly rule: string;
  readonly duty: DutyId;
  readonly dutyTitle: string;
  readonly controls: Controls;
  readonly severity: Severity;
  readonly enforcementLevel: EnforcementLevel;
  readonly status: ReportStatus;
  /** The stack (`<project>/<stack>`) and state file the finding came from; for findings about the map, null and the map file. */
  readonly stack: string | null;
  readonly file: string;
  readonly resource: ResourceRef | null;
  readonly subject: string | null;
  readonly owner: PersonRef | null;
  /** Why there is no usable owner, when there is not. */
  readonly ownerProblem: string | null;
  readonly accountable: PersonRef | null;
  readonly exception: { readonly id: string; readonly reason: string; readonly approver: PersonRef; readonly expires: string } | null;
  /** The rule's stable id of the problem (listed per rule in docs/rules.md), when it gives one. */
  readonly code: string | null;
  /** What is wrong, as the rule says it (or why the rule does not apply): short, stable text for tools. */
  readonly problem: string;
  readonly message: string;
  /** The resource's data classification level, when the map defines levels and the finding is about a resource. */
  readonly classification: string | null;
}

export interface ReportStack {
  readonly file: string;
  readonly stack: string | null;
  readonly format: string;
  readonly version: number;
  readonly deployed: boolean;
  readonly resources: number;
  readonly audited: number;
  readonly external: number;
  readonly pendingDeletion: readonly ResourceRef[];
  readonly pendingReplacement: readonly ResourceRef[];
  readonly pendingOperations: readonly PendingOperation[];
}

export interface ReportSummary {
  readonly stacks: number;
  readonly resourcesAudited: number;
  /** Counts over every finding, listed or not. */
  readonly byStatus: { readonly fail: number; readonly waived: number; readonly "not-applicable": number };
  /** Failing findings by enforcement level. */
  readonly failByLevel: { readonly mandatory: number; readonly advisory: number };
  readonly failBySeverity: { readonly critical: number; readonly high: number; readonly medium: number; readonly low: number };
  /** Failing findings by the resource's classification level (map order, then "unclassified"); empty when the map has no levels. */
  readonly failByClassification: Readonly<Record<string, number>>;
  /** True when a mandatory violation makes the audit fail (exit code 1). */
  readonly failed: boolean;
  readonly notApplicableListed: boolean;
}

/** `F` is how the findings are held: an array, or a `FindingSpool` for a large audit. */
export interface AuditReport<F extends FindingList = readonly ReportFinding[]> {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly generatedAt: string;
  /** The date rules judged against (`--now`). */
  readonly asOf: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly map: { readonly source: string; readonly organization: string };
  readonly summary: ReportSummary;
  readonly stacks: readonly ReportStack[];
  readonly findings: F;
  readonly warnings: readonly string[];
  /** People the map lists as departed whom the audited resources still name, in map order. */
  readonly departedOwners: readonly ReportDepartedOwner[];
  /** Each third party with a share of some duty, in map order, with the findings of those duties. */
  readonly thirdParties: readonly ReportThirdParty[];
}

/** A third party's part of the audit: the findings of the duties it shares (each finding also stays under its accountable person). */
export interface ReportThirdParty {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** The duties it shares, in map order: the findings whose `duty` is one of them fall in its share. */
  readonly duties: readonly { readonly duty: string; readonly share: string; readonly raci: "responsible" | "consulted" }[];
  /** Findings of those duties by status, and the failing ones that are mandatory. */
  readonly fail: number;
  readonly waived: number;
  readonly mandatory: number;
}

export interface ReportDepartedOwner {
  readonly person: PersonRef;
  /** The date they left, as the map records it (null when it does not). */
  readonly departed: string | null;
  /** Audited resources whose owner tag names them. */
  readonly resources: number;
  /** Audited resources that give one of their identities access: the leaver rules' findings (failed or waived). */
  readonly access: number;
}

export interface ReportOptions {
  readonly map: ResponsibilityMap;
  readonly now: Date;
  readonly generatedAt?: Date;
  readonly includeNotApplicable?: boolean;
}

/** The package root (where package.json is), from the source tree or from dist/. */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, "utf8")) as { name?: string }).name === TOOL_NAME) return dir;
      } catch {
        // Not ours; keep climbing.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from, "..", "..");
    dir = parent;
  }
}

let version: string | undefined;
export function toolVersion(): string {
  if (version === undefined) {
    try {
      version = (JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
    } catch {
      version = "0.0.0";
    }
  }
  return version;
}

export function isMandatoryViolation(finding: { status: string; enforcementLevel: string }): boolean {
  return finding.status === "fail" && finding.enforcementLevel === "mandatory";
}

function stackOfFinding(stacks: readonly StackSummary[], count: number): (index: number) => StackSummary | undefined {
  const owners: (StackSummary | undefined)[] = new Array(count);
  for (const stack of stacks) for (let i = stack.findingRange[0]; i < stack.findingRange[1]; i++) owners[i] = stack;
  return (index) => owners[index];
}

/** Not-applicable findings carry no people; name the duty's accountable person for grouping all the same. */
function accountableInMap(map: ResponsibilityMap, duty: string): PersonRef | null {
  const id = map.dutyById.get(duty)?.accountable;
  const person = id === undefined ? undefined : map.personById.get(id);
  return person && person.status === "active" ? { id: person.id, name: person.name, email: person.email } : null;
}

function reportFinding(finding: Finding, stack: FindingOrigin | undefined, map: ResponsibilityMap): ReportFinding {
  return {
    rule: finding.rule,
    duty: finding.duty,
    dutyTitle: map.dutyById.get(finding.duty)?.title ?? finding.duty,
    controls: finding.controls,
    severity: finding.severity,
    enforcementLevel: finding.enforcementLevel,
    // buildReport refuses an undecided finding before it gets here.
    status: finding.status as ReportStatus,
    stack: stack?.stack ?? null,
    file: stack?.file ?? map.source,
    resource: finding.resource ? { urn: finding.resource.urn, type: finding.resource.type, name: finding.resource.name } : null,
    subject: finding.subject ?? null,
    owner: finding.owner ?? null,
    ownerProblem: finding.owner ? null : (finding.ownerProblem ?? null),
    accountable: finding.accountable ?? (finding.status === "not-applicable" ? accountableInMap(map, finding.duty) : null),
    exception: finding.exception
      ? {
          id: finding.exception.id,
          reason: finding.exception.reason,
          approver: finding.exception.approver,
          expires: finding.exception.expires,
        }
      : null,
    code: finding.code ?? null,
    problem: finding.problem,
    message: finding.message,
    classification: finding.classification ?? null,
  };
}

/** A zero count per classification level, in the map's order, when the map defines levels. */
function classificationCounts(map: ResponsibilityMap): Record<string, number> {
  const levels = map.classification?.levels ?? [];
  return levels.length === 0 ? {} : Object.fromEntries([...levels.map((level) => [level.id, 0] as const), ["unclassified", 0] as const]);
}

/** "internal 5, confidential 2" for summaries, or undefined when the map has no levels. */
export function describeClassificationCounts(summary: ReportSummary): string | undefined {
  const entries = Object.entries(summary.failByClassification);
  return entries.length === 0 ? undefined : entries.map(([level, count]) => `${level} ${count}`).join(", ");
}

/** Where a finding came from: its stack's name and state file, or nothing for a finding about the map. */
export interface FindingOrigin {
  readonly file: string;
  readonly stack?: string | undefined;
}

/**
 * Builds a report one finding at a time: counts every finding, and converts the ones the report
 * lists into `sink` (an array, or a `FindingSpool` that keeps them on disk), so an audit can hand
 * findings over as each state file is done instead of holding them all.
 */
export class ReportBuilder<S extends FindingSink = ReportFinding[]> {
  private readonly byStatus = { fail: 0, waived: 0, "not-applicable": 0 };
  private readonly failByLevel = { mandatory: 0, advisory: 0 };
  private readonly failBySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  private readonly failByClassification: Record<string, number>;
  /** The listed findings' counts per duty, for the third parties' shares. */
  private readonly byDuty = new Map<string, { fail: number; waived: number; mandatory: number }>();

  constructor(
    private readonly options: ReportOptions,
    readonly sink: S,
  ) {
    this.failByClassification = classificationCounts(options.map);
  }

  add(finding: Finding, origin: FindingOrigin | undefined): void {
    // Only a read through @pulumi/policy's unknown-checking proxy (a preview) leaves a resource
    // undecided; the audit reads deployed state as plain values.
    if (finding.status === "undecided") throw new Error(`${finding.rule}: an audit of deployed state left a resource undecided`);
    this.byStatus[finding.status as ReportStatus]++;
    if (finding.status === "fail") {
      if (finding.enforcementLevel === "mandatory") this.failByLevel.mandatory++;
      else if (finding.enforcementLevel === "advisory") this.failByLevel.advisory++;
      this.failBySeverity[finding.severity]++;
      const level = finding.classification ?? "unclassified";
      if (level in this.failByClassification) this.failByClassification[level] = (this.failByClassification[level] ?? 0) + 1;
    }
    if (finding.status === "not-applicable" && this.options.includeNotApplicable !== true) return;
    const duty = this.byDuty.get(finding.duty) ?? { fail: 0, waived: 0, mandatory: 0 };
    if (finding.status === "fail") duty.fail++;
    else if (finding.status === "waived") duty.waived++;
    if (isMandatoryViolation(finding)) duty.mandatory++;
    this.byDuty.set(finding.duty, duty);
    this.sink.push(reportFinding(finding, origin, this.options.map));
  }

  /** The report, over the stacks, warnings and departed owners of `result` and the findings added. */
  build(result: Omit<AuditResult, "findings">): AuditReport<S> {
    const { options } = this;
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      generatedAt: (options.generatedAt ?? new Date()).toISOString(),
      asOf: options.now.toISOString().slice(0, 10),
      tool: { name: TOOL_NAME, version: toolVersion() },
      map: { source: options.map.source, organization: options.map.settings.organization },
      summary: {
        stacks: result.stacks.length,
        resourcesAudited: result.stacks.reduce((sum, stack) => sum + stack.audited, 0),
        byStatus: this.byStatus,
        failByLevel: this.failByLevel,
        failBySeverity: this.failBySeverity,
        failByClassification: this.failByClassification,
        failed: this.failByLevel.mandatory > 0,
        notApplicableListed: options.includeNotApplicable === true,
      },
      stacks: result.stacks.map((stack) => ({
        file: stack.file,
        stack: stack.stack ?? null,
        format: stack.format,
        version: stack.version,
        deployed: stack.deployed,
        resources: stack.resources,
        audited: stack.audited,
        external: stack.external,
        pendingDeletion: stack.pendingDeletion,
        pendingReplacement: stack.pendingReplacement,
        pendingOperations: stack.pendingOperations,
      })),
      findings: this.sink,
      warnings: result.warnings,
      departedOwners: result.departedOwners.map((entry) => ({
        person: personRef(entry.person),
        departed: entry.person.departed ?? null,
        resources: entry.resources,
        access: entry.access,
      })),
      thirdParties: thirdPartyGroups(options.map, this.byDuty),
    };
  }
}

/** The report of an audit. It takes the result's findings: `result.findings` is empty afterwards. */
export function buildReport(result: AuditResult, options: ReportOptions): AuditReport {
  const builder = new ReportBuilder(options, []);
  const stackAt = stackOfFinding(result.stacks, result.findings.length);
  // The result's findings move into the report: each is dropped from the result once converted, so
  // a large audit never holds a million findings twice.
  const source = result.findings as (Finding | undefined)[];
  const count = source.length;
  for (let index = 0; index < count; index++) {
    const finding = source[index] as Finding;
    source[index] = undefined;
    builder.add(finding, stackAt(index));
  }
  source.length = 0;
  return builder.build(result);
}

/** Counts of a duty's listed findings. */
export interface DutyCounts {
  readonly fail: number;
  readonly waived: number;
  readonly mandatory: number;
}

/** The third parties with a share of some duty, with counts of the listed findings of those duties. */
export function thirdPartyGroups(map: ResponsibilityMap, counts: ReadonlyMap<string, DutyCounts>): ReportThirdParty[] {
  const out: ReportThirdParty[] = [];
  for (const party of map.thirdParties) {
    const duties = map.duties.flatMap((duty) =>
      duty.thirdParties.filter((s) => s.party === party.id).map((s) => ({ duty: duty.id, share: s.share, raci: s.raci })),
    );
    if (duties.length === 0) continue;
    const ids = new Set(duties.map((d) => d.duty));
    let fail = 0;
    let waived = 0;
    let mandatory = 0;
    for (const id of ids) {
      const count = counts.get(id);
      fail += count?.fail ?? 0;
      waived += count?.waived ?? 0;
      mandatory += count?.mandatory ?? 0;
    }
    out.push({ id: party.id, name: party.name, kind: party.kind, duties, fail, waived, mandatory });
  }
  return out;
}

export interface Group<T> {
  readonly key: string;
  readonly title: string;
  readonly items: T[];
}

/** Groups findings by a key, sorted by title, with the "nobody" groups (keys starting with "-") last. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => { key: string; title: string }): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const { key, title } = keyOf(item);
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, title, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort(compareGroups);
}

/** Text order, as `localeCompare` gives it, with one collator instead of one per call. */
const collator = new Intl.Collator();
function compareText(a: string, b: string): number {
  return a === b ? 0 : collator.compare(a, b);
}

/** Group order: by title, with the "nobody" groups (keys starting with "-") last. */
export function compareGroups(a: { key: string; title: string }, b: { key: string; title: string }): number {
  return (a.key.startsWith("-") ? 1 : 0) - (b.key.startsWith("-") ? 1 : 0) || compareText(a.title, b.title);
}

type GroupKey = { key: string; title: string };
/** A finding's accountable and owner groups, worked out once per finding while a sort compares it many times. */
const groupsOfFinding = new WeakMap<ReportFinding, readonly [GroupKey, GroupKey]>();
function groupsOf(finding: ReportFinding): readonly [GroupKey, GroupKey] {
  let groups = groupsOfFinding.get(finding);
  if (groups === undefined) {
    groups = [accountableKey(finding), ownerKey(finding)];
    groupsOfFinding.set(finding, groups);
  }
  return groups;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order the text report lists findings in: grouped by accountable person, then by owner (each in
 * `groupBy` order), then `compareFindings`. Two groups with the same title keep apart by key.
 */
export function compareGrouped(a: ReportFinding, b: ReportFinding): number {
  const [accountableA, ownerA] = groupsOf(a);
  const [accountableB, ownerB] = groupsOf(b);
  return (
    compareGroups(accountableA, accountableB) ||
    compareKeys(accountableA.key, accountableB.key) ||
    compareGroups(ownerA, ownerB) ||
    compareKeys(ownerA.key, ownerB.key) ||
    compareFindings(a, b)
  );
}

export function personLabel(person: PersonRef | null): string {
  return person ? `${person.name} <${person.email}>` : "";
}

/** A person's id, or a key starting with "-" for findings nobody is named for. */
export function accountableKey(finding: ReportFinding): { key: string; title: string } {
  return finding.accountable
    ? { key: finding.accountable.id, title: personLabel(finding.accountable) }
    : { key: "-none", title: "No accountable person in the map" };
}

/** Where a finding is: the resource URN, the stack, or the map. */
export function locationOf(finding: ReportFinding): string {
  if (finding.resource) return finding.resource.urn;
  return finding.stack === null ? `responsibility map ${finding.file}` : `stack ${finding.stack}`;
}

export function ownerKey(finding: ReportFinding): { key: string; title: string } {
  if (finding.owner) return { key: finding.owner.id, title: personLabel(finding.owner) };
  if (finding.resource === null && finding.stack === null) return { key: "-map", title: "The responsibility map (no single owner)" };
  if (finding.resource === null) return { key: "-stack", title: "Whole stack (no single owner)" };
  return { key: `-none:${finding.ownerProblem ?? ""}`, title: `No usable owner${finding.ownerProblem ? `: ${finding.ownerProblem}` : ""}` };
}

/** Order inside a group: failures before waivers before not-applicable, mandatory first, then severity. */
const STATUS_ORDER: Record<ReportStatus, number> = { fail: 0, waived: 1, "not-applicable": 2 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.enforcementLevel === "mandatory" ? 0 : 1) - (b.enforcementLevel === "mandatory" ? 0 : 1) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.resource?.urn ?? "", b.resource?.urn ?? "")
  );
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** One line per departed owner: what still names them, and the command that lists it. */
export function describeDepartedOwner(entry: ReportDepartedOwner): string {
  return `${entry.person.name} (${entry.person.id}), left ${entry.departed ?? "on an unrecorded date"}: owner of ${plural(entry.resources, "resource")}, access through ${plural(entry.access, "resource")}; \`shared-responsibility handover ${entry.person.id} --state ...\` lists them`;
}
