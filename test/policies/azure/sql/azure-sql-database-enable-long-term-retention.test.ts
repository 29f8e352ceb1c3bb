import rule from "../../../../policies/azure/sql/azure-sql-database-enable-long-term-retention";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";
import {
  DATABASE_ID,
  database,
  databaseChild,
  deployedDatabase,
  deployedDatabaseChild,
  otherDatabase,
  otherDatabaseChild,
} from "./fixtures";

const policy = (props: Record<string, unknown>, type: string = AZURE.sqlLongTermRetentionPolicy) =>
  databaseChild(type, "orders-ltr", { policyName: "default", weeklyRetention: "P4W", ...props });
const deployedPolicy = (props: Record<string, unknown>) =>
  deployedDatabaseChild(AZURE.sqlLongTermRetentionPolicy, "backupLongTermRetentionPolicies/default", {
    weeklyRetention: "P4W",
    monthlyRetention: "PT0S",
    yearlyRetention: "PT0S",
    weekOfYear: 0,
    ...props,
  });
/** Deployed outputs without `serverName`/`databaseName`: joined by the id alone. */
const idOnlyPolicy = (props: Record<string, unknown>, databaseId = DATABASE_ID) =>
  resource(
    AZURE.sqlLongTermRetentionPolicy,
    "orders-ltr-deployed",
    { name: "default", weeklyRetention: "P4W", monthlyRetention: "PT0S", ...props },
    { id: `${databaseId}/backupLongTermRetentionPolicies/default` },
  );

describeRule(rule, {
  compliant: [
    { title: "database with weekly retention (preview)", resources: [database(), policy({})] },
    {
      title: "database with monthly retention through BackupLongTermRetentionPolicy",
      resources: [database(), policy({ weeklyRetention: undefined, monthlyRetention: "P12M" }, AZURE.sqlBackupLongTermRetentionPolicy)],
    },
    { title: "deployed database with weekly retention", resources: [deployedDatabase(), deployedPolicy({})] },
    {
      title: "policy with only yearly retention",
      resources: [database(), policy({ weeklyRetention: undefined, yearlyRetention: "P5Y", weekOfYear: 1 })],
    },
    { title: "deployed policy joined by its id alone", resources: [deployedDatabase(), idOnlyPolicy({ monthlyRetention: "P6M" })] },
  ],
  violating: [
    {
      title: "database without a policy, an explicit failure next to a database whose weekly retention is computed",
      resources: [
        database(),
        otherDatabase(),
        otherDatabaseChild(AZURE.sqlLongTermRetentionPolicy, "users-ltr", { policyName: "default", weeklyRetention: UNKNOWN.string }),
      ],
      codes: ["no-retention-policy"],
      undecided: ["users"],
    },
    { title: "database without a policy", resources: [database()], codes: ["no-retention-policy"] },
    {
      title: "policy with every retention PT0S",
      resources: [database(), policy({ weeklyRetention: "PT0S", monthlyRetention: "PT0S", yearlyRetention: "PT0S" })],
      codes: ["retention-off"],
    },
    {
      title: "primary flagged, its geo-secondary (deployed, secondaryType=Geo) not",
      resources: [
        deployedDatabase(),
        resource(AZURE.sqlDatabase, "orders-dr", { name: "orders" }, { id: DATABASE_ID.replace("sql-app", "sql-dr") }),
        resource(
          AZURE.sqlDatabase,
          "orders-geo",
          { name: "orders", secondaryType: "Geo" },
          { id: DATABASE_ID.replace("sql-app", "sql-geo") },
        ),
      ],
      codes: ["no-retention-policy", "no-retention-policy"],
    },
    {
      title: "deployed policy with weeklyRetention=PT0S",
      resources: [deployedDatabase(), deployedPolicy({ weeklyRetention: "PT0S" })],
      codes: ["retention-off"],
    },
    {
      title: "deployed policy of another database",
      resources: [deployedDatabase(), idOnlyPolicy({}, DATABASE_ID.replace("orders", "billing"))],
      codes: ["no-retention-policy"],
    },
  ],
  notApplicable: [
    { title: "stack without SQL databases", resources: [policy({})], reason: "The stack has no SQL database" },
    {
      title: "stack whose only database is a geo-secondary",
      resources: [database({ createMode: "Secondary" })],
      reason: "Every SQL database in the stack is a secondary replica, which takes no backups of its own",
    },
    {
      title: "stack whose only database is a deployed geo-secondary (outputs: secondaryType, no createMode)",
      resources: [deployedDatabase({ secondaryType: "Geo" })],
      reason: "Every SQL database in the stack is a secondary replica, which takes no backups of its own",
    },
    {
      title: "stack whose only database is a named replica (preview)",
      resources: [database({ createMode: "Secondary", secondaryType: "Named" })],
      reason: "Every SQL database in the stack is a secondary replica, which takes no backups of its own",
    },
  ],
  unknown: [
    { title: "weekly retention computed", resources: [database(), policy({ weeklyRetention: UNKNOWN.string })], undecided: ["orders"] },
  ],
});
