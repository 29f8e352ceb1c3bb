/** The audit report's "departed owners" section: per departed person, what the audited state still names them in. */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { auditStates } from "../../../cli/audit/run";
import { renderHtml } from "../../../cli/report/html";
import { renderMarkdown } from "../../../cli/report/markdown";
import { buildReport } from "../../../cli/report/model";
import { renderText } from "../../../cli/report/text";
import { MAP, NOW, PACK_DIR, stackEntry, stackExport, tempDir, urn, volume, writeJson } from "../support/state";

const SAM = { id: "sam.oconnor", name: "Sam O'Connor", email: "sam.oconnor@northwind.example" };

function iamUser(name: string, userName: string) {
  const entry = volume(name);
  return {
    ...entry,
    urn: urn("aws:iam/user:User", name),
    type: "aws:iam/user:User",
    inputs: { name: userName },
    outputs: { name: userName, tags: { owner: "mei.chen" } },
  };
}

describe("departed owners in the audit", () => {
  it("counts, for the bundled examples, the resources Sam's owner tag names and the access Sam's identities hold", () => {
    const result = auditStates([path.join(PACK_DIR, "examples", "stacks")], { map: MAP, now: NOW });
    expect(result.departedOwners.map((entry) => ({ id: entry.person.id, resources: entry.resources, access: entry.access }))).toEqual([
      { id: "sam.oconnor", resources: 2, access: 6 },
    ]);
    const report = buildReport(result, { map: MAP, now: NOW, generatedAt: NOW });
    expect(report.departedOwners).toEqual([{ person: SAM, departed: "2026-06-30", resources: 2, access: 6 }]);
    expect(renderText(report, { color: false })).toContain(
      "\nDeparted owners (people who left, still named by the audited resources):\n  Sam O'Connor (sam.oconnor), left 2026-06-30: owner of 2 resources, access through 6 resources; `shared-responsibility handover sam.oconnor --state ...` lists them\n",
    );
    expect(renderMarkdown(report)).toContain(
      "### Departed owners\n\n| person | left | owner of | access through |\n|---|---|---:|---:|\n| Sam O'Connor (sam.oconnor) | 2026-06-30 | 2 resources | 6 resources |\n",
    );
    expect(renderHtml(report)).toContain(
      '<table id="departed-owners"><thead><tr><th>Person</th><th>Left</th><th>Owner of</th><th>Access through</th></tr></thead><tbody><tr><td>Sam O&#39;Connor (sam.oconnor)</td><td>2026-06-30</td><td>2 resources</td><td>6 resources</td></tr></tbody></table>',
    );
  });

  it("counts a resource once across files, skips read (external) resources, and counts IAM access", () => {
    const dir = tempDir();
    const owned = volume("owned", { tags: { owner: "SAM.OCONNOR@northwind.example" } });
    const first = writeJson(dir, "a.json", stackExport([stackEntry(), owned, iamUser("sam-user", "sam.oconnor")]));
    const second = writeJson(
      dir,
      "b.json",
      stackExport([
        stackEntry(),
        owned,
        volume("read", { tags: { owner: "sam.oconnor" } }, { external: true }),
        iamUser("read-user", "Sam.OConnor"),
      ]),
    );
    const result = auditStates([first, second], { map: MAP, now: NOW });
    expect(result.departedOwners.map((entry) => [entry.person.id, entry.resources, entry.access])).toEqual([["sam.oconnor", 1, 2]]);
  });

  it("has no section when nobody who left is named", () => {
    const file = writeJson(tempDir(), "state.json", stackExport([stackEntry(), volume("a"), iamUser("mei", "mei.chen")]));
    const report = buildReport(auditStates([file], { map: MAP, now: NOW }), { map: MAP, now: NOW, generatedAt: NOW });
    expect(report.departedOwners).toEqual([]);
    expect(renderText(report, { color: false })).not.toContain("Departed owners");
    expect(renderMarkdown(report)).not.toContain("Departed owners");
    expect(renderHtml(report)).not.toContain("departed-owners");
  });
});
