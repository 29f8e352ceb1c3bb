/**
 * One strict parser for every date a person writes: `SHARED_RESPONSIBILITY_NOW` (pack and CLI),
 * `--now`, and the map's dates (checked by the generated validator, held here to the same verdicts).
 */

import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterEach, describe, expect, it } from "vitest";
import { command as audit } from "../../cli/commands/audit";
import { clockFrom, DateInputError, NOW_ENV, parseIsoDate, parseNow } from "../../policies/core/clock";
import { runCommand } from "../cli/support/run-command";
import { stackEntry, stackExport, tempDir, volume, writeJson } from "../cli/support/state";
import { startExpectingFailure } from "../engine/harness";

const REAL = ["2026-11-23", "2024-02-29", "2000-02-29", "2026-12-31", "0099-06-01", "9999-12-31"];
const NOT_DATES = [
  "2026-02-30",
  "2100-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "2026-11-00",
  "1",
  "garbage",
  "2026-1-01",
  "2026-11-23T00:00:00Z",
  " 2026-11-23",
  "2026-11-23\n",
  "２０２６-11-23",
  "",
];

describe("parseIsoDate", () => {
  it.each(REAL)("accepts %j", (text) => {
    expect(parseIsoDate(text)?.iso).toBe(text);
    expect(parseNow(text, 0)?.toISOString().slice(0, 10)).toBe(text);
  });
  it.each(NOT_DATES)("refuses %j", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
    expect(parseNow(text)).toBeUndefined();
  });
  it("agrees with the map validator's date format on every case", () => {
    const ajv = new Ajv();
    addFormats(ajv, ["date"]);
    const validate = ajv.compile({ type: "string", format: "date" });
    for (const text of [...REAL, ...NOT_DATES]) expect(validate(text), text).toBe(parseIsoDate(text) !== undefined);
  });
});

describe("SHARED_RESPONSIBILITY_NOW", () => {
  afterEach(() => {
    delete process.env[NOW_ENV];
  });

  it.each(["2026-02-30", "1", "garbage"])("the pack's clock refuses %j, naming the variable", (value) => {
    expect(() => clockFrom({ [NOW_ENV]: value })).toThrow(DateInputError);
    expect(() => clockFrom({ [NOW_ENV]: value })).toThrow(`${NOW_ENV} must be a real date written YYYY-MM-DD`);
  });

  it("pins the audit's date when --now is not given, and --now wins over it", async () => {
    // legacy-1 is covered by an exception that is in force on 2026-11-23 and long expired in 2099.
    const state = writeJson(tempDir(), "state.json", stackExport([stackEntry(), volume("legacy-1", { encrypted: false })]));
    process.env[NOW_ENV] = "2026-11-23";
    expect((await runCommand(audit, [state])).code).toBe(0);
    process.env[NOW_ENV] = "2099-01-01";
    expect((await runCommand(audit, [state])).code).toBe(1);
    expect((await runCommand(audit, [state, "--now", "2026-11-23"])).code).toBe(0);
  });

  it.each(["2026-02-30", "1", "garbage"])("the audit exits 2 on %j, naming the variable", async (value) => {
    const state = writeJson(tempDir(), "state.json", stackExport([stackEntry(), volume("good")]));
    process.env[NOW_ENV] = value;
    const result = await runCommand(audit, [state]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${NOW_ENV} must be a real date written YYYY-MM-DD, not "${value}"`);
  });

  it.each(["2026-02-30", "1", "garbage"])(
    "the pack refuses to start on %j, with one line and no stack trace",
    async (value) => {
      const { code, stderr } = await startExpectingFailure({ env: { [NOW_ENV]: value } });
      expect(code).toBe(1);
      expect(stderr).toContain(`shared-responsibility: cannot start. ${NOW_ENV} must be a real date written YYYY-MM-DD, not "${value}".`);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    30_000,
  );
});
