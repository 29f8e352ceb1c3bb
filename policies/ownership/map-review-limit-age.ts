import { reviewDue } from "../../responsibility-map/review";
import { isoDate } from "../core/evaluate";
import { defineStackRule, EMPTY_STACK, notApplicable, type StackViolation } from "../core/rule";

export default defineStackRule({
  name: "map-review-limit-age",
  displayName: "Duty and third-party reviews are not overdue",
  description: "Every duty and every third party in the responsibility map was reviewed within its review cadence.",
  duty: "ownership",
  severity: "medium",
  resourceTypes: [],
  remediation: "Review the duty or third party, then update `review.last`, `review.signedOffBy` and `review.signedOffOn` in the map.",
  why: "an unreviewed split of duties drifts from what the teams and the third parties actually do",
  controls: { nist: ["PM-9", "CA-7", "SA-9"], iso27001: ["A.5.1", "A.5.22"] },
  problems: {
    "duty-review-overdue": "a duty's review is past its cadence",
    "third-party-review-overdue": "a third party's review is past its cadence",
  },
  checkStack(resources, ctx) {
    if (resources.length === 0) return notApplicable(EMPTY_STACK);
    const today = isoDate(ctx.now);
    const violations: StackViolation[] = [];
    for (const duty of ctx.map.duties) {
      const due = reviewDue(duty.review.last, duty.review.cadenceDays);
      if (due >= today) continue;
      const accountable = ctx.map.personById.get(duty.accountable);
      violations.push({
        code: "duty-review-overdue",
        subject: duty.id,
        actual: `The review of ${duty.title} is overdue: last reviewed ${duty.review.last}, every ${duty.review.cadenceDays} days, so due ${due}`,
        fix: `${accountable ? accountable.name : "The accountable person"} reviews duty "${duty.id}" and records the new review date and sign-off in the map.`,
      });
    }
    // Third parties are reviewed like duties (vendor reviews, NIST SA-9; ISO 27001 A.5.22).
    for (const party of ctx.map.thirdParties) {
      const due = reviewDue(party.review.last, party.review.cadenceDays);
      if (due >= today) continue;
      const reviewer = ctx.map.personById.get(party.review.signedOffBy);
      violations.push({
        code: "third-party-review-overdue",
        subject: `thirdParty:${party.id}`,
        actual: `The review of third party ${party.name} is overdue: last reviewed ${party.review.last}, every ${party.review.cadenceDays} days, so due ${due}`,
        fix: `${reviewer ? reviewer.name : "The person who signed off its last review"} reviews third party "${party.id}" (contract ${party.contract}) and records the new review date and sign-off in the map.`,
      });
    }
    return violations;
  },
});
