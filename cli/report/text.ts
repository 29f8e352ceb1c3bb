import { oneLine } from "./escape";
import {
  type AuditReport,
  accountableKey,
  compareGrouped,
  describeClassificationCounts,
  describeDepartedOwner,
  locationOf,
  ownerKey,
  plural,
  type ReportFinding,
} from "./model";
import { type FindingList, sortedFindings } from "./spool";

export interface TextOptions {
  /** ANSI colour; the command turns it on only for a terminal with NO_COLOR unset. */
  readonly color: boolean;
}

export { safeText } from "./escape";

export function renderText(report: AuditReport<FindingList>, options: TextOptions): string {
  return [...textChunks(report, options)].join("");
}

/** The text report line by line (each chunk ends with a newline), so a large one is never one string. */
export function* textChunks(report: AuditReport<FindingList>, options: TextOptions): Generator<string> {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const bold = (text: string) => paint("1", text);
  const dim = (text: string) => paint("2", text);
  const { summary } = report;
  const lines: string[] = [];

  lines.push(
    bold(
      `Shared-responsibility audit of ${plural(summary.stacks, "state file")} (${plural(summary.resourcesAudited, "resource")} audited)`,
    ),
  );
  lines.push(`Map: ${oneLine(report.map.source)} (${oneLine(report.map.organization)}), as of ${report.asOf}`);
  const failText = `${summary.byStatus.fail} failed (${summary.failByLevel.mandatory} mandatory, ${summary.failByLevel.advisory} advisory)`;
  lines.push(
    `Findings: ${summary.byStatus.fail > 0 ? paint("31", failText) : failText}, ${summary.byStatus.waived} waived, ${summary.byStatus["not-applicable"]} not applicable${summary.notApplicableListed ? "" : " (not listed)"}`,
  );
  lines.push(
    `Severity of failures: ${summary.failBySeverity.critical} critical, ${summary.failBySeverity.high} high, ${summary.failBySeverity.medium} medium, ${summary.failBySeverity.low} low`,
    ...(describeClassificationCounts(summary) ? [`Failures by classification: ${describeClassificationCounts(summary)}`] : []),
  );
  lines.push(
    summary.failed
      ? paint("1;31", `Result: FAIL (${plural(summary.failByLevel.mandatory, "mandatory violation")})`)
      : paint("1;32", "Result: PASS (no mandatory violation)"),
  );
  lines.push("", bold("Stacks read:"));
  for (const stack of report.stacks) {
    const extra: string[] = [];
    if (!stack.deployed) extra.push("never deployed");
    if (stack.external > 0) extra.push(`${stack.external} read-only (external) not audited`);
    if (stack.pendingDeletion.length > 0) extra.push(`${stack.pendingDeletion.length} pending deletion`);
    if (stack.pendingReplacement.length > 0) extra.push(`${stack.pendingReplacement.length} pending replacement`);
    if (stack.pendingOperations.length > 0) extra.push(`${plural(stack.pendingOperations.length, "pending operation")}`);
    lines.push(
      `  ${oneLine(stack.stack ?? "(unnamed stack)")}  ${dim(oneLine(stack.file))}  ${stack.resources} in state, ${stack.audited} audited${extra.length ? `; ${extra.join(", ")}` : ""}`,
    );
  }
  if (report.warnings.length > 0) {
    lines.push("", bold("Warnings:"));
    for (const warning of report.warnings) lines.push(`  ! ${oneLine(warning)}`);
  }
  if (report.departedOwners.length > 0) {
    lines.push("", bold("Departed owners (people who left, still named by the audited resources):"));
    for (const entry of report.departedOwners) lines.push(`  ${oneLine(describeDepartedOwner(entry))}`);
  }

  if (report.findings.length === 0) {
    lines.push("", "No findings to list.");
    yield `${lines.join("\n")}\n`;
    return;
  }
  yield `${lines.join("\n")}\n`;
  const mark = (finding: ReportFinding): string => {
    if (finding.status === "waived") return paint("33", "WAIVED");
    if (finding.status === "not-applicable") return dim("N/A");
    return finding.enforcementLevel === "mandatory" ? paint("1;31", "FAIL") : paint("33", "WARN");
  };
  // One pass in the grouped order (sorted on disk for a spooled report): a heading whenever the
  // accountable person or the owner changes.
  let accountable: string | undefined;
  let owner: string | undefined;
  for (const finding of sortedFindings(report.findings, compareGrouped)) {
    const group = accountableKey(finding);
    if (group.key !== accountable) {
      accountable = group.key;
      owner = undefined;
      yield `\n${bold(`Accountable: ${oneLine(group.title)}`)}\n`;
    }
    const owned = ownerKey(finding);
    if (owned.key !== owner) {
      owner = owned.key;
      yield `  Owner: ${oneLine(owned.title)}\n`;
    }
    const where = oneLine(locationOf(finding));
    yield `    ${mark(finding)} ${finding.enforcementLevel}/${finding.severity} ${bold(finding.rule)}${finding.subject ? ` [${oneLine(finding.subject)}]` : ""}\n      ${dim(where)}\n      ${oneLine(finding.message)}\n`;
  }
}
