import { parseOptions } from "../args";
import type { Command } from "../command";
import { UsageError } from "../errors";
import { loadMapOption, stringOption, todayOption, writeOutput } from "../map-options";
import { MATRIX_FORMATS, type MatrixFormat, renderMatrix } from "../report/matrix";

const USAGE = `Usage: shared-responsibility matrix [--map FILE] [--format text|markdown|csv|html] [-o FILE] [--now YYYY-MM-DD]

Prints the responsibility matrix: each duty's side per provider, controls, the accountable,
responsible, consulted and informed people, last and next review (overdue marked) and sign-off.

  --map FILE      the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else this package's responsibility-map/map.yaml)
  --format F      text (default), markdown, csv (RFC 4180, for spreadsheets) or html
  -o, --output FILE  write to FILE instead of standard output
  --now DATE      judge reviews as of DATE instead of today`;

export const command: Command = {
  summary: "Print the responsibility matrix (text, markdown, csv or html)",
  run(argv) {
    const parsed = parseOptions(
      argv,
      { map: { type: "string" }, format: { type: "string" }, output: { type: "string", short: "o" }, now: { type: "string" } },
      USAGE,
    );
    if (parsed.values["help"] === true) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const format = stringOption(parsed, "format") ?? "text";
    if (!(MATRIX_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${MATRIX_FORMATS.join(", ")}, not "${format}".\n\n${USAGE}`);
    }
    const today = todayOption(parsed);
    const map = loadMapOption(parsed);
    writeOutput(parsed, renderMatrix(map, format as MatrixFormat, { today }));
    return 0;
  },
};
