import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { DUTY_IDS, RULE_VERBS } from "../../policies/core/rule";
import { RULES } from "../../policies/registry";
import schema from "../../responsibility-map/schema.json";
import { PACK_DIR } from "../engine/harness";

const POLICIES = path.join(PACK_DIR, "policies");
const VERBS = RULE_VERBS.join("|");
const CLOUD_NAME = new RegExp(`^(aws|azure)-[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*-(${VERBS})(-[a-z0-9]+)+$`);
const CROSS_CLOUD_NAME = new RegExp(`^(owner|map|data)-[a-z0-9]+-(${VERBS})(-[a-z0-9]+)+$`);
const NIST = /^[A-Z]{2}-\d+(\(\d+\))?$/;

/** Every rule file under policies/<cloud>/<service>/, policies/ownership/ and policies/classification/. */
function ruleFiles(): { file: string; name: string; dir: string }[] {
  const out: { file: string; name: string; dir: string }[] = [];
  for (const cloud of ["aws", "azure"]) {
    for (const service of readdirSync(path.join(POLICIES, cloud), { withFileTypes: true })) {
      // `support/` holds the cloud's shared helpers, not rules.
      if (!service.isDirectory() || service.name === "support") continue;
      for (const file of readdirSync(path.join(POLICIES, cloud, service.name))) {
        if (file.endsWith(".ts") && file !== "index.ts") out.push({ file, name: file.slice(0, -3), dir: path.join(cloud, service.name) });
      }
    }
  }
  for (const dir of ["ownership", "classification"]) {
    for (const file of readdirSync(path.join(POLICIES, dir))) {
      if (file.endsWith(".ts") && file !== "index.ts") out.push({ file, name: file.slice(0, -3), dir });
    }
  }
  return out;
}

/** Every type token (and alias token) the installed provider SDKs declare. */
function sdkTokens(): Set<string> {
  const tokens = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "types" && entry.name !== "node_modules") walk(full);
      } else if (entry.name.endsWith(".js")) {
        const text = readFileSync(full, "utf8");
        for (const match of text.matchAll(/__pulumiType = '([^']+)'/g)) if (match[1]) tokens.add(match[1]);
        for (const match of text.matchAll(/\{ type: "(azure-native:[a-z0-9]+:\w+)" \}/gi)) if (match[1]) tokens.add(match[1]);
      }
    }
  };
  walk(path.join(PACK_DIR, "node_modules", "@pulumi", "aws"));
  walk(path.join(PACK_DIR, "node_modules", "@pulumi", "azure-native"));
  return tokens;
}

describe("the rule registry", () => {
  it("has unique names", () => {
    const names = RULES.map((rule) => rule.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))("%s follows the name grammar", (name) => {
    expect(CLOUD_NAME.test(name) || CROSS_CLOUD_NAME.test(name), `${name} breaks <provider>-<service>-<resource>-<verb>-<object>`).toBe(
      true,
    );
    expect(name).not.toBe("all");
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))("%s has complete metadata", (_name, rule) => {
    expect(rule.displayName.length).toBeGreaterThan(5);
    expect(rule.description).toMatch(/^[A-Z].*\.$/);
    expect(rule.remediation).toMatch(/^[A-Z].*\.\)?$/);
    expect(rule.why, "why is a clause without a final stop").toMatch(/^\S[\s\S]*[^.]$/);
    expect(rule.controls.nist.length).toBeGreaterThan(0);
    for (const id of rule.controls.nist) expect(id).toMatch(NIST);
    expect(DUTY_IDS).toContain(rule.duty);
    for (const duty of rule.findingDuties) expect(DUTY_IDS).toContain(duty);
    expect(rule.findingDuties).not.toContain(rule.duty);
    expect(["low", "medium", "high", "critical"]).toContain(rule.severity);
    expect(rule.docsUrl).toMatch(/^https:\/\//);
    expect(rule.tags).toEqual(expect.arrayContaining([`duty:${rule.duty}`, `service:${rule.service}`]));
    if (!rule.name.startsWith("map-")) expect(rule.resourceTypes.length).toBeGreaterThan(0);
    for (const [key, option] of Object.entries(rule.options)) {
      expect(option.description, `${key} needs a description`).toMatch(/\S/);
      expect(option.default, `${key} needs a default`).not.toBeUndefined();
      expect(key).not.toBe("enforcementLevel");
    }
  });

  it("names only duties the map schema knows, and the schema knows every rule duty", () => {
    const schemaDuties = (schema.$defs.customerDutyId.enum as string[]).slice().sort();
    expect(schemaDuties).toEqual([...DUTY_IDS].sort());
    for (const rule of RULES) expect(schemaDuties).toContain(rule.duty);
  });

  it("agrees with the rule files: one file per rule, file name = rule name", () => {
    const files = ruleFiles();
    expect(files.map((f) => f.name).sort()).toEqual(RULES.map((rule) => rule.name).sort());
  });

  /**
   * A rule's test runs the table: `describeRule(rule, ...)` itself, or a table builder a family of
   * near-identical rules shares (`describeFlexibleTls(rule, ...)`, imported from a support module).
   */
  const callsTable = (source: string): boolean =>
    source.includes("describeRule(rule") || (/\bdescribe[A-Z]\w*\(rule\b/.test(source) && /from "\.\.\/support\//.test(source));

  it("has a table test for every rule, mirroring the source tree", () => {
    const missing: string[] = [];
    for (const { name, dir } of ruleFiles()) {
      const test = path.join(PACK_DIR, "test", "policies", dir, `${name}.test.ts`);
      if (!existsSync(test) || !callsTable(readFileSync(test, "utf8"))) missing.push(path.relative(PACK_DIR, test));
    }
    expect(missing).toEqual([]);
  });

  it("matches only type tokens the installed provider SDKs declare", () => {
    const tokens = sdkTokens();
    const unknown = RULES.flatMap((rule) => rule.resourceTypes.filter((type) => !tokens.has(type)).map((type) => `${rule.name}: ${type}`));
    expect(unknown).toEqual([]);
  }, 60_000);
});
