import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../../cli/commands/matrix";
import { InputError, UsageError } from "../../cli/errors";
import { renderMatrixCsv, renderMatrixText } from "../../cli/report/matrix";
import { MapError } from "../../responsibility-map/loader";
import { SMALL_MAP_YAML, smallMap, TODAY } from "../responsibility-map/small-map";
import { runCommand } from "./capture";

const dir = mkdtempSync(path.join(tmpdir(), "matrix-cli-"));
const mapFile = path.join(dir, "map.yaml");
writeFileSync(mapFile, SMALL_MAP_YAML);

describe("shared-responsibility matrix", () => {
  it("prints the text matrix of the given map as of --now", async () => {
    const result = await runCommand(command, ["--map", mapFile, "--now", TODAY]);
    expect(result).toEqual({ code: 0, stdout: renderMatrixText(smallMap(), { today: TODAY }), stderr: "" });
  });

  it("writes CSV to --output", async () => {
    const output = path.join(dir, "out", "matrix.csv");
    const result = await runCommand(command, ["--map", mapFile, "--format", "csv", "--output", output, "--now", TODAY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(output, "utf8")).toBe(renderMatrixCsv(smallMap(), { today: TODAY }));
  });

  it("writes an HTML page", async () => {
    const result = await runCommand(command, ["--map", mapFile, "--format", "html", "--now", TODAY]);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('<td class="review-overdue status-fail">2026-04-01 overdue</td>');
  });

  it.each([
    ["an unknown format", ["--format", "pdf"], UsageError, /--format must be one of text, markdown, csv, html, not "pdf"/],
    ["an unknown option", ["--colour"], UsageError, /Unknown option '--colour'/],
    ["an impossible date", ["--now", "2026-02-30"], InputError, /--now must be a real date written YYYY-MM-DD/],
  ])("refuses %s", async (_title, argv, type, message) => {
    const run = runCommand(command, ["--map", mapFile, ...argv]);
    await expect(run).rejects.toThrow(type);
    await expect(runCommand(command, ["--map", mapFile, ...argv])).rejects.toThrow(message);
  });

  it("refuses a missing map with a MapError (exit 2 in main)", async () => {
    await expect(runCommand(command, ["--map", path.join(dir, "none.yaml")])).rejects.toThrow(MapError);
  });

  it("prints its usage for --help", async () => {
    const result = await runCommand(command, ["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: shared-responsibility matrix/);
  });
});
