import {
  type AuditReport,
  accountableKey,
  compareFindings,
  describeClassificationCounts,
  groupBy,
  locationOf,
  ownerKey,
  plural,
  type ReportFinding,
} from "./model";

/**
 * Markdown for PR comments and CI job summaries (GitHub-flavoured). Every data string is escaped:
 * HTML special characters become entities (GitHub renders inline HTML) and Markdown punctuation is
 * backslash-escaped, so a resource name cannot add links, images, tables or markup.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\r?\n|\r/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_{}[\]()#+\-.!|~:"]/g, (ch) => `\\${ch}`);
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

export function renderMarkdown(report: AuditReport): string {
  const { summary } = report;
  const out: string[] = [];
  out.push("## Shared-responsibility audit");
  out.push("");
  out.push(
    summary.failed
      ? `**Result: FAIL**: ${plural(summary.failByLevel.mandatory, "mandatory violation")}.`
      : "**Result: PASS**: no mandatory violation.",
  );
  out.push("");
  out.push("| | mandatory | advisory | total |");
  out.push("|---|---:|---:|---:|");
  out.push(`| failed | ${summary.failByLevel.mandatory} | ${summary.failByLevel.advisory} | ${summary.byStatus.fail} |`);
  out.push(`| waived by exception | | | ${summary.byStatus.waived} |`);
  out.push(`| not applicable${summary.notApplicableListed ? "" : " (not listed)"} | | | ${summary.byStatus["not-applicable"]} |`);
  out.push("");
  out.push(
    `Failures by severity: ${summary.failBySeverity.critical} critical, ${summary.failBySeverity.high} high, ${summary.failBySeverity.medium} medium, ${summary.failBySeverity.low} low. ` +
      (describeClassificationCounts(summary) ? `Failures by classification: ${describeClassificationCounts(summary)}. ` : "") +
      `${plural(summary.stacks, "state file")} read, ${plural(summary.resourcesAudited, "resource")} audited against ${escapeMarkdown(report.map.organization)}'s responsibility map as of ${report.asOf}.`,
  );
  out.push("");
  out.push("| stack | file | in state | audited | notes |");
  out.push("|---|---|---:|---:|---|");
  for (const stack of report.stacks) {
    const notes: string[] = [];
    if (!stack.deployed) notes.push("never deployed");
    if (stack.pendingDeletion.length) notes.push(`${stack.pendingDeletion.length} pending deletion`);
    if (stack.pendingReplacement.length) notes.push(`${stack.pendingReplacement.length} pending replacement`);
    if (stack.pendingOperations.length) notes.push(plural(stack.pendingOperations.length, "pending operation"));
    if (stack.external) notes.push(`${stack.external} external`);
    out.push(`| ${cell(stack.stack ?? "")} | ${cell(stack.file)} | ${stack.resources} | ${stack.audited} | ${cell(notes.join(", "))} |`);
  }
  if (report.warnings.length > 0) {
    out.push("");
    out.push("<details><summary>Warnings</summary>");
    out.push("");
    for (const warning of report.warnings) out.push(`- ${escapeMarkdown(warning)}`);
    out.push("");
    out.push("</details>");
  }
  for (const accountable of groupBy(report.findings, accountableKey)) {
    out.push("");
    out.push(`### Accountable: ${escapeMarkdown(accountable.title)}`);
    out.push("");
    out.push("| status | level | severity | rule | owner | resource | message |");
    out.push("|---|---|---|---|---|---|---|");
    for (const owner of groupBy(accountable.items, ownerKey)) {
      for (const finding of [...owner.items].sort(compareFindings)) {
        const resource = locationOf(finding);
        out.push(
          `| ${statusOf(finding)} | ${finding.enforcementLevel} | ${finding.severity} | ${cell(finding.rule)} | ${cell(owner.title)} | ${cell(resource)} | ${cell(finding.message)} |`,
        );
      }
    }
  }
  if (report.findings.length === 0) {
    out.push("");
    out.push("No findings to list.");
  }
  out.push("");
  return out.join("\n");
}
