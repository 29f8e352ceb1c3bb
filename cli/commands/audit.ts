import { closeSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import * as path from "node:path";
import Ajv, { type ErrorObject } from "ajv";
import { settingsFromConfig } from "../../policies/core/config";
import type { Rule } from "../../policies/core/rule";
import type { PackSettings } from "../../policies/core/run";
import { RULES } from "../../policies/registry";
import { errnoWords, FileReadError, readRegularFile } from "../../responsibility-map/read-file";
import { parseOptions } from "../args";
import { auditStates } from "../audit/run";
import type { Command } from "../command";
import { EXIT_OK, EXIT_VIOLATIONS, InputError, UsageError } from "../errors";
import { loadMapOption, refuseOutputOverInput, stringOption, todayOption } from "../map-options";
import { safeText } from "../report/escape";
import { renderHtml } from "../report/html";
import { renderJsonChunks } from "../report/json";
import { renderMarkdown } from "../report/markdown";
import { type AuditReport, ReportBuilder } from "../report/model";
import { renderSarifChunks } from "../report/sarif";
import { FindingSpool } from "../report/spool";
import { textChunks } from "../report/text";
import { expandStatePaths } from "../state/reader";

export const AUDIT_FORMATS = ["text", "json", "sarif", "markdown", "html"] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

const USAGE = `Usage: shared-responsibility audit <file|dir>... [--map FILE] [--config FILE] [--format F] [-o FILE] [--now YYYY-MM-DD] [--include-not-applicable] [--markdown-limit N]

Audits deployed Pulumi state offline: \`pulumi stack export\` output and local-backend checkpoint,
history-checkpoint and backup files (a directory is searched for *.json and *.json.gz). Runs every
rule of the pack on each stack and groups the findings by the person accountable for each duty
and by each resource's owner.

  --map FILE                the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else
                            responsibility-map/map.yaml in this package)
  --config FILE             rule levels and options, as for \`pulumi preview --policy-pack-config\`:
                            {"all": "mandatory", "<rule>": "advisory" | {"enforcementLevel": ..., "<option>": ...}}
  --format F                text (default), json, sarif, markdown or html
  -o, --output FILE         write the report to FILE instead of standard output
  --now DATE                judge dates (exception expiry, review age) as of DATE instead of today
  --include-not-applicable  also list findings of rules that do not apply, with the reason
  --markdown-limit N        the most bytes (UTF-8) the markdown report may have (default 65536, what
                            a GitHub comment accepts); findings that do not fit are counted instead

Exit status: 0 no mandatory violation, 1 mandatory violations, 2 bad input or usage.`;

/** Far more than a config for every rule with every option needs. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** `--markdown-limit`: a whole number of bytes, large enough for the summary to say something. */
function limitOption(given: string | undefined): number | undefined {
  if (given === undefined) return undefined;
  const value = Number(given);
  if (!/^\d+$/.test(given) || !Number.isSafeInteger(value) || value < 1000)
    throw new UsageError(`--markdown-limit must be a whole number of bytes, 1000 or more, not "${given}".`);
  return value;
}

/** Reads `--config` and checks option values against each rule's option schema. */
export function loadConfig(file: string, rules: readonly Rule[]): PackSettings {
  let text: string;
  try {
    text = readRegularFile(file, MAX_CONFIG_BYTES).toString("utf8");
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.code === "E2BIG")
      throw new InputError(`--config ${file}: the file is over ${MAX_CONFIG_BYTES} bytes; a rule config is a few kilobytes`);
    if (error.code === "ENOTREG") throw new InputError(`--config ${file}: ${error.message}, not a regular file; name a JSON file`);
    throw new InputError(`--config ${file}: ${error.message}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--config ${file}: not valid JSON (${(error as Error).message})`);
  }
  let settings: PackSettings;
  try {
    settings = settingsFromConfig(rules, config, `--config ${file}`);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const problems = optionProblems(rules, config as Record<string, unknown>);
  if (problems.length > 0)
    throw new InputError(`--config ${file}: invalid rule options:\n${problems.map((line) => `  ${line}`).join("\n")}`);
  return settings;
}

function describeOptionError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "type":
      return `must be ${String(params["type"])}`;
    case "enum":
      return `must be one of ${(params["allowedValues"] as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "minimum":
      return `must be at least ${String(params["limit"])}`;
    case "uniqueItems":
      return "must not repeat items";
    default:
      return error.message ?? error.keyword;
  }
}

function optionProblems(rules: readonly Rule[], config: Record<string, unknown>): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const problems: string[] = [];
  for (const rule of rules) {
    const own = config[rule.name];
    if (typeof own !== "object" || own === null || Array.isArray(own)) continue;
    const { enforcementLevel: _level, ...options } = own as Record<string, unknown>;
    for (const [name, value] of Object.entries(options)) {
      const schema = rule.options[name];
      if (schema === undefined) continue;
      const validate = ajv.compile(schema);
      if (validate(value)) continue;
      for (const error of validate.errors ?? []) {
        const where = error.instancePath ? `${name}${error.instancePath.replace(/\/(\d+)/g, "[$1]").replace(/\//g, ".")}` : name;
        problems.push(`rule "${rule.name}", option "${where}": ${describeOptionError(error)}`);
      }
    }
  }
  return problems;
}

/** Writes a report chunk by chunk (in 64 KiB writes), to `--output` (creating its folder) or standard output. */
function writeChunks(output: string | undefined, chunks: Iterable<string>): void {
  let write: (text: string) => void;
  let close = (): void => {};
  if (output === undefined) {
    write = (text) => {
      // Once the reader of a pipe is gone (`| head`), the rest of the report has nowhere to go.
      if (!process.stdout.destroyed) process.stdout.write(text);
    };
  } else {
    const file = path.resolve(output);
    let fd: number;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      fd = openSync(file, "w");
    } catch (error) {
      throw new InputError(`cannot write ${file} (${errnoWords(error)}); choose another --output`);
    }
    write = (text) => {
      try {
        writeSync(fd, text);
      } catch (error) {
        throw new InputError(`cannot write ${file} (${errnoWords(error)}); the report is incomplete`);
      }
    };
    close = () => closeSync(fd);
  }
  try {
    let buffered = "";
    for (const chunk of chunks) {
      buffered += chunk;
      if (buffered.length >= 1 << 16) {
        write(buffered);
        buffered = "";
      }
    }
    if (buffered) write(buffered);
  } finally {
    close();
  }
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb. */
export function useColor(stdout: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  return stdout.isTTY === true && (env["NO_COLOR"] ?? "") === "" && env["TERM"] !== "dumb";
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

/** Progress for long runs (many files, a directory, or large files), on stderr and only when it is a terminal. */
export function progressReporter(
  paths: readonly string[],
  stream: ProgressStream = process.stderr,
): { onFile?: (done: number, total: number, file: string) => void; end: () => void } {
  if (stream.isTTY !== true) return { end: () => {} };
  let bytes = 0;
  for (const file of paths) {
    try {
      const stats = statSync(file);
      if (!stats.isDirectory()) bytes += stats.size;
    } catch {
      // Reported as bad input by the audit itself.
    }
  }
  const long = paths.length > 3 || bytes > 20 * 1024 * 1024 || paths.some((file) => safeIsDirectory(file));
  if (!long) return { end: () => {} };
  let drawn = false;
  if (bytes > 20 * 1024 * 1024) {
    stream.write(`audit: reading ${(bytes / 1024 / 1024).toFixed(0)} MB of state...`);
    drawn = true;
  }
  return {
    onFile(done, total, file) {
      drawn = true;
      stream.write(`\r\u001b[2Kaudit: ${done}/${total} state files audited (${safeText(path.basename(file))})`);
    },
    end() {
      if (drawn) stream.write("\r\u001b[2K");
    },
  };
}

function safeIsDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export const command: Command = {
  summary: "Audit deployed state (stack export or checkpoint files) and report by owner",
  run(argv) {
    const parsed = parseOptions(
      argv,
      {
        map: { type: "string" },
        config: { type: "string" },
        format: { type: "string" },
        output: { type: "string", short: "o" },
        now: { type: "string" },
        "include-not-applicable": { type: "boolean" },
        "markdown-limit": { type: "string" },
      },
      USAGE,
      true,
    );
    if (parsed.values["help"] === true) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (parsed.positionals.length === 0) throw new UsageError(`name at least one state file or directory.\n\n${USAGE}`);
    const format = stringOption(parsed, "format") ?? "text";
    if (!(AUDIT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${AUDIT_FORMATS.join(", ")}, not "${format}".\n\n${USAGE}`);
    }
    const markdownLimit = limitOption(stringOption(parsed, "markdown-limit"));
    const today = todayOption(parsed);
    const now = new Date(`${today}T00:00:00Z`);
    const map = loadMapOption(parsed);
    const configFile = stringOption(parsed, "config");
    const settings = configFile === undefined ? undefined : loadConfig(configFile, RULES);
    const includeNotApplicable = parsed.values["include-not-applicable"] === true;

    const output = stringOption(parsed, "output");
    if (output !== undefined) refuseOutputOverInput(output, expandStatePaths(parsed.positionals).files);

    const progress = progressReporter(parsed.positionals);
    // Findings go to a spool as each file is done, so a large audit holds one state file in
    // memory rather than every finding; the spool's temporary files go when the report is written.
    const builder = new ReportBuilder({ map, now, includeNotApplicable }, new FindingSpool());
    const toTerminal = output === undefined;
    let report: AuditReport<FindingSpool>;
    try {
      let result: ReturnType<typeof auditStates>;
      try {
        result = auditStates(parsed.positionals, {
          map,
          now,
          ...(settings === undefined ? {} : { settings }),
          ...(progress.onFile === undefined ? {} : { onFile: progress.onFile }),
          onFinding: (finding, origin) => builder.add(finding, origin),
        });
      } finally {
        progress.end();
      }
      report = builder.build(result);
      const rendered = ((): string | Iterable<string> => {
        switch (format as AuditFormat) {
          case "json":
            return renderJsonChunks(report);
          case "sarif":
            return renderSarifChunks(report, { baseDir: process.cwd(), rules: RULES });
          case "markdown":
            return renderMarkdown(report, markdownLimit === undefined ? {} : { limit: markdownLimit });
          case "html":
            return renderHtml(report);
          default:
            return textChunks(report, { color: toTerminal && useColor() });
        }
      })();
      writeChunks(output, typeof rendered === "string" ? [rendered] : rendered);
    } finally {
      builder.sink.close();
    }
    if (!toTerminal) {
      // Keep the verdict visible in CI logs when the report goes to a file.
      process.stderr.write(
        `${report.summary.failed ? "FAIL" : "PASS"}: ${report.summary.failByLevel.mandatory} mandatory and ${report.summary.failByLevel.advisory} advisory violations, ${report.summary.byStatus.waived} waived; report written to ${safeText(output)}\n`,
      );
    }
    return report.summary.failed ? EXIT_VIOLATIONS : EXIT_OK;
  },
};
