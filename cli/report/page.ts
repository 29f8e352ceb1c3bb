import { createHash } from "node:crypto";
import { escapeHtml } from "./escape";

/**
 * The shell every HTML report shares: one self-contained file, no network requests, and a strict
 * Content-Security-Policy that lets only this page's own inline style and script run (by hash), so
 * markup that slipped into data could never execute even if escaping failed.
 */
export interface PageOptions {
  readonly title: string;
  readonly subtitle?: string;
  /** Trusted HTML; every data string in it must already be escaped with `escapeHtml`. */
  readonly body: string;
  /** Inline script (plain JavaScript, no `</script>`); allowed by its hash. */
  readonly script?: string;
}

export { escapeHtml } from "./escape";

export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --fail: #cf222e; --waived: #9a6700; --na: #57606a; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #30363d;
  --fail: #f85149; --waived: #d29922; --na: #9198a1; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 20px 28px 12px; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 22px; }
header p { margin: 4px 0 0; color: var(--muted); }
main { padding: 16px 28px 40px; max-width: 1400px; }
.chart svg { max-width: 100%; height: auto; }
h2 { font-size: 17px; margin: 24px 0 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; position: sticky; top: 0; }
td { overflow-wrap: anywhere; }
table.findings { table-layout: fixed; }
table.findings col.c-status { width: 110px; }
table.findings col.c-rule { width: 220px; }
table.findings col.c-resource { width: 250px; }
table.findings col.c-people { width: 190px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
td.message code { background: var(--panel); border-radius: 3px; padding: 0 3px; }
.pager { margin-left: auto; }
button { font: inherit; padding: 3px 10px; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 4px; }
button:disabled { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 130px; }
.card .value { font-size: 24px; font-weight: 600; }
.card .label { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
.chart { margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.chart svg text { fill: var(--fg); font-size: 12px; }
.chart svg .bar { fill: var(--fail); }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; margin: 8px 0 12px; }
.filters label { display: flex; flex-direction: column; color: var(--muted); font-size: 12px; }
select { max-width: 320px; font: inherit; padding: 3px 6px; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
.status-fail { color: var(--fail); font-weight: 600; }
.status-waived { color: var(--waived); font-weight: 600; }
.status-not-applicable { color: var(--na); }
.muted { color: var(--muted); }
.matrix td.side-provider { background: rgba(9, 105, 218, 0.12); }
.matrix td.side-customer { background: rgba(207, 34, 46, 0.10); }
.matrix td.side-shared { background: rgba(154, 103, 0, 0.14); }
[hidden] { display: none !important; }
`;

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

export function renderPage(options: PageOptions): string {
  const script = options.script;
  if (script !== undefined && /<\/script/i.test(script)) throw new Error("renderPage: the inline script must not contain </script>");
  const scriptSrc = script === undefined ? "'none'" : `'sha256-${sha256(script)}'`;
  const csp = [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    `style-src 'sha256-${sha256(PAGE_CSS)}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const subtitle = options.subtitle === undefined ? "" : `\n<p>${escapeHtml(options.subtitle)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(options.title)}</h1>${subtitle}
</header>
<main>
${options.body}
</main>
${script === undefined ? "" : `<script>${script}</script>\n`}</body>
</html>
`;
}
