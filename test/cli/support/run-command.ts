import { readFileSync } from "node:fs";
import * as path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { vi } from "vitest";
import { command as audit } from "../../../cli/commands/audit";
import { InputError } from "../../../cli/errors";
import type { Command } from "../../../cli/main";

let validateReport: ValidateFunction | undefined;

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

/** Every JSON report an audit in the suite writes must validate against the documented schema. */
function checkJsonReport(argv: readonly string[], stdout: string): void {
  if (optionValue(argv, "--format") !== "json") return;
  const output = optionValue(argv, "--output", "-o");
  const report = JSON.parse(output === undefined ? stdout : readFileSync(output, "utf8"));
  const validate = reportValidator();
  if (!validate(report))
    throw new Error(`the JSON report does not match docs/audit-report.schema.json: ${JSON.stringify(validate.errors, null, 2)}`);
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
    if (command === audit && code !== 2) checkJsonReport(argv, stdout);
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
