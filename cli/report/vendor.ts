/** Renders one third party's report (cli/vendor/build.ts) as text, Markdown or JSON. */
import type { VendorAccess, VendorReport } from "../vendor/build";
import { escapeMarkdown, oneLine } from "./escape";

export const VENDOR_FORMATS = ["text", "markdown", "json"] as const;
export type VendorFormat = (typeof VENDOR_FORMATS)[number];

/** The JSON document's version: bumped when a field changes meaning or goes away. */
export const VENDOR_JSON_VERSION = 1;

const code = (value: string): string => `\`${value.replace(/`/g, "'")}\``;

interface Section {
  readonly title: string;
  /** Each a sentence in which property names and values are Markdown code spans. */
  readonly items: readonly string[];
}

function reviewLine(report: VendorReport): string {
  const { review } = report;
  const state = review.state === "overdue" ? "OVERDUE" : review.state === "due-soon" ? "due soon" : "current";
  return `Review: last ${review.last}, signed off by ${review.signedOffBy} on ${review.signedOffOn}, every ${review.cadenceDays} days; next due ${review.nextDue} (${state} as of ${report.date}).`;
}

function accessItem(item: VendorAccess): string {
  if (item.kind === "aws-role-trust") {
    const accounts = item.via.map(code).join(", ");
    const externalId = item.externalIdRequired ? "with `sts:ExternalId` required" : "WITHOUT `sts:ExternalId`";
    return `IAM role ${code(item.urn)}: assumable from account${item.via.length === 1 ? "" : "s"} ${accounts}, ${externalId}.`;
  }
  const roles = item.roles.length === 0 ? "no role" : item.roles.join(", ");
  return `Azure Lighthouse registration ${code(item.urn)}: delegates to tenant ${item.via.map(code).join(", ")} with ${roles}.`;
}

function sections(report: VendorReport): Section[] {
  const { party } = report;
  const out: Section[] = [
    {
      title: "Contacts",
      items: party.contacts.map((c) => `${c.name} <${c.email}>${c.phone === null ? "" : `, ${c.phone}`}`),
    },
    {
      title: "Accounts and tenants it acts from",
      items: [
        ...party.awsAccountIds.map((id) => `AWS account ${code(id)}`),
        ...party.azureTenantIds.map((id) => `Azure tenant ${code(id)}`),
      ],
    },
    {
      title: "Duties it shares",
      items: report.duties.map((d) => {
        const share = d.share === null ? "no share (named by an SLA fact)" : `${d.raci}: ${d.share}`;
        const accountable = d.accountable === null ? "nobody named in the map" : `${d.accountable.name} <${d.accountable.email}>`;
        const sla = d.slaText.length === 0 ? "" : ` SLA: ${d.slaText.join("; ")}.`;
        return `Duty ${code(d.duty)} (${d.title}), ${share}. Accountable: ${accountable}.${sla}`;
      }),
    },
  ];
  if (report.states.length > 0) out.push({ title: "Access it holds in the given stacks", items: report.access.map(accessItem) });
  return out;
}

function header(report: VendorReport): string {
  const { party } = report;
  return `Third party ${party.name} (${party.id}), ${party.kind}, contract ${party.contract}`;
}

function scopeLine(report: VendorReport): string {
  const states = report.states.length;
  return states === 0
    ? "No --state given: the access it holds in the cloud was not checked."
    : `Checked ${states} state file${states === 1 ? "" : "s"} for roles its accounts can assume and Lighthouse registrations for its tenants.`;
}

export function renderVendorText(report: VendorReport): string {
  const lines = [oneLine(header(report)), oneLine(reviewLine(report)), oneLine(`Map: ${report.map}`), oneLine(scopeLine(report))];
  for (const warning of report.warnings) lines.push(oneLine(`warning: ${warning}`));
  for (const section of sections(report)) {
    lines.push("", `${section.title} (${section.items.length})`);
    if (section.items.length === 0) lines.push("  none");
    for (const item of section.items) lines.push(`  - ${oneLine(item)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderVendorMarkdown(report: VendorReport): string {
  const lines = [
    `## ${escapeMarkdown(header(report))}`,
    "",
    escapeMarkdown(reviewLine(report)),
    "",
    `${escapeMarkdown(`Map: ${code(report.map)}`)}. ${escapeMarkdown(scopeLine(report))}`,
  ];
  for (const warning of report.warnings) lines.push("", `> ${escapeMarkdown(`Warning: ${warning}`)}`);
  for (const section of sections(report)) {
    lines.push("", `### ${escapeMarkdown(section.title)} (${section.items.length})`, "");
    if (section.items.length === 0) lines.push("None.");
    for (const item of section.items) lines.push(`- ${escapeMarkdown(item)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The JSON document (shape in the command's usage); keys in a fixed order, items in map and state order. */
export function renderVendorJson(report: VendorReport): string {
  const document = {
    version: VENDOR_JSON_VERSION,
    party: report.party,
    review: report.review,
    map: report.map,
    date: report.date,
    states: report.states,
    duties: report.duties,
    access: report.access,
    warnings: report.warnings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderVendor(report: VendorReport, format: VendorFormat): string {
  switch (format) {
    case "text":
      return renderVendorText(report);
    case "markdown":
      return renderVendorMarkdown(report);
    case "json":
      return renderVendorJson(report);
  }
}
