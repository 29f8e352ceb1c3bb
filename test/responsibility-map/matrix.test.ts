import { describe, expect, it } from "vitest";
import {
  csvField,
  escapeMarkdown,
  escapeText,
  matrixRows,
  providerSide,
  renderMatrix,
  renderMatrixCsv,
  renderMatrixHtml,
  renderMatrixHtmlBody,
  renderMatrixMarkdown,
  renderMatrixText,
} from "../../cli/report/matrix";
import { reviewState } from "../../responsibility-map/review";
import { SMALL_MAP_YAML, smallMap, smallMapWith, THIRD_PARTY_MAP_YAML, TODAY } from "./small-map";

const options = { today: TODAY };

describe("matrixRows", () => {
  it("names people, computes the next review and its state", () => {
    const [backup, physical, encryption] = matrixRows(smallMap(), options);
    expect(backup).toMatchObject({ accountable: "Ann Lee", responsible: ["Bob Stone"], nextReview: "2026-04-01", reviewState: "overdue" });
    expect(physical).toMatchObject({ side: "provider", informed: ["Bob Stone"], nextReview: "2027-06-01", reviewState: "current" });
    expect(encryption).toMatchObject({ consulted: ["Ann Lee"], nextReview: "2026-07-30", reviewState: "due-soon", signedOffBy: "Ann Lee" });
    expect(encryption?.scopes).toEqual([
      { provider: "aws", resourceTypes: ["aws:dynamodb/table:Table"], side: "shared", note: "DynamoDB always encrypts." },
    ]);
  });

  it("takes a provider-wide scope as that provider's side", () => {
    const map = smallMapWith(
      "    side: provider\n    controls: [PE-3]",
      "    side: provider\n    scopes:\n      - { provider: azure, side: shared, note: Azure Stack HCI runs in our racks. }\n    controls: [PE-3]",
    );
    const duty = map.dutyById.get("physical-security");
    expect(duty && [providerSide(duty, "aws"), providerSide(duty, "azure")]).toEqual(["provider", "shared"]);
    expect(matrixRows(map, options)[1]?.providerSides).toEqual([
      { provider: "aws", side: "provider" },
      { provider: "azure", side: "shared" },
    ]);
  });

  it.each([
    ["a due date before today", "2026-07-14", "overdue"],
    ["a due date of today", "2026-07-15", "due-soon"],
    ["a due date 30 days ahead", "2026-08-14", "due-soon"],
    ["a due date 31 days ahead", "2026-08-15", "current"],
  ] as const)("marks %s as %s", (_title, due, state) => {
    expect(reviewState(due, TODAY)).toBe(state);
  });
});

describe("renderMatrixText", () => {
  it("prints one block per duty", () => {
    expect(renderMatrixText(smallMap(), options)).toBe(`Responsibility matrix: Acme (3 duties, 1 review overdue, as of 2026-07-15)

backup  Backup
  Side:         customer (AWS: customer, Azure: customer)
  Controls:     CP-9
  Accountable:  Ann Lee
  Responsible:  Bob Stone
  Consulted:    -
  Informed:     -
  Last review:  2026-01-01 (every 90 days)
  Next review:  2026-04-01 (OVERDUE)
  Sign-off:     Ann Lee on 2026-01-02

physical-security  Physical security
  Side:         provider (AWS: provider, Azure: provider)
  Controls:     PE-3
  Accountable:  Ann Lee
  Responsible:  -
  Consulted:    -
  Informed:     Bob Stone
  Last review:  2026-06-01 (every 365 days)
  Next review:  2027-06-01
  Sign-off:     Ann Lee on 2026-06-01

encryption-at-rest  Encryption at rest
  Side:         customer (AWS: customer, Azure: customer)
  Scope:        AWS aws:dynamodb/table:Table: shared (DynamoDB always encrypts.)
  Controls:     SC-28, SC-28(1)
  Accountable:  Bob Stone
  Responsible:  -
  Consulted:    Ann Lee
  Informed:     -
  Last review:  2026-05-01 (every 90 days)
  Next review:  2026-07-30 (due soon)
  Sign-off:     Ann Lee on 2026-05-03
`);
  });

  it("shows control characters in map strings instead of sending them to the terminal", () => {
    const map = smallMapWith("name: Ann Lee", 'name: "Ann\\e[31mLee\\nX"');
    expect(renderMatrixText(map, options)).toContain("Accountable:  Ann\\u001b[31mLee X\n");
    expect(escapeText("a\u0007b\u009bc\u202ed")).toBe("a\\u0007b\\u009bc\\u202ed");
  });
});

describe("renderMatrixMarkdown", () => {
  it("renders a table with overdue reviews in bold", () => {
    expect(renderMatrixMarkdown(smallMap(), options)).toBe(`## Responsibility matrix: Acme

3 duties, 1 review overdue, as of 2026-07-15

| Duty | Side | Controls | Accountable | Responsible | Consulted | Informed | Last review | Next review | Sign-off |
|---|---|---|---|---|---|---|---|---|---|
| Backup (\`backup\`) | **customer**<br>AWS: customer<br>Azure: customer | CP-9 | Ann Lee | Bob Stone | - | - | 2026-01-01 | **2026-04-01 overdue** | Ann Lee, 2026-01-02 |
| Physical security (\`physical-security\`) | **provider**<br>AWS: provider<br>Azure: provider | PE-3 | Ann Lee | - | - | Bob Stone | 2026-06-01 | 2027-06-01 | Ann Lee, 2026-06-01 |
| Encryption at rest (\`encryption-at-rest\`) | **customer**<br>AWS: customer<br>Azure: customer<br>AWS aws:dynamodb/table:Table: shared (DynamoDB always encrypts.) | SC-28, SC-28(1) | Bob Stone | - | Ann Lee | - | 2026-05-01 | 2026-07-30 (due soon) | Ann Lee, 2026-05-03 |
`);
  });

  it("escapes table breakers, markup, HTML and mentions in map strings", () => {
    expect(escapeMarkdown("a|b *c* [x](y) <img> & @team https://x.example/a\nnext")).toBe(
      "a\\|b \\*c\\* \\[x\\](y) &lt;img&gt; & `@team` `https://x.example/a` next",
    );
    const map = smallMapWith("title: Backup", 'title: "Back|up <b>"');
    expect(renderMatrixMarkdown(map, options)).toContain("| Back\\|up &lt;b&gt; (`backup`) |");
  });
});

describe("renderMatrixCsv", () => {
  it("writes RFC 4180 records with a BOM, CRLF and every field quoted", () => {
    const csv = renderMatrixCsv(smallMap(), options);
    expect(csv).toBe(
      "\uFEFF" +
        '"Duty","Title","Side","AWS side","Azure side","Scopes","Controls","Accountable","Responsible","Consulted","Informed","Last review","Review cadence (days)","Next review due","Review state","Signed off by","Signed off on"\r\n' +
        '"backup","Backup","customer","customer","customer","","CP-9","Ann Lee","Bob Stone","","","2026-01-01","90","2026-04-01","overdue","Ann Lee","2026-01-02"\r\n' +
        '"physical-security","Physical security","provider","provider","provider","","PE-3","Ann Lee","","","Bob Stone","2026-06-01","365","2027-06-01","current","Ann Lee","2026-06-01"\r\n' +
        '"encryption-at-rest","Encryption at rest","customer","customer","customer","AWS aws:dynamodb/table:Table: shared (DynamoDB always encrypts.)","SC-28; SC-28(1)","Bob Stone","","Ann Lee","","2026-05-01","90","2026-07-30","due-soon","Ann Lee","2026-05-03"\r\n',
    );
  });

  it.each([
    ["a formula", "=HYPERLINK(1)", `"'=HYPERLINK(1)"`],
    ["a plus", "+1", `"'+1"`],
    ["a minus", "-1", `"'-1"`],
    ["an at sign", "@SUM(A1)", `"'@SUM(A1)"`],
    ["a leading tab", "\tx", `"'\tx"`],
    ["quotes", 'say "hi"', `"say ""hi"""`],
    ["a comma and a line break", "a,b\r\nc", `"a,b\r\nc"`],
  ])("quotes %s safely", (_title, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("guards map strings against formula injection", () => {
    const map = smallMapWith("title: Backup", "title: \"=cmd|' /C calc'!A0\"");
    expect(renderMatrixCsv(map, options)).toContain(`"backup","'=cmd|' /C calc'!A0",`);
  });
});

describe("renderMatrixHtml", () => {
  it("renders a grid coloured by side and review state", () => {
    expect(renderMatrixHtmlBody(smallMap(), options)).toBe(
      [
        '<p class="muted">3 duties, 1 review overdue, as of 2026-07-15. Sides: provider, customer, shared; a review is due soon within 30 days.</p>',
        '<table class="matrix">',
        "<thead><tr><th>Duty</th><th>Side</th><th>AWS</th><th>Azure</th><th>Controls</th><th>Accountable</th><th>Responsible</th><th>Consulted</th><th>Informed</th><th>Last review</th><th>Next review</th><th>Sign-off</th></tr></thead>",
        "<tbody>",
        '<tr data-duty="backup" data-review="overdue"><td><strong>Backup</strong><br><code>backup</code></td><td class="side-customer">customer</td><td class="side-customer">customer</td><td class="side-customer">customer</td><td><code>CP-9</code></td><td>Ann Lee</td><td>Bob Stone</td><td><span class="muted">-</span></td><td><span class="muted">-</span></td><td>2026-01-01<br><span class="muted">every 90 days</span></td><td class="review-overdue status-fail">2026-04-01 overdue</td><td>Ann Lee<br><span class="muted">2026-01-02</span></td></tr>',
        '<tr data-duty="physical-security" data-review="current"><td><strong>Physical security</strong><br><code>physical-security</code></td><td class="side-provider">provider</td><td class="side-provider">provider</td><td class="side-provider">provider</td><td><code>PE-3</code></td><td>Ann Lee</td><td><span class="muted">-</span></td><td><span class="muted">-</span></td><td>Bob Stone</td><td>2026-06-01<br><span class="muted">every 365 days</span></td><td class="review-current">2027-06-01</td><td>Ann Lee<br><span class="muted">2026-06-01</span></td></tr>',
        '<tr data-duty="encryption-at-rest" data-review="due-soon"><td><strong>Encryption at rest</strong><br><code>encryption-at-rest</code></td><td class="side-customer">customer<div class="scope"><span class="mono">AWS aws:dynamodb/table:Table</span>: shared <span class="muted">DynamoDB always encrypts.</span></div></td><td class="side-customer">customer</td><td class="side-customer">customer</td><td><code>SC-28</code> <code>SC-28(1)</code></td><td>Bob Stone</td><td><span class="muted">-</span></td><td>Ann Lee</td><td><span class="muted">-</span></td><td>2026-05-01<br><span class="muted">every 90 days</span></td><td class="review-due-soon status-waived">2026-07-30 due soon</td><td>Ann Lee<br><span class="muted">2026-05-03</span></td></tr>',
        "</tbody>",
        "</table>",
      ].join("\n"),
    );
  });

  it("escapes every map string and wraps the grid in the report page", () => {
    const map = smallMap(
      SMALL_MAP_YAML.replace("organization: Acme", 'organization: "Acme <script>alert(1)</script>"').replace(
        "name: Bob Stone",
        'name: "Bob \\"O\'Stone\\" <img src=x onerror=alert(1)>"',
      ),
    );
    const html = renderMatrixHtml(map, options);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("<title>Responsibility matrix: Acme &lt;script&gt;alert(1)&lt;/script&gt;</title>");
    expect(html).toContain("<td>Bob &quot;O&#39;Stone&quot; &lt;img src=x onerror=alert(1)&gt;</td>");
    expect(html).toContain("Content-Security-Policy");
  });
});

describe("renderMatrix", () => {
  it.each(["text", "markdown", "csv", "html"] as const)("dispatches %s", (format) => {
    const expected = { text: renderMatrixText, markdown: renderMatrixMarkdown, csv: renderMatrixCsv, html: renderMatrixHtml }[format];
    expect(renderMatrix(smallMap(), format, options)).toBe(expected(smallMap(), options));
  });
});

describe("third parties in the matrix", () => {
  const map = smallMap(THIRD_PARTY_MAP_YAML);

  it("gives each duty a cell per third party and its SLA facts in words", () => {
    const [backup, physical] = matrixRows(map, options);
    expect(backup?.thirdParties).toEqual([{ raci: "responsible", share: "monitors the backup jobs" }]);
    expect(backup?.sla).toBe("incident response within 4 hours (PT4H); audit logs owned by Acme; regulator notified by Blueline Security");
    expect(physical?.thirdParties).toEqual([undefined]);
    expect(physical?.sla).toBe("");
    // The accountable person stays the organisation's.
    expect(backup?.accountable).toBe("Ann Lee");
  });

  it("text: a line for the share and the SLA under the duty", () => {
    const text = renderMatrixText(map, options);
    expect(text).toContain(
      "  Third party:  Blueline Security, responsible: monitors the backup jobs\n  SLA:          incident response within 4 hours (PT4H); audit logs owned by Acme; regulator notified by Blueline Security\n",
    );
    expect(text.match(/Third party:/g)).toHaveLength(1);
  });

  it("Markdown: a column per third party and an SLA column", () => {
    const lines = renderMatrixMarkdown(map, options).split("\n");
    const header = lines.find((line) => line.startsWith("| Duty"));
    expect(header).toBe(
      "| Duty | Side | Controls | Accountable | Responsible | Consulted | Informed | Blueline Security | SLA | Last review | Next review | Sign-off |",
    );
    const backup = lines.find((line) => line.includes("(`backup`)"));
    expect(backup).toContain(
      "| responsible: monitors the backup jobs | incident response within 4 hours (PT4H); audit logs owned by Acme; regulator notified by Blueline Security |",
    );
    expect(lines.find((line) => line.includes("(`physical-security`)"))).toContain("| - | - |");
  });

  it("CSV: a column per third party, named with its id, and an SLA column", () => {
    const [header, backup] = renderMatrixCsv(map, options).slice(1).split("\r\n");
    expect(header).toContain('"Informed","Third party: Blueline Security (blueline)","SLA","Last review"');
    expect(backup).toContain('"Bob Stone","","","responsible: monitors the backup jobs","incident response within 4 hours (PT4H);');
  });

  it("HTML: a column per third party, its share escaped", () => {
    const html = renderMatrixHtmlBody(smallMap(THIRD_PARTY_MAP_YAML.replace("monitors the backup jobs", "<b>watches</b>")), options);
    expect(html).toContain("<th>Blueline Security</th><th>SLA</th>");
    expect(html).toContain(`<td>responsible<br><span class="muted">&lt;b&gt;watches&lt;/b&gt;</span></td>`);
    expect(html).not.toContain("<b>watches");
  });

  it("a map without third parties keeps its columns", () => {
    expect(renderMatrixMarkdown(smallMap(), options)).not.toContain("SLA");
    expect(renderMatrixCsv(smallMap(), options)).not.toContain("Third party");
  });
});
