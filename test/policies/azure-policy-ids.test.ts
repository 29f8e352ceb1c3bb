import { describe, expect, it } from "vitest";
import { AZURE_POLICY_DEFINITIONS } from "../../policies/core/azure-policy-definitions";
import { RULES } from "../../policies/registry";

// A definition name is GUID-shaped but not always hexadecimal: Microsoft's TDE definition is 17k78e20-....
const DEFINITION_NAME = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/;

const cited = RULES.flatMap((rule) => (rule.controls.azurePolicy ?? []).map((id) => ({ rule: rule.name, id })));

describe("Azure Policy ids in rule metadata", () => {
  it("some rules cite Azure Policy definitions", () => {
    expect(cited.length).toBeGreaterThan(0);
  });

  it("every cited id is a full definition name listed in the one table", () => {
    const unknown = cited.filter(({ id }) => !DEFINITION_NAME.test(id) || !(id in AZURE_POLICY_DEFINITIONS));
    expect(unknown).toEqual([]);
  });

  it("no rule cites the same definition twice", () => {
    const twice = RULES.filter((rule) => new Set(rule.controls.azurePolicy ?? []).size !== (rule.controls.azurePolicy ?? []).length);
    expect(twice.map((rule) => rule.name)).toEqual([]);
  });

  it("the table lists only full definition names with a display name, each cited by some rule", () => {
    const citedIds = new Set(cited.map(({ id }) => id));
    for (const [id, displayName] of Object.entries(AZURE_POLICY_DEFINITIONS)) {
      expect(id).toMatch(DEFINITION_NAME);
      expect(displayName.trim()).not.toBe("");
      expect(citedIds.has(id), `${id} (${displayName}) is cited by no rule`).toBe(true);
    }
  });
});
