/** Renders a handover checklist (cli/handover/build.ts) as text, Markdown or JSON. */
import { type Handover, itemCount } from "../handover/build";
import { escapeMarkdown, oneLine } from "./escape";

export const HANDOVER_FORMATS = ["text", "markdown", "json"] as const;
export type HandoverFormat = (typeof HANDOVER_FORMATS)[number];

/** The JSON document's version: bumped when a field changes meaning or goes away. */
export const HANDOVER_JSON_VERSION = 1;

interface Section {
  readonly title: string;
  /** Each a sentence in which property names and values are Markdown code spans. */
  readonly items: readonly string[];
}

const code = (value: string): string => `\`${value.replace(/`/g, "'")}\``;

function sections(handover: Handover): Section[] {
  const out: Section[] = [
    {
      title: "Duties",
      items: handover.duties.map((item) => `Duty ${code(item.duty)} (${item.title}), ${item.roles.join(" and ")}: ${item.action}`),
    },
    {
      title: "Exceptions they approved",
      items: handover.exceptions.map(
        (item) =>
          `Exception ${code(item.id)} (${item.rule === null ? "" : `rule ${code(item.rule)}, `}${item.duty === null ? "" : `duty ${code(item.duty)}, `}resources ${code(item.resources)}), approved ${item.approved}, ${item.expired ? `expired ${item.expires}` : `expires ${item.expires}`}: ${item.action}`,
      ),
    },
    {
      title: "Reviews they signed off",
      items: handover.reviews.map(
        (item) => `Review of duty ${code(item.duty)} (${item.title}), last ${item.last}, signed off ${item.signedOffOn}: ${item.action}`,
      ),
    },
    { title: "Teams", items: handover.teams.map((item) => `Team ${code(item.id)} (${item.name}): ${item.action}`) },
    {
      title: "Central controls they manage",
      items: handover.centralControls.map((item) => {
        const controls = item.controls === "all" ? "all controls" : item.controls.join(", ");
        const where: string[] = [];
        if (item.accounts !== undefined) where.push(item.accounts === "all" ? "all accounts" : `accounts ${item.accounts.join(", ")}`);
        if (item.subscriptions !== undefined) {
          where.push(item.subscriptions === "all" ? "all subscriptions" : `subscriptions ${item.subscriptions.join(", ")}`);
        }
        return `${controls} for ${where.join(" and ")}: ${item.action}`;
      }),
    },
  ];
  if (handover.states.length > 0) {
    out.push(
      {
        title: "Resources their owner tag names",
        items: handover.ownedResources.map((item) => `${code(item.urn)} (${item.type}): ${item.action}`),
      },
      {
        title: "Access their identities hold",
        items: handover.access.map((item) => {
          const identity = item.identity === null ? "One of their identities" : `The ${item.identity.label} ${code(item.identity.value)}`;
          const field = item.field === null ? "" : ` at ${code(item.field)}`;
          return `${identity}${field} of ${code(item.urn)} (${item.type}, rule ${code(item.rule)}): ${item.action}`;
        }),
      },
    );
  }
  return out;
}

function header(handover: Handover): string {
  const { person } = handover;
  const status = person.status === "departed" ? `departed ${person.departed ?? "(date not recorded)"}` : "active";
  return `Handover for ${person.name} (${person.id}), ${person.role}, ${status}, as of ${handover.date}`;
}

function nothingLine(handover: Handover): string {
  return `Nothing to hand over: ${handover.person.name} (${handover.person.id}) owns or answers for nothing in the map${handover.states.length > 0 ? " or the given state" : ""}.`;
}

function scopeLine(handover: Handover): string {
  const states = handover.states.length;
  return states === 0
    ? "No --state given: resources and access in the cloud were not checked."
    : `Checked ${states} state file${states === 1 ? "" : "s"} for owner tags and access.`;
}

export function renderHandoverText(handover: Handover): string {
  const lines = [oneLine(header(handover)), oneLine(`Map: ${handover.map}`), oneLine(scopeLine(handover))];
  for (const warning of handover.warnings) lines.push(oneLine(`warning: ${warning}`));
  if (itemCount(handover) === 0) {
    lines.push("", oneLine(nothingLine(handover)));
    return `${lines.join("\n")}\n`;
  }
  for (const section of sections(handover)) {
    if (section.items.length === 0) continue;
    lines.push("", `${section.title} (${section.items.length})`);
    for (const item of section.items) lines.push(`  [ ] ${oneLine(item)}`);
  }
  lines.push("", `${itemCount(handover)} item${itemCount(handover) === 1 ? "" : "s"} to hand over.`);
  return `${lines.join("\n")}\n`;
}

/** `level` is the header's heading level (its sections one deeper): 2 alone, deeper inside `map diff`. */
export function renderHandoverMarkdown(handover: Handover, level = 2): string {
  const hashes = "#".repeat(level);
  const lines = [
    `${hashes} ${escapeMarkdown(header(handover))}`,
    "",
    `${escapeMarkdown(`Map: ${code(handover.map)}`)}. ${escapeMarkdown(scopeLine(handover))}`,
  ];
  for (const warning of handover.warnings) lines.push("", `> ${escapeMarkdown(`Warning: ${warning}`)}`);
  if (itemCount(handover) === 0) {
    lines.push("", escapeMarkdown(nothingLine(handover)));
    return `${lines.join("\n")}\n`;
  }
  for (const section of sections(handover)) {
    if (section.items.length === 0) continue;
    lines.push("", `${hashes}# ${escapeMarkdown(section.title)} (${section.items.length})`, "");
    for (const item of section.items) lines.push(`- [ ] ${escapeMarkdown(item)}`);
  }
  lines.push("", `${itemCount(handover)} item${itemCount(handover) === 1 ? "" : "s"} to hand over.`);
  return `${lines.join("\n")}\n`;
}

/** The JSON document (shape in the command's usage); keys in a fixed order, items in map and state order. */
export function renderHandoverJson(handover: Handover): string {
  const document = {
    version: HANDOVER_JSON_VERSION,
    person: handover.person,
    map: handover.map,
    date: handover.date,
    states: handover.states,
    items: itemCount(handover),
    duties: handover.duties,
    exceptions: handover.exceptions,
    reviews: handover.reviews,
    teams: handover.teams,
    centralControls: handover.centralControls,
    ownedResources: handover.ownedResources,
    access: handover.access,
    warnings: handover.warnings,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderHandover(handover: Handover, format: HandoverFormat): string {
  switch (format) {
    case "text":
      return renderHandoverText(handover);
    case "markdown":
      return renderHandoverMarkdown(handover);
    case "json":
      return renderHandoverJson(handover);
  }
}
