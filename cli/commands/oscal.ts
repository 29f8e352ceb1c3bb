import { readFileSync } from "node:fs";
import * as path from "node:path";
import { RULE_DUTIES } from "../../policies/registry";
import type { ResponsibilityMap } from "../../responsibility-map/model";
import { type InventoryResource, renderSsp, stateResources } from "../../responsibility-map/oscal";
import { InputError } from "../errors";
import type { Command } from "../main";
import { loadMapOption, parseOptions, todayOption, writeOutput } from "../map-options";

const USAGE = `Usage: shared-responsibility oscal [--map FILE] [--state FILE...] [--output FILE] [--now YYYY-MM-DD]

Writes an OSCAL ${"1.2.2"} System Security Plan (JSON) built from the responsibility map: people as
parties, RACI as responsible roles, provider-side duties inherited from each cloud provider, reviews
and sign-offs as props and approval actions, exceptions as partial implementations.

  --map FILE      the responsibility map (default: $SHARED_RESPONSIBILITY_MAP or responsibility-map/map.yaml)
  --state FILE    a \`pulumi stack export\` or checkpoint JSON file; its resources become inventory
                  items with their owner (repeatable)
  --output FILE   write to FILE instead of standard output
  --now DATE      the document date (last-modified) and the day exceptions are judged on; default today`;

/** Largest state file read; stack exports beyond this are refused rather than exhausting memory. */
const MAX_STATE_BYTES = 256 * 1024 * 1024;

function readState(file: string, map: ResponsibilityMap): InventoryResource[] {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new InputError(`cannot read the state file ${absolute}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.length > MAX_STATE_BYTES) throw new InputError(`the state file ${absolute} is larger than ${MAX_STATE_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(`the state file ${absolute} is not JSON (${(error as Error).message}).`);
  }
  const resources = stateResources(json, map.settings.ownerTagKey);
  if (resources === undefined) {
    throw new InputError(
      `the state file ${absolute} holds neither deployment.resources (pulumi stack export) nor checkpoint.latest.resources (a checkpoint).`,
    );
  }
  return resources;
}

export const command: Command = {
  summary: "Write an OSCAL 1.2.2 system security plan (JSON) from the map",
  run(argv) {
    const parsed = parseOptions(
      argv,
      { map: { type: "string" }, state: { type: "string", multiple: true }, output: { type: "string" }, now: { type: "string" } },
      USAGE,
    );
    if (parsed.values["help"] === true) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const today = todayOption(parsed);
    const map = loadMapOption(parsed);
    const stateFiles = parsed.values["state"];
    const resources = (Array.isArray(stateFiles) ? stateFiles : []).flatMap((file) => readState(file, map));
    writeOutput(parsed, renderSsp(map, { today, resources, ruleDuties: RULE_DUTIES }));
    return 0;
  },
};
