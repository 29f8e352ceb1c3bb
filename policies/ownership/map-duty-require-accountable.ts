import { DUTY_IDS, defineStackRule, EMPTY_STACK, notApplicable, type StackViolation } from "../core/rule";

export default defineStackRule({
  name: "map-duty-require-accountable",
  displayName: "Every customer duty has an active accountable person",
  description:
    "The responsibility map lists every duty the rules check, and each customer or shared duty names one active accountable person.",
  duty: "ownership",
  severity: "high",
  resourceTypes: [],
  problems: {
    "duty-missing": "The map lacks a duty the pack's rules check.",
    "no-active-accountable": "The duty's accountable person is not an active person in the map.",
  },
  remediation: "Add the duty to responsibility-map/map.yaml with `accountable` set to the id of one active person.",
  why: "a violation of the duty has nobody who must act on it",
  controls: { nist: ["PM-2", "CM-8(4)"], iso27001: ["A.5.2"] },
  checkStack(resources, ctx) {
    if (resources.length === 0) return notApplicable(EMPTY_STACK);
    const violations: StackViolation[] = [];
    for (const id of DUTY_IDS) {
      const duty = ctx.map.dutyById.get(id);
      if (duty === undefined) {
        violations.push({
          subject: id,
          code: "duty-missing",
          actual: `The responsibility map has no duty "${id}", which the pack's rules check`,
        });
        continue;
      }
      if (duty.side === "provider") continue;
      const person = ctx.map.personById.get(duty.accountable);
      if (person === undefined || person.status !== "active") {
        violations.push({
          subject: id,
          code: "no-active-accountable",
          actual: `${duty.title} has no active accountable person: "${duty.accountable}" is ${person ? `${person.name}, who left on ${person.departed ?? "an unrecorded date"}` : "not a person in the map"}`,
          fix: `Set \`accountable\` of duty "${id}" to one active person.`,
        });
      }
    }
    return violations;
  },
});
