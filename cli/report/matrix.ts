/**
 * The responsibility matrix: every duty with its side per provider, controls, RACI people, review and
 * sign-off. Pure renderers (map and options in, string out) for text, Markdown, CSV and HTML.
 */
import {
  type CloudId,
  type Duty,
  durationText,
  type ResponsibilityMap,
  type Side,
  SLA_ORGANISATION,
  SLA_PROVIDER,
} from "../../responsibility-map/model";
import { DUE_SOON_DAYS, type ReviewState, reviewDue, reviewState } from "../../responsibility-map/review";
import { escapeMarkdown, oneLine, safeText } from "./escape";
import { escapeHtml, renderPage } from "./page";

export interface MatrixOptions {
  /** Today, `YYYY-MM-DD`: reviews due before it are overdue. */
  readonly today: string;
}

export interface ScopeRow {
  readonly provider: CloudId | undefined;
  readonly resourceTypes: readonly string[];
  readonly side: Side;
  readonly note: string;
}

/** One duty as the matrix shows it: people by name, dates computed. */
export interface MatrixRow {
  readonly id: string;
  readonly title: string;
  readonly side: Side;
  /** The side for each provider the map covers, for resource types no narrower scope names. */
  readonly providerSides: readonly { readonly provider: CloudId; readonly side: Side }[];
  /** Scopes narrowed to resource types. */
  readonly scopes: readonly ScopeRow[];
  readonly controls: readonly string[];
  readonly accountable: string;
  readonly responsible: readonly string[];
  readonly consulted: readonly string[];
  readonly informed: readonly string[];
  readonly lastReview: string;
  readonly cadenceDays: number;
  readonly nextReview: string;
  readonly reviewState: ReviewState;
  readonly signedOffBy: string;
  readonly signedOffOn: string;
  /** One cell per third party of the map, in the map's order: its share of this duty, if any. */
  readonly thirdParties: readonly (ThirdPartyCell | undefined)[];
  /** The duty's SLA facts in words ("" when it has none). */
  readonly sla: string;
}

/** A third party's share of one duty, as a matrix cell shows it. */
export interface ThirdPartyCell {
  readonly raci: "responsible" | "consulted";
  readonly share: string;
}

/** Who an SLA fact names, in words: the organisation's name, the cloud provider, or the third party's name. */
export function slaPartyName(map: ResponsibilityMap, id: string): string {
  if (id === SLA_ORGANISATION) return map.settings.organization;
  if (id === SLA_PROVIDER) return "the cloud provider";
  return map.thirdPartyById.get(id)?.name ?? id;
}

/** A duty's SLA facts in words, "" when it has none. */
export function slaText(map: ResponsibilityMap, duty: Duty): string {
  const sla = duty.sla;
  if (sla === undefined) return "";
  const parts: string[] = [];
  if (sla.incidentResponse !== undefined)
    parts.push(`incident response within ${durationText(sla.incidentResponse)} (${sla.incidentResponse})`);
  if (sla.auditLogsOwner !== undefined) parts.push(`audit logs owned by ${slaPartyName(map, sla.auditLogsOwner)}`);
  if (sla.regulatorNotifiedBy !== undefined) parts.push(`regulator notified by ${slaPartyName(map, sla.regulatorNotifiedBy)}`);
  return parts.join("; ");
}

/** A third party's cell in words: "responsible: monitors the logs 24/7". */
function cellText(cell: ThirdPartyCell | undefined): string {
  return cell === undefined ? "" : `${cell.raci}: ${cell.share}`;
}

/** The side a duty falls on for one provider, for types that no resource-type scope names. */
export function providerSide(duty: Duty, provider: CloudId): Side {
  const scope = duty.scopes.find((candidate) => candidate.provider === provider && candidate.resourceTypes === undefined);
  return scope?.side ?? duty.side;
}

function personName(map: ResponsibilityMap, id: string): string {
  return map.personById.get(id)?.name ?? id;
}

export function matrixRows(map: ResponsibilityMap, options: MatrixOptions): MatrixRow[] {
  return map.duties.map((duty) => {
    const nextReview = reviewDue(duty.review.last, duty.review.cadenceDays);
    return {
      id: duty.id,
      title: duty.title,
      side: duty.side,
      providerSides: map.settings.providers.map((provider) => ({ provider, side: providerSide(duty, provider) })),
      scopes: duty.scopes
        .filter((scope) => scope.resourceTypes !== undefined)
        .map((scope) => ({ provider: scope.provider, resourceTypes: scope.resourceTypes ?? [], side: scope.side, note: scope.note })),
      controls: duty.controls,
      accountable: personName(map, duty.accountable),
      responsible: duty.responsible.map((id) => personName(map, id)),
      consulted: duty.consulted.map((id) => personName(map, id)),
      informed: duty.informed.map((id) => personName(map, id)),
      lastReview: duty.review.last,
      cadenceDays: duty.review.cadenceDays,
      nextReview,
      reviewState: reviewState(nextReview, options.today),
      signedOffBy: personName(map, duty.review.signedOffBy),
      signedOffOn: duty.review.signedOffOn,
      thirdParties: map.thirdParties.map((party) => {
        const share = duty.thirdParties.find((entry) => entry.party === party.id);
        return share === undefined ? undefined : { raci: share.raci, share: share.share };
      }),
      sla: slaText(map, duty),
    };
  });
}

/** One classification level as the matrix shows it; "-" where the level leaves a requirement to the rules' options. */
export interface LevelRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly isDefault: boolean;
  readonly customerManagedKey: string;
  readonly minBackupRetentionDays: string;
  readonly minLogRetentionDays: string;
  readonly deletionProtection: string;
  readonly mfaDelete: string;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? "-" : value ? "yes" : "no");
const count = (value: number | undefined) => (value === undefined ? "-" : String(value));

/** The map's classification levels, least to most sensitive; empty when the map defines none. */
export function levelRows(map: ResponsibilityMap): LevelRow[] {
  const classification = map.classification;
  if (classification === undefined) return [];
  return classification.levels.map((level) => ({
    id: level.id,
    title: level.title,
    description: level.description,
    isDefault: level.id === classification.default,
    customerManagedKey: yesNo(level.requirements.customerManagedKey),
    minBackupRetentionDays: count(level.requirements.minBackupRetentionDays),
    minLogRetentionDays: count(level.requirements.minLogRetentionDays),
    deletionProtection: yesNo(level.requirements.deletionProtection),
    mfaDelete: yesNo(level.requirements.mfaDelete),
  }));
}

const LEVEL_HEADER = [
  "Level",
  "Customer-managed key",
  "Min backup retention (days)",
  "Min log retention (days)",
  "Deletion protection",
  "MFA delete",
] as const;

function levelCells(row: LevelRow): string[] {
  return [row.customerManagedKey, row.minBackupRetentionDays, row.minLogRetentionDays, row.deletionProtection, row.mfaDelete];
}

function levelsIntro(map: ResponsibilityMap): string {
  const classification = map.classification;
  if (classification === undefined) return "";
  return `A resource names its level in the \`${classification.tagKey}\` tag; an untagged resource is ${classification.default}, a tag naming no level is held to the most sensitive level. "-" leaves the requirement to the rules' options.`;
}

const PROVIDER_NAMES: Record<CloudId, string> = { aws: "AWS", azure: "Azure" };

export function providerName(provider: CloudId): string {
  return PROVIDER_NAMES[provider];
}

function scopeText(scope: ScopeRow): string {
  const where = scope.provider === undefined ? "" : `${providerName(scope.provider)} `;
  return `${where}${scope.resourceTypes.join(", ")}: ${scope.side} (${scope.note})`;
}

function providerSidesText(row: MatrixRow): string {
  return row.providerSides.map(({ provider, side }) => `${providerName(provider)}: ${side}`).join(", ");
}

function reviewText(row: MatrixRow): string {
  if (row.reviewState === "overdue") return `${row.nextReview} (OVERDUE)`;
  if (row.reviewState === "due-soon") return `${row.nextReview} (due soon)`;
  return row.nextReview;
}

function summary(map: ResponsibilityMap, options: MatrixOptions, rows: readonly MatrixRow[]): string {
  const overdue = rows.filter((row) => row.reviewState === "overdue").length;
  return `${map.duties.length} dut${map.duties.length === 1 ? "y" : "ies"}, ${overdue} review${overdue === 1 ? "" : "s"} overdue, as of ${options.today}`;
}

/** Whether any duty states SLA facts (the Markdown and HTML grids then get an SLA column). */
function hasSla(map: ResponsibilityMap): boolean {
  return map.duties.some((duty) => duty.sla !== undefined);
}

// --- text -------------------------------------------------------------------------------------

/** Map strings on one line of text, with terminal escapes and bidi controls shown as `\uXXXX`. */
export const escapeText = oneLine;

function list(values: readonly string[]): string {
  return values.length === 0 ? "-" : values.join(", ");
}

export function renderMatrixText(map: ResponsibilityMap, options: MatrixOptions): string {
  const rows = matrixRows(map, options);
  const e = escapeText;
  const lines = [`Responsibility matrix: ${e(map.settings.organization)} (${summary(map, options, rows)})`];
  for (const row of rows) {
    lines.push("", `${e(row.id)}  ${e(row.title)}`);
    const field = (label: string, value: string) => lines.push(`  ${`${label}:`.padEnd(14)}${value}`);
    field("Side", `${row.side} (${providerSidesText(row)})`);
    for (const scope of row.scopes) field("Scope", e(scopeText(scope)));
    field("Controls", e(list(row.controls)));
    field("Accountable", e(row.accountable));
    field("Responsible", e(list(row.responsible)));
    field("Consulted", e(list(row.consulted)));
    field("Informed", e(list(row.informed)));
    row.thirdParties.forEach((cell, index) => {
      const party = map.thirdParties[index];
      if (cell !== undefined && party !== undefined) field("Third party", e(`${party.name}, ${cellText(cell)}`));
    });
    if (row.sla !== "") field("SLA", e(row.sla));
    field("Last review", `${row.lastReview} (every ${row.cadenceDays} days)`);
    field("Next review", reviewText(row));
    field("Sign-off", `${e(row.signedOffBy)} on ${row.signedOffOn}`);
  }
  const levels = levelRows(map);
  if (levels.length > 0) {
    lines.push("", "Data classification levels", `  ${e(levelsIntro(map))}`);
    for (const level of levels) {
      lines.push("", `${e(level.id)}  ${e(level.title)}${level.isDefault ? " (default)" : ""}`, `  ${e(level.description)}`);
      levelCells(level).forEach((value, i) => {
        lines.push(`  ${`${LEVEL_HEADER[i + 1]}:`.padEnd(30)}${value}`);
      });
    }
  }
  return `${lines.join("\n")}\n`;
}

// --- Markdown ---------------------------------------------------------------------------------

export { escapeMarkdown };

export function renderMatrixMarkdown(map: ResponsibilityMap, options: MatrixOptions): string {
  const rows = matrixRows(map, options);
  const m = escapeMarkdown;
  const header = [
    "Duty",
    "Side",
    "Controls",
    "Accountable",
    "Responsible",
    "Consulted",
    "Informed",
    ...map.thirdParties.map((party) => m(party.name)),
    ...(hasSla(map) ? ["SLA"] : []),
    "Last review",
    "Next review",
    "Sign-off",
  ];
  const lines = [
    `## Responsibility matrix: ${m(map.settings.organization)}`,
    "",
    `${m(summary(map, options, rows))}`,
    "",
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
  ];
  for (const row of rows) {
    const side = [`**${row.side}**`, ...row.providerSides.map(({ provider, side }) => `${providerName(provider)}: ${side}`)];
    for (const scope of row.scopes) side.push(m(scopeText(scope)));
    const next =
      row.reviewState === "overdue"
        ? `**${row.nextReview} overdue**`
        : row.reviewState === "due-soon"
          ? `${row.nextReview} (due soon)`
          : row.nextReview;
    const cells = [
      `${m(row.title)} (\`${row.id}\`)`,
      side.join("<br>"),
      m(row.controls.join(", ")),
      m(row.accountable),
      m(list(row.responsible)),
      m(list(row.consulted)),
      m(list(row.informed)),
      ...row.thirdParties.map((cell) => (cell === undefined ? "-" : m(cellText(cell)))),
      ...(hasSla(map) ? [row.sla === "" ? "-" : m(row.sla)] : []),
      row.lastReview,
      next,
      `${m(row.signedOffBy)}, ${row.signedOffOn}`,
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  const levels = levelRows(map);
  if (levels.length > 0) {
    lines.push("", "### Data classification levels", "", m(levelsIntro(map)), "");
    lines.push(`| ${LEVEL_HEADER.join(" | ")} |`, `|${LEVEL_HEADER.map(() => "---").join("|")}|`);
    for (const level of levels) {
      const name = `**${m(level.title)}** (\`${level.id}\`)${level.isDefault ? " default" : ""}<br>${m(level.description)}`;
      lines.push(`| ${[name, ...levelCells(level)].join(" | ")} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

// --- CSV --------------------------------------------------------------------------------------

/**
 * One RFC 4180 field, always quoted. A cell a spreadsheet would read as a formula (starting with
 * = + - @, or a tab or carriage return) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const text = safeText(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const BOM = "\uFEFF";

export function renderMatrixCsv(map: ResponsibilityMap, options: MatrixOptions): string {
  const rows = matrixRows(map, options);
  const header = [
    "Duty",
    "Title",
    "Side",
    ...map.settings.providers.map((provider) => `${providerName(provider)} side`),
    "Scopes",
    "Controls",
    "Accountable",
    "Responsible",
    "Consulted",
    "Informed",
    ...map.thirdParties.map((party) => `Third party: ${party.name} (${party.id})`),
    ...(hasSla(map) ? ["SLA"] : []),
    "Last review",
    "Review cadence (days)",
    "Next review due",
    "Review state",
    "Signed off by",
    "Signed off on",
  ];
  const records = [header];
  for (const row of rows) {
    records.push([
      row.id,
      row.title,
      row.side,
      ...row.providerSides.map(({ side }) => side),
      row.scopes.map(scopeText).join("; "),
      row.controls.join("; "),
      row.accountable,
      row.responsible.join("; "),
      row.consulted.join("; "),
      row.informed.join("; "),
      ...row.thirdParties.map(cellText),
      ...(hasSla(map) ? [row.sla] : []),
      row.lastReview,
      String(row.cadenceDays),
      row.nextReview,
      row.reviewState,
      row.signedOffBy,
      row.signedOffOn,
    ]);
  }
  const levels = levelRows(map);
  if (levels.length > 0) {
    // A second table after an empty record, as spreadsheets show sections; its first header cell names it.
    records.push([]);
    records.push(["Classification level", "Title", "Description", "Default", ...LEVEL_HEADER.slice(1)]);
    for (const level of levels) {
      // Empty rather than "-", which the formula guard would prefix with an apostrophe.
      const cells = levelCells(level).map((value) => (value === "-" ? "" : value));
      records.push([level.id, level.title, level.description, level.isDefault ? "yes" : "no", ...cells]);
    }
  }
  return BOM + records.map((record) => `${record.map(csvField).join(",")}\r\n`).join("");
}

// --- HTML -------------------------------------------------------------------------------------

const REVIEW_CLASS: Record<ReviewState, string> = {
  current: "review-current",
  "due-soon": "review-due-soon status-waived",
  overdue: "review-overdue status-fail",
};

/** The matrix grid alone (trusted HTML, every map string escaped), for `renderPage`. */
export function renderMatrixHtmlBody(map: ResponsibilityMap, options: MatrixOptions): string {
  const rows = matrixRows(map, options);
  const h = escapeHtml;
  const providers = map.settings.providers;
  const header = [
    "Duty",
    "Side",
    ...providers.map((provider) => `${providerName(provider)}`),
    "Controls",
    "Accountable",
    "Responsible",
    "Consulted",
    "Informed",
    ...map.thirdParties.map((party) => h(party.name)),
    ...(hasSla(map) ? ["SLA"] : []),
    "Last review",
    "Next review",
    "Sign-off",
  ];
  const names = (values: readonly string[]) => (values.length === 0 ? `<span class="muted">-</span>` : values.map(h).join("<br>"));
  const out = [
    `<p class="muted">${h(summary(map, options, rows))}. Sides: provider, customer, shared; a review is due soon within ${DUE_SOON_DAYS} days.</p>`,
    `<table class="matrix">`,
    `<thead><tr>${header.map((title) => `<th>${title}</th>`).join("")}</tr></thead>`,
    "<tbody>",
  ];
  for (const row of rows) {
    const scopes = row.scopes.map(
      (scope) =>
        `<div class="scope"><span class="mono">${h(`${scope.provider === undefined ? "" : `${providerName(scope.provider)} `}${scope.resourceTypes.join(", ")}`)}</span>: ${scope.side} <span class="muted">${h(scope.note)}</span></div>`,
    );
    const review =
      row.reviewState === "overdue"
        ? `${row.nextReview} overdue`
        : row.reviewState === "due-soon"
          ? `${row.nextReview} due soon`
          : row.nextReview;
    const cells = [
      `<td><strong>${h(row.title)}</strong><br><code>${h(row.id)}</code></td>`,
      `<td class="side-${row.side}">${row.side}${scopes.join("")}</td>`,
      ...row.providerSides.map(({ side }) => `<td class="side-${side}">${side}</td>`),
      `<td>${row.controls.map((control) => `<code>${h(control)}</code>`).join(" ")}</td>`,
      `<td>${h(row.accountable)}</td>`,
      `<td>${names(row.responsible)}</td>`,
      `<td>${names(row.consulted)}</td>`,
      `<td>${names(row.informed)}</td>`,
      ...row.thirdParties.map((cell) =>
        cell === undefined
          ? `<td><span class="muted">-</span></td>`
          : `<td>${cell.raci}<br><span class="muted">${h(cell.share)}</span></td>`,
      ),
      ...(hasSla(map) ? [row.sla === "" ? `<td><span class="muted">-</span></td>` : `<td>${h(row.sla)}</td>`] : []),
      `<td>${row.lastReview}<br><span class="muted">every ${row.cadenceDays} days</span></td>`,
      `<td class="${REVIEW_CLASS[row.reviewState]}">${review}</td>`,
      `<td>${h(row.signedOffBy)}<br><span class="muted">${row.signedOffOn}</span></td>`,
    ];
    out.push(`<tr data-duty="${h(row.id)}" data-review="${row.reviewState}">${cells.join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  const levels = levelRows(map);
  if (levels.length > 0) {
    out.push(
      "<h2>Data classification levels</h2>",
      `<p class="muted">${h(levelsIntro(map))}</p>`,
      `<table class="matrix levels">`,
      `<thead><tr>${LEVEL_HEADER.map((title) => `<th>${title}</th>`).join("")}</tr></thead>`,
      "<tbody>",
    );
    for (const level of levels) {
      const name = `<td><strong>${h(level.title)}</strong>${level.isDefault ? ` <span class="muted">(default)</span>` : ""}<br><code>${h(level.id)}</code><br><span class="muted">${h(level.description)}</span></td>`;
      out.push(
        `<tr data-level="${h(level.id)}">${name}${levelCells(level)
          .map((value) => `<td>${value}</td>`)
          .join("")}</tr>`,
      );
    }
    out.push("</tbody>", "</table>");
  }
  return out.join("\n");
}

export function renderMatrixHtml(map: ResponsibilityMap, options: MatrixOptions): string {
  return renderPage({
    title: `Responsibility matrix: ${map.settings.organization}`,
    subtitle: `Who carries each duty of the shared-responsibility model, as of ${options.today}`,
    body: renderMatrixHtmlBody(map, options),
  });
}

export type MatrixFormat = "text" | "markdown" | "csv" | "html";
export const MATRIX_FORMATS: readonly MatrixFormat[] = ["text", "markdown", "csv", "html"];

export function renderMatrix(map: ResponsibilityMap, format: MatrixFormat, options: MatrixOptions): string {
  switch (format) {
    case "text":
      return renderMatrixText(map, options);
    case "markdown":
      return renderMatrixMarkdown(map, options);
    case "csv":
      return renderMatrixCsv(map, options);
    case "html":
      return renderMatrixHtml(map, options);
  }
}
