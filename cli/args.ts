import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors";

/** node:util parseArgs, with its errors turned into usage errors (exit 2, no stack trace). */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: readonly string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
