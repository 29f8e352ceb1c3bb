/**
 * The dispatching policies' own contract, beside the engine tests (test/engine/pack.test.ts) that
 * run them through @pulumi/policy's server: a rule that fails is named in the error, and an unknown
 * value read by one rule stops that rule alone.
 */
import { unknownCheckingProxy } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { resourceDispatcher } from "../../policies/adapter";
import type { ResourceRule } from "../../policies/core/rule";
import { RULE_DUTIES, RULES } from "../../policies/registry";
import { MAP, NOW, UNKNOWN } from "../support/rules";

const VOLUME = "aws:ebs/volume:Volume";
const ENCRYPTION = RULES.find((rule) => rule.name === "aws-ebs-volume-require-encryption") as ResourceRule;
const OWNER = RULES.find((rule) => rule.name === "owner-tag-require-person") as ResourceRule;

function dispatcher(rules: readonly ResourceRule[]) {
  return resourceDispatcher(rules, {
    map: MAP,
    clock: () => NOW,
    ruleDuties: RULE_DUTIES,
    pack: { name: "shared-responsibility", version: "9.9.9" },
    settings: (rule) => ({ enforcementLevel: rule.enforcementLevel, config: {} }),
  });
}

function analyze(rules: readonly ResourceRule[], props: Record<string, unknown>) {
  const reports: { name: string; message: string; enforcementLevel: string }[] = [];
  const args = {
    type: VOLUME,
    name: "data",
    urn: `urn:pulumi:dev::shop::${VOLUME}::data`,
    props: unknownCheckingProxy(props),
    notApplicable: (reason?: string): never => {
      throw new Error(`not applicable: ${reason}`);
    },
  };
  const validate = dispatcher(rules).validateResource as (a: unknown, r: unknown) => void;
  validate(args, (report: { name: string; message: string; enforcementLevel: string }) => reports.push(report));
  return reports;
}

describe("the resource dispatcher", () => {
  it("names the rule when a rule fails with an error of its own", () => {
    const broken: ResourceRule = {
      ...ENCRYPTION,
      check: () => {
        throw new TypeError("boom");
      },
    };
    expect(() => analyze([OWNER, broken], { encrypted: true, tags: { owner: "diego.alvarez" } })).toThrow(
      "policy 'aws-ebs-volume-require-encryption' failed: boom",
    );
  });

  it("stops only the rule that reads an unknown value, with the advisory can't-run message", () => {
    const reports = analyze([ENCRYPTION, OWNER], { encrypted: UNKNOWN.boolean, tags: {} });
    expect(reports.map((r) => [r.name, r.enforcementLevel])).toEqual([
      ["aws-ebs-volume-require-encryption", "advisory"],
      ["owner-tag-require-person", "mandatory"],
    ]);
    expect(reports[0]?.message).toMatch(
      /^can't run policy 'aws-ebs-volume-require-encryption' from policy pack 'shared-responsibility@v9\.9\.9' during preview: /,
    );
  });
});
