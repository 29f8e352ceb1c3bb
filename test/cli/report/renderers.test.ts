import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditStates } from "../../../cli/audit/run";
import { progressReporter, useColor } from "../../../cli/commands/audit";
import { escapeMarkdown } from "../../../cli/report/markdown";
import { buildReport } from "../../../cli/report/model";
import { escapeHtml, PAGE_CSS, renderPage } from "../../../cli/report/page";
import { renderText, safeText } from "../../../cli/report/text";
import { settingsFromConfig } from "../../../policies/core/config";
import { RULES } from "../../../policies/registry";
import { MAP, NOW, stackEntry, stackExport, tempDir, volume, writeJson } from "../support/state";

const settings = settingsFromConfig(RULES, {
  all: "disabled",
  "aws-ebs-volume-require-encryption": "mandatory",
  "owner-tag-require-person": "mandatory",
});

function reportOf(...volumes: ReturnType<typeof volume>[]) {
  const file = writeJson(tempDir(), "state.json", stackExport([stackEntry(), ...volumes]));
  return buildReport(auditStates([file], { map: MAP, now: NOW, settings }), { map: MAP, now: NOW, generatedAt: NOW });
}

describe("text", () => {
  const report = reportOf(
    volume("a", { encrypted: false }),
    volume("b", { encrypted: false, tags: { owner: "mei.chen" } }),
    volume("c", { tags: {} }),
    volume("legacy-1", { encrypted: false }),
  );

  it("prints the summary, then findings by accountable person and owner", () => {
    const text = renderText(report, { color: false });
    expect(text.split("\n").slice(0, 6)).toEqual([
      "Shared-responsibility audit of 1 state file (4 resources audited)",
      `Map: ${MAP.source} (Northwind Logistics), as of 2026-11-23`,
      "Findings: 3 failed (3 mandatory, 0 advisory), 1 waived, 0 not applicable (not listed)",
      "Severity of failures: 0 critical, 3 high, 0 medium, 0 low",
      "Failures by classification: public 0, internal 3, confidential 0, restricted 0, unclassified 0",
      "Result: FAIL (3 mandatory violations)",
    ]);
    const headings = text.split("\n").filter((line) => /^(Accountable| {2}Owner):/.test(line));
    expect(headings).toEqual([
      "Accountable: Amara Okafor <amara.okafor@northwind.example>",
      "  Owner: Diego Alvarez <diego.alvarez@northwind.example>",
      "  Owner: Mei Chen <mei.chen@northwind.example>",
      "Accountable: Tomas Novak <tomas.novak@northwind.example>",
      "  Owner: No usable owner: no `owner` tag",
    ]);
  });

  it("colours only when asked", () => {
    expect(renderText(report, { color: false })).not.toContain("\u001b[");
    expect(renderText(report, { color: true })).toContain("\u001b[1;31mFAIL\u001b[0m");
  });

  it("shows control characters from data as escapes", () => {
    expect(safeText("a\u001b]0;pwned\u0007b\u202ec\u2066d")).toBe("a\\u001b]0;pwned\\u0007b\\u202ec\\u2066d");
    const text = renderText(reportOf(volume("evil\u001b[2Jname", { encrypted: false })), { color: false });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("evil\\u001b[2Jname");
  });
});

describe("colour and progress decisions", () => {
  it.each<[string, boolean | undefined, NodeJS.ProcessEnv, boolean]>([
    ["a terminal", true, {}, true],
    ["a pipe", undefined, {}, false],
    ["a terminal with NO_COLOR", true, { NO_COLOR: "1" }, false],
    ["a terminal with an empty NO_COLOR", true, { NO_COLOR: "" }, true],
    ["a dumb terminal", true, { TERM: "dumb" }, false],
  ])("colour on %s: %s", (_title, isTTY, env, expected) => {
    expect(useColor(isTTY === undefined ? {} : { isTTY }, env)).toBe(expected);
  });

  it("draws progress on a terminal for many files, and nothing otherwise", () => {
    const file = writeJson(tempDir(), "s.json", stackExport([]));
    const written: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => written.push(text) > 0 };
    const many = progressReporter([file, file, file, file], terminal);
    many.onFile?.(1, 4, file);
    many.end();
    expect(written).toEqual(["\r\u001b[2Kaudit: 1/4 state files audited (s.json)", "\r\u001b[2K"]);

    written.length = 0;
    const few = progressReporter([file], terminal);
    expect(few.onFile).toBeUndefined();
    const piped = progressReporter([file, file, file, file], { write: (text: string) => written.push(text) > 0 });
    expect(piped.onFile).toBeUndefined();
    few.end();
    piped.end();
    expect(written).toEqual([]);
  });
});

describe("escaping", () => {
  it("escapes HTML text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;");
  });

  it("escapes Markdown markup, pipes, HTML and line breaks, and keeps code spans", () => {
    expect(escapeMarkdown("a|b *c* _d_ [e](f) `g` <h> &i;\n# j ![k](l) ~m~")).toBe(
      "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) `g` &lt;h&gt; &amp;i; # j !\\[k\\](l) \\~m\\~",
    );
  });
});

describe("renderPage", () => {
  const script = "document.title = 'x';";
  const html = renderPage({ title: "<T>", subtitle: "a & b", body: "<p>body</p>", script });

  it("allows exactly its own script and style by hash, and nothing from the network", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    const hash = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(csp.split("; ")).toEqual([
      "default-src 'none'",
      `script-src 'sha256-${hash(script)}'`,
      `style-src 'sha256-${hash(PAGE_CSS)}'`,
      "img-src 'none'",
      "font-src 'none'",
      "connect-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html).toContain(`<script>${script}</script>`);
    expect(html).toContain(`<style>${PAGE_CSS}</style>`);
  });

  it("escapes the title and subtitle and keeps the body as given", () => {
    expect(html).toContain("<title>&lt;T&gt;</title>");
    expect(html).toContain("<p>a &amp; b</p>");
    expect(html).toContain("<main>\n<p>body</p>\n</main>");
  });

  it("allows no script when none is given, and refuses a script that would close its tag", () => {
    expect(renderPage({ title: "t", body: "" })).toContain("script-src 'none'");
    expect(() => renderPage({ title: "t", body: "", script: "'</script>'" })).toThrow("must not contain </script>");
  });
});
