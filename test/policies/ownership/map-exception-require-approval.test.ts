import { EMPTY_STACK } from "../../../policies/core/rule";
import rule from "../../../policies/ownership/map-exception-require-approval";
import type { MapException, ResponsibilityMap } from "../../../responsibility-map/model";
import { describeRule, MAP, resource } from "../../support/rules";

const anyStack = [resource("aws:ebs/volume:Volume", "v", { encrypted: true })];
const EX1 = MAP.exceptions.find((e) => e.id === "EX-1") as MapException;
const withExceptions = (exceptions: MapException[]): ResponsibilityMap => ({ ...MAP, exceptions });

describeRule(rule, {
  compliant: [{ title: "an unexpired exception approved by the accountable person", resources: anyStack, map: withExceptions([EX1]) }],
  violating: [
    { title: "the bundled map, whose EX-2 has expired", resources: anyStack, codes: ["exception-expired"] },
    {
      title: "an exception approved by someone not accountable for its duty",
      resources: anyStack,
      map: withExceptions([{ ...EX1, approver: "mei.chen" }]),
      codes: ["approver-not-accountable"],
    },
    {
      title: "an exception for a duty the map does not have",
      resources: anyStack,
      map: withExceptions([{ ...EX1, rule: undefined, duty: "telemetry" }]),
      codes: ["duty-not-in-map"],
    },
  ],
  notApplicable: [{ title: "an empty stack", resources: [], reason: EMPTY_STACK }],
  unknown: { readsNoProperties: { title: "stack of unknown values", resources: anyStack, codes: ["exception-expired"] } },
});
