import { reviewDue } from "../../responsibility-map/review";
import { isoDate } from "../core/evaluate";
import { defineStackRule, EMPTY_STACK, notApplicable, type StackViolation } from "../core/rule";

export default defineStackRule({
  name: "map-review-limit-age",
  displayName: "Duty reviews are not overdue",
  description: "Every duty in the responsibility map was reviewed within its review cadence.",
  duty: "ownership",
  severity: "medium",
  resourceTypes: [],
  problems: { "review-overdue": "The duty was last reviewed longer ago than its review cadence." },
  remediation: "Review the duty, then update `review.last`, `review.signedOffBy` and `review.signedOffOn` in the map.",
  why: "an unreviewed split of duties drifts from what the teams actually do",
  controls: { nist: ["PM-9", "CA-7"], iso27001: ["A.5.1"] },
  checkStack(resources, ctx) {
    if (resources.length === 0) return notApplicable(EMPTY_STACK);
    const today = isoDate(ctx.now);
    const violations: StackViolation[] = [];
    for (const duty of ctx.map.duties) {
      const due = reviewDue(duty.review.last, duty.review.cadenceDays);
      if (due >= today) continue;
      const accountable = ctx.map.personById.get(duty.accountable);
      violations.push({
        subject: duty.id,
        code: "review-overdue",
        actual: `The review of ${duty.title} is overdue: last reviewed ${duty.review.last}, every ${duty.review.cadenceDays} days, so due ${due}`,
        fix: `${accountable ? accountable.name : "The accountable person"} reviews duty "${duty.id}" and records the new review date and sign-off in the map.`,
      });
    }
    return violations;
  },
});
