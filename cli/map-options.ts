/** Option handling shared by the commands that read the responsibility map (audit, matrix, oscal, map). */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { badDateMessage, NOW_ENV, parseIsoDate } from "../policies/core/clock";
import { RULE_DUTIES } from "../policies/registry";
import { defaultMapPath, loadMap } from "../responsibility-map/loader";
import type { ResponsibilityMap } from "../responsibility-map/model";
import type { Parsed } from "./args";
import { InputError, UsageError } from "./errors";
import { safeText } from "./report/escape";
import { packageRoot } from "./report/model";

export function stringOption(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The map to read: `--map`, else `$SHARED_RESPONSIBILITY_MAP`, else this package's
 * `responsibility-map/map.yaml`, the one the pack reads, so every command and the pack agree.
 */
export function mapPathOption(parsed: Parsed): string {
  const given = stringOption(parsed, "map");
  return given === undefined ? defaultMapPath(packageRoot()) : path.resolve(given);
}

/** Loads the map with exception rule names checked against the pack's rules; MapError exits 2. */
export function loadMapOption(parsed: Parsed): ResponsibilityMap {
  return loadMap(mapPathOption(parsed), { knownRules: RULE_DUTIES });
}

/** `--now YYYY-MM-DD` (a real date), else `$SHARED_RESPONSIBILITY_NOW`, else today in UTC. */
export function todayOption(parsed: Parsed, clock: () => Date = () => new Date(), env: NodeJS.ProcessEnv = process.env): string {
  const given = stringOption(parsed, "now");
  if (given !== undefined) {
    if (parseIsoDate(given) === undefined) throw new InputError(badDateMessage("--now", given));
    return given;
  }
  const pinned = env[NOW_ENV];
  if (pinned !== undefined && pinned !== "") {
    if (parseIsoDate(pinned) === undefined) throw new InputError(badDateMessage(NOW_ENV, pinned));
    return pinned;
  }
  return clock().toISOString().slice(0, 10);
}

/** Writes to `--output` (creating its folder) or to stdout; no control or bidi character gets through raw. */
export function writeOutput(parsed: Parsed, rendered: string): void {
  const text = safeText(rendered);
  const output = stringOption(parsed, "output");
  if (output === undefined) {
    process.stdout.write(text);
    return;
  }
  const file = path.resolve(output);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text, "utf8");
  } catch (error) {
    throw new InputError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

/** Refuses an `--output` that is one of the state files the command reads (`verb` them): writing would destroy it. */
export function refuseOutputOverInput(output: string, inputs: readonly string[], verb = "audit"): void {
  let target: ReturnType<typeof statSync>;
  try {
    target = statSync(output);
  } catch {
    return; // A file that does not exist yet is no input.
  }
  for (const input of inputs) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(input);
    } catch {
      continue;
    }
    // Same device and inode: the same file under any name, links included.
    if (stats.dev === target.dev && stats.ino === target.ino) {
      throw new UsageError(
        `--output ${output} is ${input === output ? "" : `the same file as ${input}, `}one of the state files to ${verb}; writing the report would overwrite it. Choose another --output.`,
      );
    }
  }
}
