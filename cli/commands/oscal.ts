import { readTag } from "../../policies/core/tags";
import { RULE_DUTIES } from "../../policies/registry";
import type { ResponsibilityMap } from "../../responsibility-map/model";
import { parseOptions } from "../args";
import type { Command } from "../command";
import { loadMapOption, todayOption, writeOutput } from "../map-options";
import { type InventoryResource, renderSsp } from "../report/oscal";
import { expandStatePaths, readStateFile } from "../state/reader";

const USAGE = `Usage: shared-responsibility oscal [--map FILE] [--state PATH...] [-o FILE] [--now YYYY-MM-DD]

Writes an OSCAL ${"1.2.2"} System Security Plan (JSON) built from the responsibility map: people as
parties, RACI as responsible roles, provider-side duties inherited from each cloud provider, reviews
and sign-offs as props and approval actions, exceptions as partial implementations.

  --map FILE      the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else this package's responsibility-map/map.yaml)
  --state PATH    a \`pulumi stack export\` or checkpoint file, or a directory of them (searched as
                  by \`audit\`); its resources become inventory items with their owner (repeatable)
  -o, --output FILE  write to FILE instead of standard output
  --now DATE      the document date (last-modified) and the day exceptions are judged on; default today`;

/**
 * The inventory of every state file the arguments name (directories walked as for `audit`), read by
 * the audit's own state reader: live resources with their owner tag as the cloud applies it
 * (AWS default tags included); resources read from another stack (`external`) belong to that stack.
 */
function readInventory(paths: readonly string[], map: ResponsibilityMap): InventoryResource[] {
  const inventory: InventoryResource[] = [];
  for (const file of expandStatePaths(paths).files) {
    const state = readStateFile(file);
    for (const resource of state.resources) {
      if (state.external.has(resource.urn)) continue;
      const owner = readTag(resource, map.settings.ownerTagKey);
      // A secret owner tag stays out of the document, like every secret.
      const shown = typeof owner === "string" && !state.secrets.has(owner) ? owner : undefined;
      inventory.push(
        shown === undefined ? { urn: resource.urn, type: resource.type } : { urn: resource.urn, type: resource.type, owner: shown },
      );
    }
  }
  return inventory;
}

export const command: Command = {
  summary: "Write an OSCAL 1.2.2 system security plan (JSON) from the map",
  run(argv) {
    const parsed = parseOptions(
      argv,
      {
        map: { type: "string" },
        state: { type: "string", multiple: true },
        output: { type: "string", short: "o" },
        now: { type: "string" },
      },
      USAGE,
    );
    if (parsed.values["help"] === true) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const today = todayOption(parsed);
    const map = loadMapOption(parsed);
    const stateFiles = parsed.values["state"];
    const resources = readInventory(Array.isArray(stateFiles) ? stateFiles : [], map);
    writeOutput(parsed, renderSsp(map, { today, resources, ruleDuties: RULE_DUTIES }));
    return 0;
  },
};
