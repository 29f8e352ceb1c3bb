/**
 * Engine versions of AWS managed services judged against the dated lifecycle table
 * (`policies/core/lifecycle.ts`) by their major.minor release, as the providers' calendars list them.
 */
import { isPastSupport, LIFECYCLE, type LifecycleProductId, lifecycleOf } from "../../core/lifecycle";
import { fail, pass, type Violation } from "../../core/rule";

/** `5.17` of `5.17.6` or `5.17`; undefined when the text does not start with two numbers. */
export function majorMinor(version: string): string | undefined {
  const match = /^(\d+)\.(\d+)(?:\.|$)/.exec(version);
  return match === null ? undefined : `${Number(match[1])}.${Number(match[2])}`;
}

/** The problem code `judgeEngineVersion` reports, with its summary for a rule's `problems`. */
export const ENGINE_VERSION_PROBLEMS = {
  "eol-engine-version": "the engine version is past its end of support in the pack's lifecycle table",
} as const;

export interface EngineVersionJudgement {
  readonly product: LifecycleProductId;
  /** The engine as a message names it: "ActiveMQ", "DocumentDB". */
  readonly engine: string;
  /** The resource as a message names it: "broker". */
  readonly noun: string;
  readonly version: string;
  readonly now: Date;
  /** Versions accepted after their end of support (`5.17` or the exact text). */
  readonly allowed: readonly string[];
}

/**
 * A finding when the version's release is past its end of support; none when the table does not
 * know it (a newer release, or text that is no version: the provider rejects it). Only the table's
 * spelling of the version is shown, never the resource's text.
 */
export function judgeEngineVersion(j: EngineVersionJudgement): readonly Violation[] {
  const release = majorMinor(j.version);
  if (release === undefined || j.allowed.includes(j.version) || j.allowed.includes(release)) return pass;
  const row = lifecycleOf(j.product, release);
  if (!isPastSupport(row, j.now)) return pass;
  // A date the table marks unconfirmed never blocks.
  const verified = row.verify !== true;
  return fail(
    `The ${j.noun} runs ${j.engine} ${row.version}, past its end of support on ${row.endOfSupport} (${LIFECYCLE[j.product].name})${verified ? "" : ", date unconfirmed"}`,
    verified ? { code: "eol-engine-version" } : { code: "eol-engine-version", advisory: true },
  );
}
