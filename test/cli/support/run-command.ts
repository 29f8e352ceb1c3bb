import { vi } from "vitest";
import { InputError } from "../../../cli/errors";
import type { Command } from "../../../cli/main";

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
