import { safeText } from "./escape";
import type { AuditReport } from "./model";
import { type FindingList, FindingSpool } from "./spool";

const MARKER = "\u0000stream\u0000";

/**
 * `value` as indented JSON, with its one large array (marked by `STREAM_MARKER`) written item by
 * item, one compact item per line: the report is never held as one string, and each finding is one
 * line for grep and diff. Control and bidi characters are written as JSON `\uXXXX` escapes (the
 * same value), so a report shown in a terminal cannot drive it.
 */
export function* streamJson(
  value: unknown,
  items: Iterable<unknown>,
  serialize: (item: unknown) => string = JSON.stringify,
): Generator<string> {
  const text = JSON.stringify(value, null, 2);
  const quoted = JSON.stringify(MARKER);
  const at = text.indexOf(quoted);
  if (at < 0) throw new Error("streamJson: the value holds no stream marker");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const indent = " ".repeat(text.slice(lineStart).search(/\S/));
  const inner = `${indent}  `;
  yield `${safeText(text.slice(0, at))}[`;
  let first = true;
  for (const item of items) {
    yield `${first ? "" : ","}\n${inner}${safeText(serialize(item))}`;
    first = false;
  }
  yield `${first ? "" : `\n${indent}`}]${safeText(text.slice(at + quoted.length))}\n`;
}

/** The marker to put where the streamed array goes. */
export const STREAM_MARKER: unknown = MARKER;

export function renderJsonChunks(report: AuditReport<FindingList>): Iterable<string> {
  // A spool holds each finding as JSON text already: written as it is, not parsed and written again.
  const { findings } = report;
  if (findings instanceof FindingSpool) return streamJson({ ...report, findings: STREAM_MARKER }, findings.json(), String);
  return streamJson({ ...report, findings: STREAM_MARKER }, findings);
}
