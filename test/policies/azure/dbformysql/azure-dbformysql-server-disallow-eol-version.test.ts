import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-disallow-eol-version";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW).
const server = (version: unknown) => resource(AZURE.mysqlServer, "orders-db", { resourceGroupName: "rg-app", version });

describeRule(rule, {
  compliant: [
    { title: "MySQL 8.4 (not past any date in the table)", resources: [server("8.4")] },
    { title: "MySQL 8.0.21 accepted by the allowedVersions option", resources: [server("8.0.21")], config: { allowedVersions: ["8.0"] } },
  ],
  violating: [
    { title: "MySQL 5.7", resources: [server("5.7")], codes: ["eol-version-unconfirmed"] },
    { title: "MySQL 8.0.21 (8.0 ended 2026-05-31, unconfirmed)", resources: [server("8.0.21")], codes: ["eol-version-unconfirmed"] },
  ],
  notApplicable: [
    {
      title: "server without a version",
      resources: [server(undefined)],
      reason: "The server names no `version` (Azure creates it on its current default version)",
    },
  ],
  unknown: [{ title: "version computed", resources: [server(UNKNOWN.string)] }],
});
