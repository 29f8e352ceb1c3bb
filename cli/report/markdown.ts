import { appendAll } from "../../policies/core/arrays";
import { escapeMarkdown } from "./escape";
import {
  type AuditReport,
  accountableKey,
  compareFindings,
  compareGroups,
  describeClassificationCounts,
  groupBy,
  isMandatoryViolation,
  locationOf,
  ownerKey,
  plural,
  type ReportFinding,
} from "./model";
import { type FindingList, firstFindings } from "./spool";

export { escapeMarkdown };

/** GitHub refuses a comment body over 65,536 characters ("Body is too long"). */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Stacks and warnings listed before the rest are summed up in one line. */
const LISTED_STACKS = 20;
const LISTED_WARNINGS = 20;

export interface MarkdownOptions {
  /** The most UTF-8 bytes the report may have (default: what a GitHub comment accepts). */
  readonly limit?: number;
}

/** A table cell: escaped, and never empty (an empty cell collapses in some renderers). */
function cell(value: string): string {
  return value === "" ? " " : escapeMarkdown(value);
}

const STATUS_LABEL: Record<string, string> = { fail: "❌ fail", waived: "⚪ waived", "not-applicable": "➖ n/a" };

function statusOf(finding: ReportFinding): string {
  if (finding.status === "fail" && finding.enforcementLevel === "advisory") return "⚠️ fail";
  return STATUS_LABEL[finding.status] ?? finding.status;
}

function head(report: AuditReport<FindingList>, mandatory: MandatoryCounts): string[] {
  const { summary } = report;
  const out: string[] = ["## Shared-responsibility audit", ""];
  out.push(
    summary.failed
      ? `**Result: FAIL**: ${plural(summary.failByLevel.mandatory, "mandatory violation")}.`
      : "**Result: PASS**: no mandatory violation.",
    "",
    "| | mandatory | advisory | total |",
    "|---|---:|---:|---:|",
    `| failed | ${summary.failByLevel.mandatory} | ${summary.failByLevel.advisory} | ${summary.byStatus.fail} |`,
    `| waived by exception | | | ${summary.byStatus.waived} |`,
    `| not applicable${summary.notApplicableListed ? "" : " (not listed)"} | | | ${summary.byStatus["not-applicable"]} |`,
    "",
    `Failures by severity: ${summary.failBySeverity.critical} critical, ${summary.failBySeverity.high} high, ${summary.failBySeverity.medium} medium, ${summary.failBySeverity.low} low. ` +
      (describeClassificationCounts(summary) ? `Failures by classification: ${describeClassificationCounts(summary)}. ` : "") +
      `${plural(summary.stacks, "state file")} read, ${plural(summary.resourcesAudited, "resource")} audited against ${escapeMarkdown(report.map.organization)}'s responsibility map as of ${report.asOf}.`,
  );

  if (mandatory.total > 0) {
    out.push("", "### Mandatory violations by accountable person", "", "| accountable | mandatory violations |", "|---|---:|");
    // Most violations first; equal counts in group order (Array sort is stable).
    const groups = [...mandatory.byAccountable.values()].sort(compareGroups).sort((a, b) => b.count - a.count);
    for (const group of groups) out.push(`| ${cell(group.title)} | ${group.count} |`);
  }

  out.push("", "| stack | file | in state | audited | notes |", "|---|---|---:|---:|---|");
  for (const stack of report.stacks.slice(0, LISTED_STACKS)) {
    const notes: string[] = [];
    if (!stack.deployed) notes.push("never deployed");
    if (stack.pendingDeletion.length) notes.push(`${stack.pendingDeletion.length} pending deletion`);
    if (stack.pendingReplacement.length) notes.push(`${stack.pendingReplacement.length} pending replacement`);
    if (stack.pendingOperations.length) notes.push(plural(stack.pendingOperations.length, "pending operation"));
    if (stack.external) notes.push(`${stack.external} external`);
    out.push(`| ${cell(stack.stack ?? "")} | ${cell(stack.file)} | ${stack.resources} | ${stack.audited} | ${cell(notes.join(", "))} |`);
  }
  if (report.stacks.length > LISTED_STACKS) out.push(`| and ${report.stacks.length - LISTED_STACKS} more | | | | |`);
  if (report.warnings.length > 0) {
    out.push("", "<details><summary>Warnings</summary>", "");
    for (const warning of report.warnings.slice(0, LISTED_WARNINGS)) out.push(`- ${escapeMarkdown(warning)}`);
    if (report.warnings.length > LISTED_WARNINGS) out.push(`- and ${report.warnings.length - LISTED_WARNINGS} more`);
    out.push("", "</details>");
  }
  if (report.departedOwners.length > 0) {
    out.push("", "### Departed owners", "", "| person | left | owner of | access through |", "|---|---|---:|---:|");
    for (const entry of report.departedOwners) {
      out.push(
        `| ${cell(`${entry.person.name} (${entry.person.id})`)} | ${cell(entry.departed ?? "")} | ${plural(entry.resources, "resource")} | ${plural(entry.access, "resource")} |`,
      );
    }
    out.push("", escapeMarkdown("`shared-responsibility handover <person> --state <state>` lists each resource and what to do."));
  }
  const parties = report.thirdParties.filter((party) => party.fail + party.waived > 0);
  if (parties.length > 0) {
    out.push(
      "",
      "### Findings in third parties' shares",
      "",
      "| third party | duties shared | failing | mandatory | waived |",
      "|---|---|---:|---:|---:|",
    );
    for (const party of parties) {
      out.push(
        `| ${cell(`${party.name} (${party.id})`)} | ${cell(party.duties.map((d) => d.duty).join(", "))} | ${party.fail} | ${party.mandatory} | ${party.waived} |`,
      );
    }
    out.push(
      "",
      escapeMarkdown(
        "Each finding stays under its accountable person; `shared-responsibility vendor <id>` shows a party's shares and access.",
      ),
    );
  }
  return out;
}

/** The fewest bytes a table row takes: its pipes, spaces and shortest status, level and severity. */
const ROW_BYTES = "| ➖ n/a | advisory | low |  |  |  |".length;

// No owner column: every message ends by naming the owner and the accountable person.
const TABLE_HEAD = ["", "| status | level | severity | rule | resource | message |", "|---|---|---|---|---|---|"];

function row(finding: ReportFinding): string {
  return `| ${statusOf(finding)} | ${finding.enforcementLevel} | ${finding.severity} | ${cell(finding.rule)} | ${cell(locationOf(finding))} | ${cell(finding.message)} |`;
}

function leftOutNote(left: number, mandatory: number): string {
  return (
    `**${plural(left, "finding")} left out** (${mandatory} of them mandatory violations) to keep this summary within a comment's size. ` +
    "For every finding, write the full report with `shared-responsibility audit <state> --format html -o audit.html` (or `--format json`)."
  );
}

interface MandatoryCounts {
  readonly total: number;
  readonly byAccountable: Map<string, { key: string; title: string; count: number }>;
}

/** The mandatory violations, counted by accountable person in one pass. */
function countMandatory(findings: FindingList): MandatoryCounts {
  const byAccountable = new Map<string, { key: string; title: string; count: number }>();
  let total = 0;
  for (const finding of findings) {
    if (!isMandatoryViolation(finding)) continue;
    total++;
    const { key, title } = accountableKey(finding);
    const group = byAccountable.get(key);
    if (group) group.count++;
    else byAccountable.set(key, { key, title, count: 1 });
  }
  return { total, byAccountable };
}

/**
 * Size in UTF-8 bytes, never fewer than the characters GitHub counts for a comment (and what it
 * counts for a job summary's 1 MiB).
 */
function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function size(lines: readonly string[]): number {
  let total = 0;
  for (const line of lines) total += bytes(line) + 1;
  return total;
}

/**
 * Markdown for pull-request comments and CI job summaries (GitHub-flavoured), always within
 * `limit` characters: the counts, the mandatory violations by accountable person and the stacks
 * first, then as many findings as fit (mandatory violations first, then by severity), grouped by
 * the accountable person, then how many were left out and how to get them all.
 */
export function renderMarkdown(report: AuditReport<FindingList>, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const mandatory = countMandatory(report.findings);
  const out = head(report, mandatory);
  if (report.findings.length === 0) {
    out.push("", "No findings to list.", "");
    return fit(out, limit);
  }
  // Room kept for the note on what was left out, whatever its counts.
  const reserve = bytes(leftOutNote(report.findings.length, mandatory.total)) + 64;
  let used = size(out) + reserve;
  // The findings that fit, best first: a prefix of the sorted list, so a spooled report is read
  // only as far as the comment has room for.
  const kept: ReportFinding[] = [];
  let keptMandatory = 0;
  const groupsSeen = new Set<string>();
  // A row is at least ROW_BYTES long, so no more than limit / ROW_BYTES findings can fit.
  for (const finding of firstFindings(report.findings, compareFindings, Math.ceil(limit / ROW_BYTES))) {
    const group = accountableKey(finding);
    const groupCost = groupsSeen.has(group.key) ? 0 : size(["", `### Accountable: ${escapeMarkdown(group.title)}`, ...TABLE_HEAD]);
    const cost = groupCost + bytes(row(finding)) + 1;
    if (used + cost > limit) break;
    used += cost;
    groupsSeen.add(group.key);
    kept.push(finding);
    if (isMandatoryViolation(finding)) keptMandatory++;
  }
  for (const accountable of groupBy(kept, accountableKey)) {
    out.push("", `### Accountable: ${escapeMarkdown(accountable.title)}`);
    appendAll(out, TABLE_HEAD);
    for (const owner of groupBy(accountable.items, ownerKey)) {
      for (const finding of owner.items.sort(compareFindings)) out.push(row(finding));
    }
  }
  const left = report.findings.length - kept.length;
  if (left > 0) out.push("", leftOutNote(left, mandatory.total - keptMandatory));
  out.push("");
  return fit(out, limit);
}

/** The last guard: a head too large for the limit (a tiny `--markdown-limit`) is cut at a line. */
function fit(lines: string[], limit: number): string {
  const text = lines.join("\n");
  if (bytes(text) <= limit) return text;
  const note = "\n\n(cut to fit; write the full report with `--format html` or `--format json`)\n";
  let end = text.length;
  // Cut whole lines until the rest and the note fit (bytes, not characters, are what is limited).
  while (end > 0 && bytes(text.slice(0, end)) + note.length > limit) end = text.lastIndexOf("\n", end - 1);
  return `${text.slice(0, Math.max(0, end))}${note}`;
}
