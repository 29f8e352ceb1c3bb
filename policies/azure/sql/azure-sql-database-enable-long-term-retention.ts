import type { LongTermRetentionPolicyArgs } from "@pulumi/azure-native/sql";
import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { isSecondaryDatabase } from "../support/arm-ids";
import { ChildIndex } from "../support/child-index";
import { DATABASE_LINKS } from "./azure-sql-database-require-tde";

type RetentionPolicy = Pick<LongTermRetentionPolicyArgs, "weeklyRetention" | "monthlyRetention" | "yearlyRetention">;

const POLICY_TYPES = [AZURE.sqlLongTermRetentionPolicy, AZURE.sqlBackupLongTermRetentionPolicy];

/** A retention duration that keeps backups: set, and not Azure's "PT0S" for off. */
function keeps(duration: unknown): boolean {
  return typeof duration === "string" && duration !== "" && duration.toUpperCase() !== "PT0S";
}

export default defineStackRule({
  name: "azure-sql-database-enable-long-term-retention",
  displayName: "SQL databases keep long-term backups",
  description:
    "Every Azure SQL database that is not a secondary replica has a LongTermRetentionPolicy (or BackupLongTermRetentionPolicy) that keeps weekly, monthly or yearly backups.",
  duty: "backup",
  severity: "low",
  resourceTypes: [AZURE.sqlDatabase, ...POLICY_TYPES],
  remediation:
    'Add an `azure-native.sql.LongTermRetentionPolicy` with `serverName` and `databaseName` set to this database and `weeklyRetention: "P4W"` and/or `monthlyRetention: "P12M"`.',
  why: "data lost or corrupted earlier than the point-in-time window cannot be restored",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], mcsb: ["BR-1", "BR-2"], azurePolicy: ["d38fc420-0735-4ef3-ac11-c806f651a570"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const all = index.ofType([AZURE.sqlDatabase]);
    if (all.length === 0) return notApplicable("The stack has no SQL database");
    // Geo-secondaries (and named/standby replicas) have no backups of their own.
    const databases = all.filter((database) => !isSecondaryDatabase(database));
    if (databases.length === 0)
      return notApplicable("Every SQL database in the stack is a secondary replica, which takes no backups of its own");
    const policies = new ChildIndex(index, [AZURE.sqlDatabase], DATABASE_LINKS).group(index, POLICY_TYPES);
    const violations: StackViolation[] = [];
    for (const database of databases) {
      const own = policies.get(database.urn) ?? [];
      const kept = own.some((policy) => {
        const { weeklyRetention, monthlyRetention, yearlyRetention } = policy.props as RetentionPolicy;
        return keeps(weeklyRetention) || keeps(monthlyRetention) || keeps(yearlyRetention);
      });
      if (kept) continue;
      violations.push({
        resource: database,
        actual:
          own.length === 0
            ? "The database keeps no long-term backups: no LongTermRetentionPolicy refers to it"
            : "The database keeps no long-term backups: its LongTermRetentionPolicy leaves `weeklyRetention`, `monthlyRetention` and `yearlyRetention` unset or PT0S",
      });
    }
    return violations;
  },
});
