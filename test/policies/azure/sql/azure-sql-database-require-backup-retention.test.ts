import rule from "../../../../policies/azure/sql/azure-sql-database-require-backup-retention";
import { AZURE } from "../../../../policies/core/tokens";
import { describeLevels, withoutClassification } from "../../../support/classification";
import { describeRule, type RuleCases, UNKNOWN } from "../../../support/rules";
import { database, databaseChild, deployedDatabase, deployedDatabaseChild, otherDatabase, otherDatabaseChild } from "./fixtures";

const policy = (retentionDays: unknown) => databaseChild(AZURE.sqlBackupShortTermRetentionPolicy, "orders-pitr", { retentionDays });
const deployedPolicy = (retentionDays: unknown) =>
  deployedDatabaseChild(AZURE.sqlBackupShortTermRetentionPolicy, "backupShortTermRetentionPolicies/default", { retentionDays });

const cases: RuleCases = {
  compliant: [
    { title: "database without a policy keeps the 7-day default", resources: [database()] },
    {
      title: "database with retentionDays=14 and a 14-day option (preview)",
      resources: [database(), policy(14)],
      config: { minimumRetentionDays: 14 },
    },
    {
      title: "deployed database with retentionDays=35",
      resources: [deployedDatabase(), deployedPolicy(35)],
      config: { minimumRetentionDays: 30 },
    },
  ],
  violating: [
    {
      title: "database with retentionDays=1, an explicit failure next to a database whose retention is computed",
      resources: [
        database(),
        policy(1),
        otherDatabase(),
        otherDatabaseChild(AZURE.sqlBackupShortTermRetentionPolicy, "users-pitr", { retentionDays: UNKNOWN.number }),
      ],
      codes: ["retention-too-short"],
      undecided: ["users"],
    },
    {
      title: "database without a policy when 14 days are required",
      resources: [database()],
      config: { minimumRetentionDays: 14 },
      codes: ["default-retention-too-short"],
    },
    {
      title: "database with retentionDays=1",
      resources: [database(), policy(1)],
      codes: ["retention-too-short"],
    },
    {
      title: "deployed database with retentionDays=3",
      resources: [deployedDatabase(), deployedPolicy(3)],
      codes: ["retention-too-short"],
    },
  ],
  notApplicable: [
    { title: "stack without SQL databases", resources: [], reason: "The stack has no SQL database" },
    {
      title: "geo-secondary database",
      resources: [database({ createMode: "Secondary" })],
      reason: "Every SQL database in the stack is a secondary replica, which takes no backups of its own",
    },
    {
      title: "stack whose only database is a deployed geo-secondary (secondaryType=Geo)",
      resources: [deployedDatabase({ secondaryType: "Geo" })],
      reason: "Every SQL database in the stack is a secondary replica, which takes no backups of its own",
    },
  ],
  unknown: [{ title: "retention computed", resources: [database(), policy(UNKNOWN.number)], undecided: ["orders"] }],
};

// These cases pin the rule under its own options; describeLevels below runs it under the map's levels.
describeRule(rule, withoutClassification(cases));

describeLevels(rule, {
  title: "database with no short-term retention policy (Azure keeps 7 days)",
  resources: (tags) => [database({ tags })],
  expected: {
    public: [],
    internal: [],
    confidential: ["default-retention-too-short"],
    restricted: ["default-retention-too-short"],
  },
});
