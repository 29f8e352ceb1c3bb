import { isoDate } from "../core/evaluate";
import { defineStackRule, EMPTY_STACK, notApplicable, type StackViolation } from "../core/rule";

export default defineStackRule({
  name: "map-exception-require-approval",
  displayName: "Exceptions are approved by the accountable person and unexpired",
  description: "Every exception in the responsibility map is approved by the active person accountable for its duty and has not expired.",
  duty: "ownership",
  severity: "medium",
  resourceTypes: [],
  problems: {
    "exception-expired": "The exception has expired and waives nothing.",
    "duty-not-in-map": "The exception names a rule or duty whose duty is not in the map.",
    "approver-not-accountable": "The exception's approver is not the active person accountable for its duty.",
  },
  remediation:
    "Have the duty's accountable person approve the exception (set `approver` and `approved`), or remove it; renew an expired one with a new approval and expiry.",
  why: "an exception nobody accountable approved waives a duty without anyone answering for it, and a stale one misleads whoever reads the map",
  controls: { nist: ["CA-5", "PM-4"], iso27001: ["A.5.36"] },
  checkStack(resources, ctx) {
    if (resources.length === 0) return notApplicable(EMPTY_STACK);
    const today = isoDate(ctx.now);
    const violations: StackViolation[] = [];
    for (const exception of ctx.map.exceptions) {
      const dutyId = exception.duty ?? (exception.rule ? ctx.ruleDuty(exception.rule) : undefined);
      const duty = dutyId === undefined ? undefined : ctx.map.dutyById.get(dutyId);
      const approver = ctx.map.personById.get(exception.approver);
      if (exception.expires < today) {
        violations.push({
          subject: exception.id,
          code: "exception-expired",
          actual: `Exception ${exception.id} expired on ${exception.expires} and no longer waives anything`,
          // The rule's general reason speaks of waiving without approval; an expired entry waives nothing.
          why: "the map still lists a waiver that no longer applies, which misleads whoever reads it about what is accepted",
          fix: `Remove exception ${exception.id}, or renew it with a new approval and expiry.`,
        });
      }
      if (duty === undefined) {
        violations.push({
          subject: exception.id,
          code: "duty-not-in-map",
          actual: `Exception ${exception.id} names ${exception.rule ? `rule "${exception.rule}"` : `duty "${exception.duty ?? ""}"`}, whose duty is not in the map`,
          why: "the exception waives nothing, while the map reads as if a risk had been accepted",
          fix: `Point exception ${exception.id} at a rule or duty the map covers.`,
        });
      } else if (approver === undefined || approver.id !== duty.accountable || approver.status !== "active") {
        const accountable = ctx.map.personById.get(duty.accountable);
        violations.push({
          subject: exception.id,
          code: "approver-not-accountable",
          actual: `Exception ${exception.id} is approved by ${approver ? approver.name : `"${exception.approver}"`}, who is not the active person accountable for ${duty.title.toLowerCase()}`,
          why: "a waiver nobody accountable approved leaves a duty unmet without anyone answering for it",
          fix: `Have ${accountable ? accountable.name : "the accountable person"} approve exception ${exception.id}, or remove it.`,
        });
      }
    }
    return violations;
  },
});
