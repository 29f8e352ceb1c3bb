import { describe, expect, it } from "vitest";
import { STREAM_MARKER, streamJson } from "../../../cli/report/json";

describe("streamJson", () => {
  it.each<[string, unknown[]]>([
    ["no items", []],
    ["one item", [{ a: 1, b: ["x", { c: null }] }]],
    ["several items with nested text", [{ a: "line\nbreak" }, 2, "three", [4, [5]], { deep: { deeper: true } }]],
  ])("writes the value with %s, one item per line", (_title, items) => {
    const value = { head: { x: 1 }, runs: [{ tool: "t", results: items, after: [1, 2] }], tail: "end" };
    const streamed = [...streamJson({ ...value, runs: [{ ...value.runs[0], results: STREAM_MARKER }] }, items)].join("");
    expect(JSON.parse(streamed)).toEqual(value);
    const lines = streamed.split("\n");
    for (const item of items) expect(lines).toContain(`        ${JSON.stringify(item)}${item === items[items.length - 1] ? "" : ","}`);
    expect(streamed.endsWith("}\n")).toBe(true);
  });

  it("refuses a value without the marker", () => {
    expect(() => [...streamJson({ a: 1 }, [])]).toThrow("no stream marker");
  });
});
