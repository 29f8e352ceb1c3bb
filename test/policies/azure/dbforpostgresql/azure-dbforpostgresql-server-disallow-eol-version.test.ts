import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-disallow-eol-version";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW).
const server = (version: unknown) => resource(AZURE.postgresServer, "orders-db", { resourceGroupName: "rg-app", version });

describeRule(rule, {
  compliant: [
    { title: "PostgreSQL 16 (standard support until 2028-11-09)", resources: [server("16")] },
    { title: "a major the table does not list yet", resources: [server("19")] },
    { title: "PostgreSQL 14 accepted by the allowedVersions option", resources: [server("14")], config: { allowedVersions: ["14"] } },
  ],
  violating: [
    { title: "PostgreSQL 14 (ended 2026-11-12)", resources: [server("14")], codes: ["eol-version"] },
    { title: "PostgreSQL 12 (date unconfirmed)", resources: [server("12")], codes: ["eol-version-unconfirmed"] },
    {
      title: "the message names the version and its end date",
      resources: [server("14")],
      problems: [
        "The server runs version 14, whose Azure Database for PostgreSQL flexible server major version (end of standard support) ended on 2026-11-12",
      ],
    },
  ],
  notApplicable: [
    {
      title: "server without a version",
      resources: [server(undefined)],
      reason: "The server names no `version` (Azure creates it on its current default major version)",
    },
  ],
  unknown: [{ title: "version computed", resources: [server(UNKNOWN.string)] }],
});
