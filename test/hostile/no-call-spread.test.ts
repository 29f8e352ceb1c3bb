/**
 * No array of unknown length is spread into a call (`push(...x)`, `Math.max(...x)`,
 * `String.fromCharCode(...x)`, `f(...x)`): V8 passes each item as an argument and overflows the
 * stack past about 120,000 of them (a 130,000-resource state did). Use appendAll/maxOf from
 * policies/core/arrays.ts or a loop. Spreading an array literal (`f(...[a, b])`) is fine.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const DIRS = ["policies", "cli", "responsibility-map", "scripts"];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") for (const file of sources(full)) out.push(file);
    } else if (/\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** An array literal, or `cond ? [..] : [..]` of them: its length is written in the code. */
function isLiteralList(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isLiteralList(node.expression);
  if (ts.isConditionalExpression(node)) return isLiteralList(node.whenTrue) && isLiteralList(node.whenFalse);
  return ts.isArrayLiteralExpression(node);
}

/** `file:line: text` for every spread of a non-literal into a call or `new`. */
export function callSpreads(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isSpreadElement(node) &&
      (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) &&
      !isLiteralList(node.expression)
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.parent.getText().slice(0, 100)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("call spreads", () => {
  it("the check finds the forms it forbids, and passes array literals", () => {
    const found = callSpreads(
      "x.ts",
      "out.push(...list); Math.max(1, ...xs.map(f)); String.fromCharCode(...codes); new Set(...a); f(...[1, 2]); g(...(c ? [1] : [])); const y = [...list];",
    );
    expect(found).toHaveLength(4);
  });

  it("none in policies/, cli/, responsibility-map/ or scripts/", () => {
    const found: string[] = [];
    for (const dir of DIRS)
      for (const file of sources(path.join(ROOT, dir))) for (const hit of callSpreads(file, readFileSync(file, "utf8"))) found.push(hit);
    expect(found).toEqual([]);
  });
});
