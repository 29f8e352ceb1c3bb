import { EMPTY_STACK } from "../../../policies/core/rule";
import rule from "../../../policies/ownership/map-review-limit-age";
import { describeRule, MAP, resource } from "../../support/rules";

const anyStack = [resource("aws:ebs/volume:Volume", "v", { encrypted: true })];
const reviewed = { ...MAP, duties: MAP.duties.map((d) => ({ ...d, review: { ...d.review, last: "2026-11-01" } })) };
const onlyBackup = { ...MAP, duties: MAP.duties.filter((d) => d.id === "backup") };

describeRule(rule, {
  compliant: [{ title: "every duty reviewed this month", resources: anyStack, map: reviewed }],
  violating: [
    { title: "the bundled map, whose backup review is overdue", resources: anyStack, codes: ["review-overdue"] },
    { title: "a map with only the overdue duty", resources: anyStack, map: onlyBackup, codes: ["review-overdue"] },
  ],
  notApplicable: [{ title: "an empty stack", resources: [], reason: EMPTY_STACK }],
  unknown: { readsNoProperties: { title: "stack of unknown values", resources: anyStack, codes: ["review-overdue"] } },
});
