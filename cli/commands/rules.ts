import { RULES } from "../../policies/registry";
import { parseOptions } from "../args";
import { UsageError } from "../errors";
import type { Command } from "../main";

export const command: Command = {
  summary: "List the pack's rules (name, duty, severity, default level); --json for tools.",
  run(argv) {
    const { values } = parseOptions(argv, { json: { type: "boolean" }, duty: { type: "string" }, help: { type: "boolean" } });
    if (values.help) {
      process.stdout.write("Usage: shared-responsibility rules [--duty DUTY] [--json]\n");
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
    for (const rule of rules) {
      process.stdout.write(`${rule.name.padEnd(58)} ${rule.duty.padEnd(22)} ${rule.severity.padEnd(8)} ${rule.enforcementLevel}\n`);
    }
    return 0;
  },
};
