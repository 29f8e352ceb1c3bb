import { RULES } from "../../policies/registry";
import { parseOptions } from "../args";
import type { Command } from "../command";
import { UsageError } from "../errors";

const USAGE = `Usage: shared-responsibility rules [--duty DUTY] [--json]

Lists the pack's rules: name, duty, severity and default enforcement level, one per line under a
header row.

  --duty DUTY   only the rules that check DUTY (for example encryption-at-rest)
  --json        the rules as JSON, with resource types, controls and description, for tools`;

export const command: Command = {
  summary: "List the pack's rules (name, duty, severity, default level); --json for tools.",
  run(argv) {
    const { values } = parseOptions(argv, { json: { type: "boolean" }, duty: { type: "string" } }, USAGE);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const rules = values.duty ? RULES.filter((rule) => rule.duty === values.duty) : RULES;
    if (values.duty && rules.length === 0) throw new UsageError(`no rule checks the duty "${values.duty}"`);
    if (values.json) {
      const out = rules.map((rule) => ({
        name: rule.name,
        kind: rule.kind,
        duty: rule.duty,
        severity: rule.severity,
        enforcementLevel: rule.enforcementLevel,
        resourceTypes: rule.resourceTypes.length > 20 ? [`${rule.resourceTypes.length} types`] : rule.resourceTypes,
        controls: rule.controls,
        description: rule.description,
      }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    const row = (name: string, duty: string, severity: string, level: string) =>
      `${name.padEnd(58)} ${duty.padEnd(22)} ${severity.padEnd(8)} ${level}\n`;
    process.stdout.write(row("RULE", "DUTY", "SEVERITY", "DEFAULT LEVEL"));
    for (const rule of rules) process.stdout.write(row(rule.name, rule.duty, rule.severity, rule.enforcementLevel));
    return 0;
  },
};
