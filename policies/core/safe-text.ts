/**
 * Text that is safe to print anywhere: the pack's diagnostics and start-up errors and every CLI
 * output use it (cli/report/escape.ts builds the Markdown, HTML, CSV and SARIF escapes on it), so it
 * lives in the core, below both hosts.
 */

/**
 * C0 and C1 controls (but tab, line feed and the carriage return of a CRLF line end), DEL, line and paragraph separators, and the bidi
 * embeddings, overrides, isolates and marks (U+061C, U+200E-200F, U+202A-202E, U+2066-2069): they
 * can move a terminal's cursor, rewrite its title, or make text read in another order than stored.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

function visible(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Text for a terminal, a log or a plain-text file: unsafe characters shown as `\uXXXX`; tabs and line breaks kept. */
export function safeText(value: string): string {
  return value.replace(UNSAFE, visible);
}

/** `safeText` on one line: line breaks (and tabs) become spaces. */
export function oneLine(value: string): string {
  return safeText(value.replace(/\r\n|[\r\n\t]/g, " "));
}
