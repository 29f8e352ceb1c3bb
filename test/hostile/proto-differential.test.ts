/**
 * A `__proto__` key in deployed state is data, not a prototype. The pack (via @pulumi/policy,
 * which rebuilds property bags from their own keys) never lets it lend inherited values to a rule;
 * the offline audit must give the same verdicts on the same resources.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditStates } from "../../cli/audit/run";
import { MAP, NOW, STACK_URN, stackEntry, tempDir, urn, writeJson } from "../cli/support/state";
import { EngineHarness } from "../engine/harness";

/** JSON text, so `__proto__` arrives as an own key exactly as JSON.parse reads a state file. */
const OUTPUTS: Record<string, string> = {
  top: '{"availabilityZone":"eu-west-1a","size":10,"__proto__":{"encrypted":true,"kmsKeyId":"arn:aws:kms:eu-west-1:1:key/k","tags":{"owner":"diego.alvarez"},"tagsAll":{"owner":"diego.alvarez"}}}',
  tags: '{"availabilityZone":"eu-west-1a","size":10,"encrypted":false,"tags":{"__proto__":{"owner":"diego.alvarez"}},"tagsAll":{"__proto__":{"owner":"diego.alvarez"}}}',
};
const TYPE = "aws:ebs/volume:Volume";

let engine: EngineHarness | undefined;
beforeAll(async () => {
  engine = await EngineHarness.start();
  await engine.configure({});
}, 60_000);
afterAll(async () => {
  await engine?.stop();
});

describe("a __proto__ key in resource outputs", () => {
  it.each(Object.keys(OUTPUTS))("gets the same verdicts from the pack and the audit (%s)", async (name) => {
    const text = OUTPUTS[name] ?? "{}";
    const resourceUrn = urn(TYPE, `v-${name}`);
    const props = () => JSON.parse(text) as Record<string, unknown>;
    const harness = engine as EngineHarness;
    const analyzed = await harness.analyze({ type: TYPE, name: `v-${name}`, urn: resourceUrn, props: props() });
    const stacked = await harness.analyzeStack([{ type: TYPE, name: `v-${name}`, urn: resourceUrn, props: props() }]);
    const fromPack = new Set(
      [...analyzed.diagnostics, ...stacked.diagnostics].filter((d) => d.urn === resourceUrn).map((d) => d.policyName),
    );

    const file = writeJson(
      tempDir(),
      "stack.json",
      `{"version":3,"deployment":{"resources":[${JSON.stringify(stackEntry())},{"urn":${JSON.stringify(resourceUrn)},"custom":true,"id":"vol-1","type":"${TYPE}","parent":${JSON.stringify(STACK_URN)},"outputs":${text}}]}}`,
    );
    const audit = auditStates([file], { map: MAP, now: NOW });
    const fromAudit = new Set(
      audit.findings.filter((f) => f.status !== "not-applicable" && f.resource?.urn === resourceUrn).map((f) => f.rule),
    );

    // The inherited values would have satisfied these; without them both hosts must report them.
    expect(fromAudit).toContain("owner-tag-require-person");
    if (name === "top") expect(fromAudit).toContain("aws-ebs-volume-require-encryption");
    expect([...fromAudit].sort()).toEqual([...fromPack].sort());
  });
});
