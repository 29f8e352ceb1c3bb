import { expect, it } from "vitest";
import { EMPTY_STACK } from "../../../policies/core/rule";
import rule from "../../../policies/ownership/map-review-limit-age";
import type { ResponsibilityMap } from "../../../responsibility-map/model";
import { describeRule, environment, MAP, resource, run } from "../../support/rules";

const anyStack = [resource("aws:ebs/volume:Volume", "v", { encrypted: true })];
const reviewed = { ...MAP, duties: MAP.duties.map((d) => ({ ...d, review: { ...d.review, last: "2026-11-01" } })) };
const onlyBackup = { ...MAP, duties: MAP.duties.filter((d) => d.id === "backup") };
const vendorOverdue: ResponsibilityMap = {
  ...reviewed,
  thirdParties: MAP.thirdParties.map((p) => ({ ...p, review: { ...p.review, last: "2026-01-10", signedOffOn: "2026-01-10" } })),
};
const PROBLEM = "The review of Backup and recovery is overdue: last reviewed 2026-06-01, every 90 days, so due 2026-08-30";

describeRule(rule, {
  compliant: [{ title: "every duty reviewed this month, the MSSP within its cadence", resources: anyStack, map: reviewed }],
  violating: [
    { title: "the bundled map, whose backup review is overdue", resources: anyStack, codes: ["duty-review-overdue"] },
    { title: "a map with only the overdue duty", resources: anyStack, map: onlyBackup, codes: ["duty-review-overdue"] },
    {
      title: "the MSSP last reviewed in January, every 180 days",
      resources: anyStack,
      map: vendorOverdue,
      codes: ["third-party-review-overdue"],
    },
  ],
  notApplicable: [{ title: "an empty stack", resources: [], reason: EMPTY_STACK }],
  unknown: { readsNoProperties: { title: "stack of unknown values", resources: anyStack, codes: ["duty-review-overdue"] } },
});

it("words an overdue duty review and an overdue third-party review with dates and who reviews", () => {
  expect(run(rule, anyStack).map((f) => f.problem)).toEqual([PROBLEM]);
  const [vendor] = run(rule, anyStack, {}, environment(vendorOverdue));
  expect(vendor?.subject).toBe("thirdParty:blueline-mssp");
  expect(vendor?.problem).toBe(
    "The review of third party Blueline Security is overdue: last reviewed 2026-01-10, every 180 days, so due 2026-07-09",
  );
  expect(vendor?.message).toContain('Priya Raman reviews third party "blueline-mssp"');
});
