import { maxOf } from "../../policies/core/arrays";
import { escapeHtml, htmlWithCode } from "./escape";
import {
  type AuditReport,
  accountableKey,
  compareFindings,
  describeClassificationCounts,
  locationOf,
  ownerKey,
  plural,
  type ReportFinding,
} from "./model";
import { renderPage } from "./page";
import { type FindingList, firstFindings } from "./spool";

/**
 * One self-contained HTML page: summary cards, inline-SVG bar charts of violations by duty and by
 * accountable person, and a findings table filtered by duty, owner and severity with a small
 * inline script (allowed by hash in the page's Content-Security-Policy). Data only ever enters as
 * escaped text or attribute values; the script reads attributes and sets `hidden`, never HTML.
 */

interface Bar {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const labelWidth = 220;
  const barSpace = 260;
  const rowHeight = 24;
  const max = maxOf(
    bars.map((bar) => bar.count),
    1,
  );
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 4;
    const width = Math.max(2, Math.round((bar.count / max) * barSpace));
    const label = bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label;
    return (
      `<g class="row" data-key="${escapeHtml(bar.key)}" data-label="${escapeHtml(bar.label)}" data-count="${bar.count}">` +
      `<title>${escapeHtml(bar.label)}: ${bar.count}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 8}" rx="2"></rect>` +
      `<text class="count" x="${labelWidth + width + 6}" y="${y + 16}">${bar.count}</text></g>`
    );
  });
  const empty = bars.length === 0 ? `<text x="8" y="18">No violations.</text>` : "";
  return `<figure class="chart" id="${id}"><figcaption><strong>${escapeHtml(title)}</strong></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barSpace + 50}" height="${height}" viewBox="0 0 ${labelWidth + barSpace + 50} ${height}">${empty}${rows.join("")}</svg></figure>`;
}

function options(values: readonly { value: string; label: string }[]): string {
  return values.map((entry) => `<option value="${escapeHtml(entry.value)}">${escapeHtml(entry.label)}</option>`).join("");
}

function uniqueSorted(entries: readonly { value: string; label: string }[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const entry of entries) if (!seen.has(entry.value)) seen.set(entry.value, entry.label);
  return [...seen.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

function statusLabel(finding: ReportFinding): string {
  if (finding.status === "fail") return finding.enforcementLevel === "mandatory" ? "fail" : "fail (advisory)";
  return finding.status;
}

/** Rows shown at a time: thousands of findings stay one screen of controls, not a 40,000-pixel page. */
export const PAGE_SIZE = 100;

/**
 * Filters rows by the selects and shows one page of the rows that match; data stays in
 * attributes, nothing is parsed as HTML.
 */
const SCRIPT = `(function () {
  var PAGE = ${PAGE_SIZE};
  var table = document.getElementById("findings");
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  var selects = ["duty", "owner", "severity", "status"].map(function (name) { return document.getElementById("filter-" + name); });
  var shown = document.getElementById("shown");
  var pageText = document.getElementById("page");
  var previous = document.getElementById("page-previous");
  var next = document.getElementById("page-next");
  var page = 0;
  function apply() {
    var matching = rows.filter(function (row) {
      return selects.every(function (select) { return select.value === "" || row.getAttribute("data-" + select.name) === select.value; });
    });
    var pages = Math.max(1, Math.ceil(matching.length / PAGE));
    if (page >= pages) page = pages - 1;
    rows.forEach(function (row) { row.hidden = true; });
    matching.slice(page * PAGE, (page + 1) * PAGE).forEach(function (row) { row.hidden = false; });
    shown.textContent = String(matching.length);
    pageText.textContent = "page " + (page + 1) + " of " + pages;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  selects.forEach(function (select) { select.addEventListener("change", function () { page = 0; apply(); }); });
  previous.addEventListener("click", function () { page--; apply(); });
  next.addEventListener("click", function () { page++; apply(); });
  apply();
})();`;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `4 December 2026 at 20:10 UTC` from an ISO timestamp, for people rather than parsers. */
export function readableTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} at ${time} UTC`;
}

/**
 * Findings the table lists at most (the best first): past this a page is tens of megabytes that a
 * browser struggles to open. The charts and counts still cover every finding; the note says how
 * many were left out and how to get them all.
 */
export const HTML_ROW_LIMIT = 20_000;

export function renderHtml(report: AuditReport<FindingList>, options: { readonly rowLimit?: number } = {}): string {
  const rowLimit = options.rowLimit ?? HTML_ROW_LIMIT;
  const rows = firstFindings(report.findings, compareFindings, rowLimit);
  const body = `${summarySection(report.summary)}
${violationsSection(report.findings)}
${findingsSection(rows, report.findings.length)}${departedSection(report)}
${stacksSection(report)}`;
  return renderPage({
    title: "Shared-responsibility audit",
    subtitle: `${report.map.organization}: ${plural(report.summary.resourcesAudited, "resource")} in ${plural(report.summary.stacks, "state file")}, as of ${report.asOf}. Generated ${readableTime(report.generatedAt)} by ${report.tool.name} ${report.tool.version}.`,
    body,
    script: SCRIPT,
  });
}

type Summary = AuditReport["summary"];

/** The result cards, then failures by severity and by classification. */
function summarySection(summary: Summary): string {
  const classificationCounts = describeClassificationCounts(summary);
  return `<section id="summary"><h2>Summary</h2><div class="cards">${summaryCards(summary)}</div>
<p class="muted">${escapeHtml(`Failures by severity: ${summary.failBySeverity.critical} critical, ${summary.failBySeverity.high} high, ${summary.failBySeverity.medium} medium, ${summary.failBySeverity.low} low.`)}${
    classificationCounts ? `<br>${escapeHtml(`Failures by classification: ${classificationCounts}.`)}` : ""
  }</p></section>`;
}

function summaryCards(summary: Summary): string {
  return [
    { label: "result", value: summary.failed ? "FAIL" : "PASS", id: "card-result" },
    { label: "mandatory violations", value: String(summary.failByLevel.mandatory), id: "card-mandatory" },
    { label: "advisory violations", value: String(summary.failByLevel.advisory), id: "card-advisory" },
    { label: "waived", value: String(summary.byStatus.waived), id: "card-waived" },
    { label: "not applicable", value: String(summary.byStatus["not-applicable"]), id: "card-na" },
    { label: "resources audited", value: String(summary.resourcesAudited), id: "card-resources" },
    { label: "state files", value: String(summary.stacks), id: "card-stacks" },
  ]
    .map(
      (card) =>
        `<div class="card" id="${card.id}"><div class="value">${escapeHtml(card.value)}</div><div class="label">${escapeHtml(card.label)}</div></div>`,
    )
    .join("");
}

/** Bar charts of the violations by duty and by accountable person. */
function violationsSection(findings: FindingList): string {
  const byDuty = new Map<string, Bar>();
  const byAccountable = new Map<string, Bar>();
  const count = (bars: Map<string, Bar>, key: string, label: string): void => {
    bars.set(key, { key, label, count: (bars.get(key)?.count ?? 0) + 1 });
  };
  for (const finding of findings) {
    if (finding.status !== "fail") continue;
    count(byDuty, finding.duty, finding.dutyTitle);
    count(byAccountable, accountableKey(finding).key, finding.accountable?.name ?? "No accountable person in the map");
  }
  const ordered = (bars: Map<string, Bar>): Bar[] => [...bars.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return `<section><h2>Violations</h2><div class="charts">${barChart("chart-duty", "Violations by duty", ordered(byDuty))}${barChart("chart-accountable", "Violations by accountable person", ordered(byAccountable))}</div></section>`;
}

/** The filters, the pager and the table of the findings listed, with a note on any left out. */
function findingsSection(findings: readonly ReportFinding[], total: number): string {
  const leftOut = total - findings.length;
  const note =
    leftOut > 0
      ? `<p id="findings-left-out" class="muted">${htmlWithCode(`The table lists the first ${findings.length} of ${total} findings (failures first, by severity); ${leftOut} more are counted above but not listed. Write every finding with \`--format json\`.`)}</p>`
      : "";
  return `<section><h2>Findings</h2>${note}
<div class="filters">${findingFilters(findings)}
<span class="muted"><span id="shown">${findings.length}</span> of ${findings.length} match</span>
<span class="pager"><button type="button" id="page-previous">previous</button> <span id="page" class="muted">page 1 of ${Math.max(1, Math.ceil(findings.length / PAGE_SIZE))}</span> <button type="button" id="page-next">next</button></span></div>
<table id="findings" class="findings"><colgroup><col class="c-status"><col class="c-rule"><col class="c-resource"><col class="c-people"><col></colgroup>
<thead><tr><th>Status</th><th>Rule and duty</th><th>Resource</th><th>Owner</th><th>Message</th></tr></thead>
<tbody>${findings.map(findingRow).join("\n")}</tbody></table>${findings.length === 0 ? `<p>No findings to list.</p>` : ""}</section>`;
}

/** One select per filter, offering only the values the findings hold. */
function findingFilters(findings: readonly ReportFinding[]): string {
  const dutyOptions = uniqueSorted(findings.map((finding) => ({ value: finding.duty, label: finding.dutyTitle })));
  const ownerOptions = uniqueSorted(
    findings.map((finding) => {
      const owner = ownerKey(finding);
      return { value: owner.key, label: owner.title };
    }),
  );
  const severityOptions = ["critical", "high", "medium", "low"]
    .filter((severity) => findings.some((finding) => finding.severity === severity))
    .map((severity) => ({ value: severity, label: severity }));
  const statusOptions = ["fail", "waived", "not-applicable"]
    .filter((status) => findings.some((finding) => finding.status === status))
    .map((status) => ({ value: status, label: status }));
  const select = (name: string, label: string, values: readonly { value: string; label: string }[]) =>
    `<label>${escapeHtml(label)}<select id="filter-${name}" name="${name}"><option value="">all</option>${options(values)}</select></label>`;
  return `${select("duty", "Duty", dutyOptions)}${select("owner", "Owner", ownerOptions)}${select("severity", "Severity", severityOptions)}${select("status", "Status", statusOptions)}`;
}

function findingRow(finding: ReportFinding): string {
  const owner = ownerKey(finding);
  const resource = finding.resource
    ? `<div>${escapeHtml(finding.resource.name)}</div><div class="mono muted">${escapeHtml(finding.resource.urn)}</div>`
    : `<div class="muted">${escapeHtml(locationOf(finding))}</div>`;
  return (
    `<tr data-duty="${escapeHtml(finding.duty)}" data-owner="${escapeHtml(owner.key)}" data-severity="${escapeHtml(finding.severity)}" data-status="${escapeHtml(finding.status)}">` +
    `<td><div class="status-${escapeHtml(finding.status)}">${escapeHtml(statusLabel(finding))}</div><div class="muted">${escapeHtml(finding.severity)}</div></td>` +
    `<td><code>${escapeHtml(finding.rule)}</code><div class="muted">${escapeHtml(finding.dutyTitle)}</div>${finding.subject ? `<div class="muted">${escapeHtml(finding.subject)}</div>` : ""}</td>` +
    `<td>${resource}</td>` +
    `<td><div>${escapeHtml(owner.title)}</div><div class="muted">accountable: ${escapeHtml(accountableKey(finding).title)}</div></td>` +
    `<td class="message">${htmlWithCode(finding.message)}</td></tr>`
  );
}

/** The owners who left, with what they own and can reach; empty when none did. */
function departedSection(report: AuditReport<FindingList>): string {
  if (report.departedOwners.length === 0) return "";
  const rows = report.departedOwners
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(`${entry.person.name} (${entry.person.id})`)}</td><td>${escapeHtml(entry.departed ?? "")}</td><td>${escapeHtml(plural(entry.resources, "resource"))}</td><td>${escapeHtml(plural(entry.access, "resource"))}</td></tr>`,
    )
    .join("");
  return `\n<section><h2>Departed owners</h2><table id="departed-owners"><thead><tr><th>Person</th><th>Left</th><th>Owner of</th><th>Access through</th></tr></thead><tbody>${rows}</tbody></table><p class="muted">${htmlWithCode("`shared-responsibility handover <person> --state <state>` lists each resource and what to do.")}</p></section>`;
}

/** The state files read, with what was set aside in each, then the reader's warnings. */
function stacksSection(report: AuditReport<FindingList>): string {
  const stackRows = report.stacks.map((stack) => {
    const notes: string[] = [];
    if (!stack.deployed) notes.push("never deployed");
    if (stack.pendingDeletion.length) notes.push(`${stack.pendingDeletion.length} pending deletion`);
    if (stack.pendingReplacement.length) notes.push(`${stack.pendingReplacement.length} pending replacement`);
    if (stack.pendingOperations.length) notes.push(plural(stack.pendingOperations.length, "pending operation"));
    if (stack.external) notes.push(`${stack.external} external`);
    return `<tr><td>${escapeHtml(stack.stack ?? "")}</td><td class="mono">${escapeHtml(stack.file)}</td><td>${stack.resources}</td><td>${stack.audited}</td><td>${escapeHtml(notes.join(", "))}</td></tr>`;
  });
  const warnings =
    report.warnings.length === 0
      ? ""
      : `<h2>Warnings</h2><ul id="warnings">${report.warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join("")}</ul>`;
  return `<section><h2>Stacks read</h2><table id="stacks"><thead><tr><th>Stack</th><th>File</th><th>In state</th><th>Audited</th><th>Notes</th></tr></thead><tbody>${stackRows.join("")}</tbody></table>
${warnings}</section>`;
}
