import { parseOptions } from "../args";
import type { Command } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { buildHandover, personNamed } from "../handover/build";
import { loadMapOption, refuseOutputOverInput, stringOption, todayOption, writeOutput } from "../map-options";
import { HANDOVER_FORMATS, type HandoverFormat, renderHandover } from "../report/handover";
import { expandStatePaths } from "../state/reader";

const USAGE = `Usage: shared-responsibility handover <person> [--state FILE|DIR ...] [--map FILE] [--format text|markdown|json] [-o FILE] [--now YYYY-MM-DD]

Lists, as a checklist, everything a person (active or departed; by id or email) owns or answers
for, each with what to do: duties where they are accountable, responsible, consulted or informed
(and who could take each over), exceptions they approved (expired or not), reviews they signed
off, teams they belong to, central controls they manage, and with --state the resources whose
owner tag names them and the access their identities still hold (found by the pack's leaver
rules, as if this person had left).

  --state PATH    a \`pulumi stack export\` file, a local-backend checkpoint, or a directory of them; repeatable
  --map FILE      the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else this package's responsibility-map/map.yaml)
  --format F      text (default), markdown (a GitHub task list) or json
  -o, --output FILE  write to FILE instead of standard output
  --now DATE      judge exception expiry as of DATE instead of today

JSON (version 1): { version, person: { id, name, email, role, status, departed|null }, map, date,
  states: [file], items: <count>,
  duties: [{ duty, title, roles: [accountable|responsible|consulted|informed], handTo: [person], action }],
  exceptions: [{ id, rule|null, duty|null, resources, approved, expires, expired, action }],
  reviews: [{ duty, title, last, signedOffOn, nextDue, accountable, action }],
  teams: [{ id, name, otherMembers: [id], action }],
  centralControls: [{ index, controls, accounts, action }],
  ownedResources: [{ file, urn, type, name, action }],
  access: [{ file, urn, type, name, rule, field|null, identity: { kind, label, value }|null, action }],
  warnings: [text] }
Items keep map and state order. Exit 0 (even with items to hand over); 2 for an unknown person or bad input.`;

export const command: Command = {
  summary: "List what a person owns or answers for, as a handover checklist",
  run(argv) {
    const parsed = parseOptions(
      argv,
      {
        state: { type: "string", multiple: true },
        map: { type: "string" },
        format: { type: "string" },
        output: { type: "string", short: "o" },
        now: { type: "string" },
      },
      USAGE,
      true,
    );
    if (parsed.values["help"] === true) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    }
    const [given, ...extra] = parsed.positionals;
    if (given === undefined) throw new UsageError(`name the person (their id or email in the map).\n\n${USAGE}`);
    if (extra.length > 0)
      throw new UsageError(`name one person, not ${parsed.positionals.length}; pass state files with --state.\n\n${USAGE}`);
    const format = stringOption(parsed, "format") ?? "text";
    if (!(HANDOVER_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${HANDOVER_FORMATS.join(", ")}, not "${format}".\n\n${USAGE}`);
    }
    const today = todayOption(parsed);
    const map = loadMapOption(parsed);
    const person = personNamed(map, given);
    const states = (parsed.values.state ?? []).filter((value): value is string => typeof value === "string");
    const output = stringOption(parsed, "output");
    if (output !== undefined && states.length > 0) refuseOutputOverInput(output, expandStatePaths(states).files, "read");
    const handover = buildHandover(map, person, { today, now: new Date(`${today}T00:00:00Z`), states });
    writeOutput(parsed, renderHandover(handover, format as HandoverFormat));
    return EXIT_OK;
  },
};
