#!/usr/bin/env node
/**
 * The `shared-responsibility` command. Subcommands are loaded on demand so that `audit` starts
 * without loading anything it does not use (and never @pulumi/pulumi).
 */
import { MapError } from "../responsibility-map/loader";
import { errnoWords } from "../responsibility-map/read-file";
import type { Command } from "./command";
import { EXIT_BAD_INPUT, InputError } from "./errors";
import { safeText } from "./report/escape";

const COMMANDS: Record<string, () => Command> = {
  audit: () => require("./commands/audit").command,
  rules: () => require("./commands/rules").command,
  docs: () => require("./commands/docs").command,
  matrix: () => require("./commands/matrix").command,
  oscal: () => require("./commands/oscal").command,
  map: () => require("./commands/map").command,
  handover: () => require("./commands/handover").command,
  vendor: () => require("./commands/vendor").command,
};

function usage(): string {
  const lines = Object.keys(COMMANDS).map((name) => {
    let summary = "";
    try {
      summary = COMMANDS[name]?.().summary ?? "";
    } catch {
      summary = "(not available in this build)";
    }
    return `  ${name.padEnd(8)} ${summary}`;
  });
  return [
    "Usage: shared-responsibility <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `shared-responsibility <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const [first, ...afterFirst] = argv;
  // `help <command>` is `<command> --help`.
  const asHelp = first === "help" && afterFirst[0] !== undefined;
  const name = asHelp ? afterFirst[0] : first;
  const rest = asHelp ? ["--help"] : afterFirst;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? EXIT_BAD_INPUT : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    process.stderr.write(`shared-responsibility: unknown command "${safeText(name)}".\n\n${usage()}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await load().run(rest);
  } catch (error) {
    if (error instanceof InputError || error instanceof MapError) {
      // Messages quote file names and map values: show their control characters, never send them.
      process.stderr.write(`shared-responsibility ${name}: ${safeText(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/**
 * A reader that closes the pipe early (`audit ... | head -1`) is a normal end: the rest of the
 * output is dropped and the exit code stays what the command decided. Any other failure to write
 * standard output (a full disk, `> /dev/full`) is bad output: one line, exit 2.
 */
export function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
  process.stderr.write(`shared-responsibility: cannot write to standard output (${errnoWords(error)}); the output is incomplete\n`);
  process.exit(EXIT_BAD_INPUT);
}

if (require.main === module) {
  process.stdout.on("error", onStdoutError);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `shared-responsibility: internal error: ${safeText(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
      );
      process.exitCode = 70;
    },
  );
}
