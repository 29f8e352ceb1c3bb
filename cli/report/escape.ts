import { maxOf } from "../../policies/core/arrays";
import { oneLine, safeText } from "../../policies/core/safe-text";

/**
 * The one place output text is made safe for where it goes: a terminal or log, Markdown (GitHub
 * comments and job summaries), HTML, CSV and SARIF. Every renderer and the error printer use these.
 */

export { oneLine, safeText } from "../../policies/core/safe-text";

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return safeText(value).replace(/[&<>"'`]/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/** Splits `a `b` c` into text and code-span parts (a lone backtick stays text). */
function codeSpans(value: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let last = 0;
  for (const match of value.matchAll(/`([^`]+)`/g)) {
    if (match.index > last) parts.push({ code: false, text: value.slice(last, match.index) });
    parts.push({ code: true, text: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ code: false, text: value.slice(last) });
  return parts;
}

/** Messages write property names as Markdown code spans (`encrypted`); HTML shows them as `<code>`. */
export function htmlWithCode(value: string): string {
  return codeSpans(value)
    .map((part) => (part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)))
    .join("");
}

/**
 * What GitHub turns into a link or a notification by itself: URLs (any scheme, and `www.`) and
 * `@mentions` (an `@` not preceded by a word character, as in `@everyone` or `@org/team`; an e-mail
 * address's `@` is not one). A code span is neither linked nor mentioned, so these are shown as code.
 */
const ACTIVE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>|`]*|\bwww\.[^\s<>|`]*|(?<![\w@`])@[a-z0-9][\w.-]*(?:\/[\w.-]+)?/gi;

/** Inline Markdown punctuation that changes what text means; `_` only where it can start or end emphasis. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*~[\]|]|(?<![a-z0-9])_|_(?![a-z0-9])/gi, (ch) => `\\${ch}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A code span that nothing inside can end: the fence is longer than any run of backticks in it. */
export function markdownCode(value: string): string {
  const text = oneLine(value);
  const longest = maxOf(
    (text.match(/`+/g) ?? []).map((run) => run.length),
    0,
  );
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function plainMarkdown(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(ACTIVE)) {
    out += escapeInline(text.slice(last, match.index));
    out += markdownCode(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeInline(text.slice(last));
}

/**
 * Text for one line of GitHub-flavoured Markdown: a table cell, a list item or a paragraph. Only
 * what Markdown would read as markup is escaped; code spans in the text stay code spans (unless
 * they hold a `|`, which would end a table cell); URLs and mentions become code; line breaks
 * become spaces; HTML cannot be written; a leading `#`, `>`, `- `, `+ ` or `1. ` cannot start a block.
 */
export function escapeMarkdown(value: string): string {
  const out = codeSpans(oneLine(value))
    .map((part) =>
      part.code && !part.text.includes("|") ? markdownCode(part.text) : plainMarkdown(part.code ? `\`${part.text}\`` : part.text),
    )
    .join("");
  return out.replace(
    /^(\s*)([#>]|[-+](?=\s)|\d+[.)](?=\s))/,
    (_all, space: string, mark: string) => `${space}${mark.replace(/[#>+\-.)]$/, "\\$&")}`,
  );
}

/**
 * SARIF `message.text`: plain text, in which `[text](target)` is an embedded link (SARIF 2.1.0
 * §3.11.6); brackets are escaped with a backslash so no data string becomes one.
 */
export function sarifText(value: string): string {
  return safeText(value).replace(/[[\]]/g, (ch) => `\\${ch}`);
}
