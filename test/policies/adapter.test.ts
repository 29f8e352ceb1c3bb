/**
 * The dispatching policies' own contract, beside the engine tests (test/engine/pack.test.ts) that
 * run them through @pulumi/policy's server: a rule that fails is named in the error, and an unknown
 * value read by one rule stops that rule alone; and rules read the props unwrapped only when no read
 * through @pulumi/policy's proxy could throw.
 */
import { UnknownValueError, unknownCheckingProxy } from "@pulumi/policy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knownId, readableProps, resourceDispatcher, stackDispatcher } from "../../policies/adapter";
import type { ResourceRule, StackRule } from "../../policies/core/rule";
import { RULE_DUTIES, RULES } from "../../policies/registry";
import { MAP, NOW, UNKNOWN } from "../support/rules";

const VOLUME = "aws:ebs/volume:Volume";
// A resource rule on volumes that reads `encrypted` once `kmsKeyId` is unset.
const ENCRYPTION = RULES.find((rule) => rule.name === "aws-ebs-volume-require-kms-key") as ResourceRule;
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
      "policy 'aws-ebs-volume-require-kms-key' failed: boom",
    );
  });

  it("stops only the rule that reads an unknown value, with the advisory can't-run message", () => {
    const reports = analyze([ENCRYPTION, OWNER], { encrypted: UNKNOWN.boolean, tags: {} });
    expect(reports.map((r) => [r.name, r.enforcementLevel])).toEqual([
      ["aws-ebs-volume-require-kms-key", "advisory"],
      ["owner-tag-require-person", "mandatory"],
    ]);
    expect(reports[0]?.message).toMatch(
      /^can't run policy 'aws-ebs-volume-require-kms-key' from policy pack 'shared-responsibility@v9\.9\.9' during preview: /,
    );
  });
});

describe("the stack dispatcher", () => {
  const VOLUMES = RULES.find((rule) => rule.name === "aws-ebs-volume-require-encryption") as StackRule;
  const volume = (name: string, encrypted: unknown) => ({
    type: VOLUME,
    name,
    urn: `urn:pulumi:dev::shop::${VOLUME}::${name}`,
    props: unknownCheckingProxy({ availabilityZone: "eu-west-1a", encrypted, tags: { owner: "diego.alvarez" } }),
    propertyDependencies: {},
  });

  it("reports a resource whose verdict reads an unknown value as can't-run, advisory, and still blocks an explicit failure", () => {
    const reports: { name: string; message: string; enforcementLevel: string; urn?: string }[] = [];
    const policy = stackDispatcher([VOLUMES], {
      map: MAP,
      clock: () => NOW,
      ruleDuties: RULE_DUTIES,
      pack: { name: "shared-responsibility", version: "9.9.9" },
      settings: (rule) => ({ enforcementLevel: rule.enforcementLevel, config: {} }),
    });
    const args = {
      resources: [volume("scratch", UNKNOWN.boolean), volume("data", false)],
      notApplicable: (reason?: string): never => {
        throw new Error(`not applicable: ${reason}`);
      },
    };
    (policy.validateStack as (a: unknown, r: unknown) => void)(args, (report: (typeof reports)[number]) => reports.push(report));
    expect(reports.map((r) => [r.urn, r.enforcementLevel])).toEqual([
      [`urn:pulumi:dev::shop::${VOLUME}::scratch`, "advisory"],
      [`urn:pulumi:dev::shop::${VOLUME}::data`, "mandatory"],
    ]);
    expect(reports[0]?.message).toBe(
      "can't run policy 'aws-ebs-volume-require-encryption' from policy pack 'shared-responsibility@v9.9.9' during preview: boolean value at .encrypted can't be known during preview",
    );
  });
});

/** Reads every value through @pulumi/policy's proxy, as a rule reading everything would. */
function readAll(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(readAll);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.keys(value).map((key) => [key, readAll((value as Record<string, unknown>)[key])]));
  }
  return value;
}

const sentinel = fc.constantFrom(...Object.values(UNKNOWN));
const props = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    { arbitrary: sentinel, weight: 1 },
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
  // Deserialized props are plain objects (the proxy does not wrap objects without a prototype).
  props: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 5, noNullPrototype: true }),
})).props;

describe("knownId (the id Azure joins read in AnalyzeStack, as the audit reads the state's)", () => {
  const ID = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Sql/servers/sql-app";

  it("takes a known id from the outputs", () => {
    expect(knownId(unknownCheckingProxy({ id: ID, name: "sql-app" }))).toBe(ID);
  });

  it("leaves an unknown id (a new resource in preview) absent, without throwing", () => {
    for (const unknown of Object.values(UNKNOWN)) {
      expect(knownId(unknownCheckingProxy({ id: unknown, name: "sql-app" }))).toBeUndefined();
    }
  });

  it("is absent when the outputs have no id, or props are not a proxy", () => {
    expect(knownId(unknownCheckingProxy({ name: "sql-app" }))).toBeUndefined();
    expect(knownId({ id: ID })).toBeUndefined();
  });
});

describe("readableProps", () => {
  it("hands out the object under the proxy when no value in it is unknown", () => {
    const raw = { tags: { owner: "diego.alvarez" }, rules: [{ enabled: true, days: 7, note: null }], name: "data" };
    expect(readableProps(unknownCheckingProxy(raw))).toBe(raw);
  });

  it("keeps the proxy when any value, however deep, is one of @pulumi/policy's unknown sentinels", () => {
    for (const unknown of Object.values(UNKNOWN)) {
      const wrapped = unknownCheckingProxy({ tags: { owner: "x" }, rules: [{ filters: [{ prefix: "a" }, unknown] }] });
      expect(readableProps(wrapped)).toBe(wrapped);
    }
  });

  it("leaves props that are not a proxy as they are", () => {
    const plain = { encrypted: true };
    expect(readableProps(plain)).toBe(plain);
  });

  it("unwraps exactly when reading everything through the proxy would not throw, and then reads the same values", () => {
    fc.assert(
      fc.property(props, (raw) => {
        const wrapped = unknownCheckingProxy(raw);
        let throughProxy: unknown;
        try {
          throughProxy = readAll(wrapped);
        } catch (error) {
          expect(error).toBeInstanceOf(UnknownValueError);
          expect(readableProps(wrapped)).toBe(wrapped);
          return;
        }
        const readable = readableProps(wrapped);
        expect(readable).toBe(raw);
        expect(readAll(readable)).toEqual(throughProxy);
      }),
      { numRuns: 2000 },
    );
  });
});
