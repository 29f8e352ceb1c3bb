import { readFileSync } from "node:fs";
import * as path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { vi } from "vitest";
import type { Command } from "../../../cli/command";
import { command as audit } from "../../../cli/commands/audit";
import { InputError } from "../../../cli/errors";

let validateReport: ValidateFunction | undefined;
let validateSarif: ValidateFunction | undefined;

/** The SARIF 2.1.0 schema as published (its language-tag pattern needs regular expressions without the `u` flag). */
export function sarifValidator(): ValidateFunction {
  if (validateSarif === undefined) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
    addFormats(ajv);
    validateSarif = ajv.compile(
      JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")),
    );
  }
  return validateSarif;
}

/** docs/audit-report.schema.json, compiled once. */
export function reportValidator(): ValidateFunction {
  if (validateReport === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    validateReport = ajv.compile(
      JSON.parse(readFileSync(path.resolve(__dirname, "..", "..", "..", "docs", "audit-report.schema.json"), "utf8")),
    );
  }
  return validateReport;
}

function optionValue(argv: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (names.includes(arg)) return argv[i + 1];
    for (const name of names) if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/**
 * Every report an audit in the suite writes is checked: JSON against docs/audit-report.schema.json,
 * SARIF against the SARIF 2.1.0 schema, Markdown against the size a GitHub comment accepts.
 */
function checkReport(argv: readonly string[], stdout: string): void {
  const format = optionValue(argv, "--format");
  if (format !== "json" && format !== "sarif" && format !== "markdown") return;
  const output = optionValue(argv, "--output", "-o");
  const text = output === undefined ? stdout : readFileSync(output, "utf8");
  if (format === "markdown") {
    const limit = Number(optionValue(argv, "--markdown-limit") ?? 65_536);
    if (Buffer.byteLength(text, "utf8") > limit) throw new Error(`the Markdown report has more than ${limit} bytes`);
    return;
  }
  const validate = format === "json" ? reportValidator() : sarifValidator();
  if (!validate(JSON.parse(text)))
    throw new Error(`the ${format} report does not match its schema: ${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
}

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command in process as main.ts does: an InputError becomes exit 2 with its message on stderr. */
export async function runCommand(command: Command, argv: readonly string[]): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  try {
    const code = await command.run(argv);
    if (command === audit && code !== 2) checkReport(argv, stdout);
    return { code, stdout, stderr };
  } catch (error) {
    if (error instanceof InputError || (error as Error).name === "MapError")
      return { code: 2, stdout, stderr: stderr + (error as Error).message };
    throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
