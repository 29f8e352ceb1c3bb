import { EMPTY_STACK } from "../../../policies/core/rule";
import rule from "../../../policies/ownership/map-review-limit-age";
import { describeRule, MAP, resource } from "../../support/rules";

const anyStack = [resource("aws:ebs/volume:Volume", "v", { encrypted: true })];
const reviewed = { ...MAP, duties: MAP.duties.map((d) => ({ ...d, review: { ...d.review, last: "2026-11-01" } })) };
const onlyBackup = { ...MAP, duties: MAP.duties.filter((d) => d.id === "backup") };
const PROBLEM = "The review of Backup and recovery is overdue: last reviewed 2026-06-01, every 90 days, so due 2026-08-30";

describeRule(rule, {
  compliant: [{ title: "every duty reviewed this month", resources: anyStack, map: reviewed }],
  violating: [
    { title: "the bundled map, whose backup review is overdue", resources: anyStack, problems: [PROBLEM] },
    { title: "a map with only the overdue duty", resources: anyStack, map: onlyBackup, problems: [PROBLEM] },
  ],
  notApplicable: [{ title: "an empty stack", resources: [], reason: EMPTY_STACK }],
  unknown: { readsNoProperties: { title: "stack of unknown values", resources: anyStack, problems: [PROBLEM] } },
});
