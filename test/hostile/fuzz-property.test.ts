/**
 * The fuzz property must be able to fail: rules with the faults it exists to find are caught.
 */
import { describe, expect, it } from "vitest";
import { defineRule, fail, pass } from "../../policies/core/rule";
import { RULES } from "../../policies/registry";
import { environment } from "../support/rules";
import { fuzzRule } from "./fuzz-core";

const VOLUME = "aws:ebs/volume:Volume";

function faulty(name: string, check: (props: Record<string, unknown>) => boolean) {
  return defineRule({
    name: `aws-ebs-volume-require-${name}`,
    displayName: "faulty",
    description: "A rule with a fault.",
    duty: "encryption-at-rest",
    severity: "high",
    resourceTypes: [VOLUME],
    remediation: "Set `encrypted: true`.",
    why: "it is a test",
    controls: { nist: ["SC-28"] },
    check: (resource) => (check(resource.props as Record<string, unknown>) ? pass : fail("The volume is not encrypted")),
  });
}

describe("the fuzz property", () => {
  it.each([
    ["crashes on a wrong type", faulty("crash", (props) => (props["encrypted"] as { valueOf(): unknown }).valueOf() === true)],
    [
      "treats an unknown as a violation (catches the SDK error)",
      faulty("catch", (props) => {
        try {
          return props["encrypted"] === true;
        } catch {
          return false;
        }
      }),
    ],
    [
      "reads around the proxy",
      faulty("raw", (props) => {
        const raw = (props["__getSpecialProxyTarget"] ?? props) as Record<string, unknown>;
        return raw["encrypted"] === true || typeof raw["encrypted"] === "boolean" || raw["encrypted"] === undefined;
      }),
    ],
  ])("catches a rule that %s", (_fault, rule) => {
    expect(() => fuzzRule(rule, RULES, environment(), { numRuns: 1000, seed: 42 })).toThrow(/Property failed/);
  });

  it("passes a rule that reads carefully", () => {
    const careful = faulty("careful", (props) => props["encrypted"] === true);
    expect(fuzzRule(careful, RULES, environment(), { numRuns: 300, seed: 42 }).completed).toBeGreaterThan(60);
  });
});
