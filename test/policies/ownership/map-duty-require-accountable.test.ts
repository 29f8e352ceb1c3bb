import { EMPTY_STACK } from "../../../policies/core/rule";
import rule from "../../../policies/ownership/map-duty-require-accountable";
import type { ResponsibilityMap } from "../../../responsibility-map/model";
import { describeRule, MAP, resource } from "../../support/rules";

const anyStack = [resource("aws:ebs/volume:Volume", "v", { encrypted: true })];
function withDuties(duties: ResponsibilityMap["duties"]): ResponsibilityMap {
  return { ...MAP, duties, dutyById: new Map(duties.map((d) => [d.id, d])) };
}
const withoutMfa = withDuties(MAP.duties.filter((d) => d.id !== "mfa"));
const departedAccountable = withDuties(MAP.duties.map((d) => (d.id === "backup" ? { ...d, accountable: "sam.oconnor" } : d)));
const providerSideDeparted = withDuties(
  MAP.duties.map((d) => (d.id === "backup" ? { ...d, side: "provider" as const, accountable: "sam.oconnor" } : d)),
);

describeRule(rule, {
  compliant: [
    { title: "the bundled map", resources: anyStack },
    { title: "a provider-side duty whose accountable person left", resources: anyStack, map: providerSideDeparted },
  ],
  violating: [
    {
      title: "a map without the mfa duty",
      resources: anyStack,
      map: withoutMfa,
      codes: ["duty-missing"],
    },
    {
      title: "a customer duty whose accountable person left",
      resources: anyStack,
      map: departedAccountable,
      codes: ["no-active-accountable"],
    },
  ],
  notApplicable: [{ title: "an empty stack", resources: [], map: withoutMfa, reason: EMPTY_STACK }],
  unknown: {
    readsNoProperties: {
      title: "stack of unknown values",
      resources: anyStack,
      map: withoutMfa,
      codes: ["duty-missing"],
    },
  },
});
