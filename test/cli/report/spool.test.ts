import { existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditStates } from "../../../cli/audit/run";
import { renderHtml } from "../../../cli/report/html";
import { renderJsonChunks } from "../../../cli/report/json";
import { renderMarkdown } from "../../../cli/report/markdown";
import { buildReport, compareFindings, compareGrouped, ReportBuilder, type ReportFinding } from "../../../cli/report/model";
import { renderSarif } from "../../../cli/report/sarif";
import { FindingSpool, firstFindings } from "../../../cli/report/spool";
import { renderText } from "../../../cli/report/text";
import { RULES } from "../../../policies/registry";
import { MAP, NOW, tempDir } from "../support/state";

const EXAMPLE_STATES = [path.resolve("examples/stacks/aws-dev.json"), path.resolve("examples/stacks/azure-dev.json")];

/** A finding whose fields the orders read, with a message of `text`. */
function finding(rule: string, severity: ReportFinding["severity"], urn: string, text: string, accountable = "priya.raman"): ReportFinding {
  return {
    rule,
    duty: "backup",
    dutyTitle: "Backup",
    controls: { nist: [] },
    severity,
    enforcementLevel: severity === "high" ? "mandatory" : "advisory",
    status: "fail",
    stack: "shop/dev",
    file: "state.json",
    resource: { urn, type: "aws:ebs/volume:Volume", name: urn.split("::").pop() ?? urn },
    subject: null,
    owner: null,
    ownerProblem: null,
    accountable: { id: accountable, name: accountable, email: `${accountable}@example.com` },
    exception: null,
    code: null,
    problem: text,
    message: text,
    classification: null,
  };
}

const arbitraryFinding = fc
  .record({
    rule: fc.constantFrom("a-rule", "b-rule", "c-rule"),
    severity: fc.constantFrom("critical", "high", "medium", "low") as fc.Arbitrary<ReportFinding["severity"]>,
    urn: fc.constantFrom("urn:x::one", "urn:x::two", "urn:x::zwei"),
    text: fc.string({ unit: "grapheme", maxLength: 40 }),
    accountable: fc.constantFrom("priya.raman", "diego.alvarez"),
  })
  .map(({ rule, severity, urn, text, accountable }) => finding(rule, severity, urn, text, accountable));

describe("the finding spool", () => {
  it("keeps a few findings in memory and writes nothing to disk", () => {
    const dir = tempDir();
    const spool = new FindingSpool({ tmpdir: dir });
    spool.push(finding("a-rule", "high", "urn:x::one", "one"));
    expect(spool.spilled).toBe(false);
    expect([...spool].map((item) => item.message)).toEqual(["one"]);
    expect(readdirSync(dir)).toEqual([]);
    spool.close();
  });

  it("gives back what was pushed, in order, as often as it is read, and removes its private folder on close", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (items, inMemory) => {
        const dir = tempDir();
        const spool = new FindingSpool({ tmpdir: dir, inMemory, run: 4 });
        for (const item of items) spool.push(item);
        expect(spool.length).toBe(items.length);
        expect(spool.spilled).toBe(items.length > inMemory);
        expect([...spool]).toEqual(items);
        expect([...spool]).toEqual(items);
        if (spool.spilled) {
          const [folder] = readdirSync(dir);
          expect(statSync(path.join(dir, folder as string)).mode & 0o777).toBe(0o700);
        }
        spool.close();
        expect(readdirSync(dir)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("sorts in runs on disk exactly as a stable sort in memory does", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 80 }), fc.integer({ min: 1, max: 9 }), (items, run) => {
        const spool = new FindingSpool({ tmpdir: tempDir(), inMemory: 0, run });
        for (const item of items) spool.push(item);
        for (const compare of [compareFindings, compareGrouped]) {
          expect([...spool.sorted(compare)]).toEqual([...items].sort(compare));
        }
        spool.close();
      }),
      { numRuns: 80 },
    );
  });

  it("reads lines that cross its 1 MiB blocks inside a multi-byte character", () => {
    const spool = new FindingSpool({ tmpdir: tempDir(), inMemory: 0, run: 2 });
    // Odd lengths of 2-, 3- and 4-byte characters put block ends inside characters.
    const texts = ["é".repeat(300_001), "日本".repeat(200_003), "🔐".repeat(150_007), "plain", "é日🔐".repeat(99_991)];
    const items = texts.map((text, index) => finding("a-rule", "low", `urn:x::${index}`, text));
    for (const item of items) spool.push(item);
    expect([...spool].map((item) => item.message)).toEqual(texts);
    expect([...spool.sorted(compareFindings)].map((item) => item.resource?.urn)).toEqual(items.map((item) => item.resource?.urn));
    spool.close();
  });

  it("removes its sorted runs when a reader stops early", () => {
    const dir = tempDir();
    const spool = new FindingSpool({ tmpdir: dir, inMemory: 0, run: 3 });
    for (let index = 0; index < 20; index++) spool.push(finding("a-rule", "low", `urn:x::${index % 7}`, `m${index}`));
    for (const _ of spool.sorted(compareFindings)) break;
    const [folder] = readdirSync(dir);
    expect(readdirSync(path.join(dir, folder as string))).toEqual(["findings.ndjson"]);
    spool.close();
    expect(existsSync(path.join(dir, folder as string))).toBe(false);
  });
});

describe("a report built on a spool", () => {
  const inMemory = buildReport(auditStates(EXAMPLE_STATES, { map: MAP, now: NOW }), {
    map: MAP,
    now: NOW,
    generatedAt: NOW,
    includeNotApplicable: true,
  });
  const spool = new FindingSpool({ tmpdir: tempDir(), inMemory: 0, run: 7 });
  const builder = new ReportBuilder({ map: MAP, now: NOW, generatedAt: NOW, includeNotApplicable: true }, spool);
  const result = auditStates(EXAMPLE_STATES, { map: MAP, now: NOW, onFinding: (item, origin) => builder.add(item, origin) });
  const spooled = builder.build(result);

  it("hands every finding over, map findings first, and keeps none in the result", () => {
    expect(result.findings).toEqual([]);
    expect(spool.spilled).toBe(true);
    expect(spool.length).toBe(inMemory.findings.length);
    expect(inMemory.findings.length).toBeGreaterThan(50);
    expect([...spool]).toEqual(inMemory.findings);
    expect(spooled.summary).toEqual(inMemory.summary);
  });

  it("renders every format byte for byte as the in-memory report does", () => {
    expect(renderText(spooled, { color: false })).toBe(renderText(inMemory, { color: false }));
    expect(renderMarkdown(spooled, { limit: 20_000 })).toBe(renderMarkdown(inMemory, { limit: 20_000 }));
    expect(renderMarkdown(spooled)).toBe(renderMarkdown(inMemory));
    expect(renderHtml(spooled)).toBe(renderHtml(inMemory));
    expect([...renderJsonChunks(spooled)].join("")).toBe([...renderJsonChunks(inMemory)].join(""));
    expect(renderSarif(spooled, { baseDir: process.cwd(), rules: RULES })).toBe(
      renderSarif(inMemory, { baseDir: process.cwd(), rules: RULES }),
    );
  });

  it("lists at most the HTML row limit, best first, and says how many it left out", () => {
    const html = renderHtml(spooled, { rowLimit: 10 });
    expect(html.match(/<tr data-duty=/g)).toHaveLength(10);
    expect(html).toContain(`The table lists the first 10 of ${spool.length} findings`);
    expect(renderHtml(inMemory)).not.toContain("findings-left-out");
  });
});

describe("the first findings of a list", () => {
  it("are the first of a stable sort, whatever the count", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 80 }), fc.integer({ min: 0, max: 90 }), (items, count) => {
        for (const compare of [compareFindings, compareGrouped]) {
          expect(firstFindings(items, compare, count)).toEqual([...items].sort(compare).slice(0, count));
        }
      }),
      { numRuns: 100 },
    );
  });
});
