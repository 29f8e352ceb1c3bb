import { parseOptions } from "../args";
import type { Command } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { loadMapOption, refuseOutputOverInput, stringOption, todayOption, writeOutput } from "../map-options";
import { renderVendor, VENDOR_FORMATS, type VendorFormat } from "../report/vendor";
import { expandStatePaths } from "../state/reader";
import { buildVendor, partyNamed } from "../vendor/build";

const USAGE = `Usage: shared-responsibility vendor <third-party-id> [--state FILE|DIR ...] [--map FILE] [--format text|markdown|json] [-o FILE] [--now YYYY-MM-DD]

Shows one third party of the responsibility map (an MSSP, vendor, contractor or SaaS): its contacts,
contract and review (and whether the review is overdue), the AWS accounts and Azure tenants it acts
from, the duties it shares with their SLA facts and accountable person, and with --state the access
it holds in those stacks: IAM roles its accounts can assume (and whether they require
sts:ExternalId) and Azure Lighthouse registrations delegating to its tenants (and the roles granted).

  --state PATH    a \`pulumi stack export\` file, a local-backend checkpoint, or a directory of them; repeatable
  --map FILE      the responsibility map (default: $SHARED_RESPONSIBILITY_MAP, else this package's responsibility-map/map.yaml)
  --format F      text (default), markdown or json
  -o, --output FILE  write to FILE instead of standard output
  --now DATE      judge the review as of DATE instead of today

JSON (version 1): { version,
  party: { id, name, kind, contract, contacts: [{ name, email, phone|null }], awsAccountIds, azureTenantIds },
  review: { last, cadenceDays, signedOffBy, signedOffOn, nextDue, state: current|due-soon|overdue },
  map, date, states: [file],
  duties: [{ duty, title, share|null, raci: responsible|consulted|null, accountable: { id, name, email }|null,
    sla: { incidentResponse|null, auditLogsOwner|null, regulatorNotifiedBy|null }|null, slaText: [text] }],
  access: [{ file, urn, type, name, kind: aws-role-trust|lighthouse-registration, via: [account or tenant id],
    externalIdRequired: true|false|null, roles: [text] }],
  warnings: [text] }
Exit 0; 2 for an unknown third party (the message lists the known ids) or bad input.`;

export const command: Command = {
  summary: "Show a third party: contacts, contract, review, duty shares, SLA and access held",
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
    if (given === undefined) throw new UsageError(`name the third party (its id in the map).\n\n${USAGE}`);
    if (extra.length > 0)
      throw new UsageError(`name one third party, not ${parsed.positionals.length}; pass state files with --state.\n\n${USAGE}`);
    const format = stringOption(parsed, "format") ?? "text";
    if (!(VENDOR_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${VENDOR_FORMATS.join(", ")}, not "${format}".\n\n${USAGE}`);
    }
    const today = todayOption(parsed);
    const map = loadMapOption(parsed);
    const party = partyNamed(map, given);
    const states = (parsed.values.state ?? []).filter((value): value is string => typeof value === "string");
    const output = stringOption(parsed, "output");
    if (output !== undefined && states.length > 0) refuseOutputOverInput(output, expandStatePaths(states).files, "read");
    writeOutput(parsed, renderVendor(buildVendor(map, party, { today, states }), format as VendorFormat));
    return EXIT_OK;
  },
};
