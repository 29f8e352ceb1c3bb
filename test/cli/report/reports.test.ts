/**
 * The reports of the bundled examples as people open them: the JSON validates against its schema,
 * the Markdown fits a GitHub comment, not-applicable findings keep their owner, and every message
 * is a sentence.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command as audit } from "../../../cli/commands/audit";
import type { AuditReport } from "../../../cli/report/model";
import { RULES } from "../../../policies/registry";
import { reportValidator, runCommand } from "../support/run-command";
import { PACK_DIR } from "../support/state";

const STACKS = path.join(PACK_DIR, "examples", "stacks");
const NOW = ["--now", "2026-11-23"];
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

async function report(...extra: string[]): Promise<AuditReport> {
  const { stdout, code } = await runCommand(audit, [STACKS, ...NOW, "--format", "json", ...extra]);
  expect(code).toBe(1);
  return JSON.parse(stdout);
}

describe("the JSON report of the bundled examples", () => {
  it.each([[[]], [["--include-not-applicable"]]])("validates against docs/audit-report.schema.json (%j)", async (extra) => {
    const json = await report(...extra);
    const validate = reportValidator();
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(json.findings.some((finding) => finding.duty === "data-classification")).toBe(true);
  });

  it("is refused by the schema when a duty is not one the map knows, so the check above can fail", async () => {
    const json = await report();
    const broken = { ...json, findings: [{ ...json.findings[0], duty: "no-such-duty" }] };
    expect(reportValidator()(broken)).toBe(false);
  });

  it("groups the findings of the duties a third party shares under that party, and the schema requires it", async () => {
    const json = await report();
    expect(json.thirdParties.map((party) => [party.id, party.duties.map((d) => d.duty)])).toEqual([
      ["blueline-mssp", ["logging", "threat-detection"]],
    ]);
    const shared = json.findings.filter((finding) => finding.duty === "logging" || finding.duty === "threat-detection");
    const [blueline] = json.thirdParties;
    expect(blueline?.fail).toBe(shared.filter((finding) => finding.status === "fail").length);
    expect(blueline?.waived).toBe(shared.filter((finding) => finding.status === "waived").length);
    expect(blueline?.fail).toBeGreaterThan(0);
    const { thirdParties: _dropped, ...without } = json;
    expect(reportValidator()(without)).toBe(false);
    const markdown = await runCommand(audit, [STACKS, ...NOW, "--format", "markdown"]);
    expect(markdown.stdout).toContain(
      `| Blueline Security (blueline-mssp) | logging, threat-detection | ${blueline?.fail} | ${blueline?.mandatory} |`,
    );
  });

  it("carries each finding's problem code, one the rule declares, in JSON and SARIF", async () => {
    const json = await report();
    const coded = json.findings.filter((finding) => finding.code !== null);
    expect(coded.length).toBeGreaterThan(0);
    for (const finding of coded)
      expect(Object.keys(RULES.find((rule) => rule.name === finding.rule)?.problems ?? {})).toContain(finding.code);
    const { stdout } = await runCommand(audit, [STACKS, ...NOW, "--format", "sarif"]);
    const results: { ruleId: string; properties: { code?: string } }[] = JSON.parse(stdout).runs[0].results;
    expect(results.filter((result) => result.properties.code !== undefined)).toHaveLength(coded.length);
  });

  it("keeps the schema's duties equal to the map schema's", () => {
    const reportSchema = JSON.parse(readFileSync(path.join(PACK_DIR, "docs", "audit-report.schema.json"), "utf8"));
    const mapSchema = JSON.parse(readFileSync(path.join(PACK_DIR, "responsibility-map", "schema.json"), "utf8"));
    expect(reportSchema.properties.findings.items.properties.duty.enum).toEqual(mapSchema.$defs.customerDutyId.enum);
  });
});

describe("every format of the bundled examples' audit", () => {
  // runCommand checks each report against its schema (JSON, SARIF) or size (Markdown) as it runs.
  it.each(["json", "sarif", "markdown", "html", "text"])("%s, with not-applicable findings too", async (format) => {
    for (const extra of [[], ["--include-not-applicable"]]) {
      const { code, stdout } = await runCommand(audit, [STACKS, ...NOW, "--format", format, ...extra]);
      expect(code).toBe(1);
      expect(stdout.length).toBeGreaterThan(1000);
    }
  });
});

describe("messages", () => {
  it("every finding's message, listed or not applicable, ends as a sentence", async () => {
    const json = await report("--include-not-applicable");
    const notSentences = json.findings.filter((finding) => !/[.!?]$/.test(finding.message)).map((finding) => finding.message);
    expect(notSentences).toEqual([]);
    expect(json.findings.some((finding) => finding.status === "not-applicable")).toBe(true);
  });

  it.each(["aws", "azure"])("every message in examples/%s/expected-findings.json ends as a sentence", (example) => {
    const expected: { message: string }[] = JSON.parse(
      readFileSync(path.join(PACK_DIR, "examples", example, "expected-findings.json"), "utf8"),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((finding) => !/[.!?]$/.test(finding.message)).map((finding) => finding.message)).toEqual([]);
  });
});

describe("not-applicable findings", () => {
  it("name their resource's owner, the same one its other findings name", async () => {
    const json = await report("--include-not-applicable");
    const ownerOf = new Map<string, string | null>();
    for (const finding of json.findings)
      if (finding.status !== "not-applicable" && finding.resource) ownerOf.set(finding.resource.urn, finding.owner?.id ?? null);
    const notApplicable = json.findings.filter(
      (finding) => finding.status === "not-applicable" && finding.resource && ownerOf.has(finding.resource.urn),
    );
    expect(notApplicable.length).toBeGreaterThan(0);
    for (const finding of notApplicable) expect(finding.owner?.id ?? null).toBe(ownerOf.get(finding.resource?.urn ?? ""));
    expect(notApplicable.some((finding) => finding.owner !== null)).toBe(true);
  });

  it("are listed under that owner in the text report, not under 'No usable owner'", async () => {
    const { stdout } = await runCommand(audit, [STACKS, ...NOW, "--include-not-applicable"]);
    const json = await report("--include-not-applicable");
    const owned = json.findings.find((finding) => finding.status === "not-applicable" && finding.owner !== null);
    expect(owned).toBeDefined();
    // A finding is three lines: mark and rule, then where, then the message.
    const lines = stdout.split("\n");
    const at = lines.findIndex((line, index) => line.includes("N/A") && lines[index + 1]?.trim() === owned?.resource?.urn);
    expect(at).toBeGreaterThan(0);
    const heading = lines
      .slice(0, at)
      .reverse()
      .find((line) => line.startsWith("  Owner: "));
    expect(heading).toBe(`  Owner: ${owned?.owner?.name} <${owned?.owner?.email}>`);
  });
});

describe("the Markdown report", () => {
  /** The same audit as JSON: the counts the Markdown summary must agree with. */
  const jsonReport = async (): Promise<AuditReport> =>
    JSON.parse((await runCommand(audit, [STACKS, ...NOW, "--format", "json"])).stdout) as AuditReport;

  it.each([[[]], [["--include-not-applicable"]]])("of the bundled examples fits a GitHub comment (%j)", async (extra) => {
    const { stdout } = await runCommand(audit, [STACKS, ...NOW, "--format", "markdown", ...extra]);
    expect(bytes(stdout)).toBeLessThanOrEqual(65_536);
    expect(stdout).toMatch(/\*\*\d+ findings left out\*\* \(\d+ of them mandatory violations\)/);
    expect(stdout).toContain("--format html -o audit.html");
    // Every mandatory violation is counted under its accountable person.
    const counts = [...stdout.matchAll(/^\| [^|]+ \| (\d+) \|$/gm)].map((match) => Number(match[1]));
    const report = await jsonReport();
    const mandatory = report.findings.filter((f) => f.status === "fail" && f.enforcementLevel === "mandatory").length;
    expect(mandatory).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(mandatory);
    // No escaping of what Markdown does not read as markup.
    expect(stdout).not.toMatch(/\\[-.:"]/);
    expect(stdout).toContain("`encrypted` is false");
  });

  it("lists the mandatory violations first when the limit is small, and stays under it", async () => {
    const { stdout } = await runCommand(audit, [STACKS, ...NOW, "--format", "markdown", "--markdown-limit", "6000"]);
    expect(bytes(stdout)).toBeLessThanOrEqual(6000);
    const rows = stdout.split("\n").filter((line) => /^\| (❌|⚠️|⚪|➖)/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^\| ❌ fail \| mandatory \|/);
  });

  it("lists every finding, with no note, when the limit allows", async () => {
    const { stdout } = await runCommand(audit, [STACKS, ...NOW, "--format", "markdown", "--markdown-limit", "10000000"]);
    expect(stdout).not.toContain("left out");
    const listed = (await jsonReport()).findings.filter((f) => f.status === "fail" || f.status === "waived").length;
    expect(listed).toBeGreaterThan(100);
    expect(stdout.split("\n").filter((line) => /^\| (❌|⚠️|⚪)/.test(line))).toHaveLength(listed);
  });

  it("refuses a limit that is not a number of bytes of 1000 or more", async () => {
    await expect(runCommand(audit, [STACKS, ...NOW, "--format", "markdown", "--markdown-limit", "12kb"])).resolves.toMatchObject({
      code: 2,
    });
    await expect(runCommand(audit, [STACKS, ...NOW, "--format", "markdown", "--markdown-limit", "10"])).resolves.toMatchObject({ code: 2 });
  });
});
