import type { LongTermRetentionPolicyArgs } from "@pulumi/azure-native/sql";
import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
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
  problems: {
    "no-retention-policy": "No LongTermRetentionPolicy refers to the database.",
    "retention-off": "The database's LongTermRetentionPolicy keeps no weekly, monthly or yearly backups.",
  },
  remediation:
    'Add an `azure-native.sql.LongTermRetentionPolicy` with `serverName` and `databaseName` set to this database and `weeklyRetention: "P4W"` and/or `monthlyRetention: "P12M"`.',
  why: "data lost or corrupted earlier than the point-in-time window cannot be restored",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], mcsb: ["BR-1", "BR-2"], azurePolicy: ["d38fc420-0735-4ef3-ac11-c806f651a570"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const all = index.ofType([AZURE.sqlDatabase]);
    if (all.length === 0) return notApplicable("The stack has no SQL database");
    const policies = new ChildIndex(index, [AZURE.sqlDatabase], DATABASE_LINKS);
    let secondaries = 0;
    // Each database on its own: one whose replica mode, policies or their database reference is
    // unknown at preview is undecided, and the others are still judged.
    const violations = judgeEach(all, (database): StackViolation[] | undefined => {
      // Geo-secondaries (and named/standby replicas) have no backups of their own.
      if (isSecondaryDatabase(database)) {
        secondaries++;
        return undefined;
      }
      const own = policies.childrenOf(database, POLICY_TYPES);
      const kept = own.some((policy) => {
        const { weeklyRetention, monthlyRetention, yearlyRetention } = policy.props as RetentionPolicy;
        return keeps(weeklyRetention) || keeps(monthlyRetention) || keeps(yearlyRetention);
      });
      if (kept) return undefined;
      return [
        own.length === 0
          ? {
              resource: database,
              code: "no-retention-policy",
              actual: "The database keeps no long-term backups: no LongTermRetentionPolicy refers to it",
            }
          : {
              resource: database,
              code: "retention-off",
              actual:
                "The database keeps no long-term backups: its LongTermRetentionPolicy leaves `weeklyRetention`, `monthlyRetention` and `yearlyRetention` unset or PT0S",
            },
      ];
    });
    if (secondaries === all.length)
      return notApplicable("Every SQL database in the stack is a secondary replica, which takes no backups of its own");
    return violations;
  },
});
