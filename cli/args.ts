import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors";

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;

/** A parsed command line, as the shared option helpers read it. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * `util.parseArgs` in strict mode with `-h`/`--help` added; its errors become usage errors (exit 2,
 * no stack trace) followed by the command's usage.
 */
export function parseOptions<T extends OptionSpec>(argv: readonly string[], options: T, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, ...HELP }, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
}
