import type { BackupShortTermRetentionPolicyArgs } from "@pulumi/azure-native/sql";
import { belowRequired, requirement } from "../../core/classification";
import { StackIndex } from "../../core/joins";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { isSecondaryDatabase, ParentIndex } from "../support/arm-ids";
import { DATABASE_LINKS } from "./azure-sql-database-require-tde";

type RetentionPolicy = Pick<BackupShortTermRetentionPolicyArgs, "retentionDays">;

/** Azure SQL keeps point-in-time restore backups for 7 days unless told otherwise. */
const AZURE_DEFAULT_DAYS = 7;

interface Options {
  minimumRetentionDays: number;
}

export default defineStackRule<Options>({
  name: "azure-sql-database-require-backup-retention",
  displayName: "SQL databases keep point-in-time backups long enough",
  description:
    "Every Azure SQL database keeps point-in-time restore backups at least the minimum days, through a BackupShortTermRetentionPolicy or the 7-day Azure default.",
  duty: "backup",
  severity: "medium",
  resourceTypes: [AZURE.sqlDatabase, AZURE.sqlBackupShortTermRetentionPolicy],
  problems: {
    "default-retention-too-short": "The database keeps the 7-day Azure default, below the required days.",
    "retention-too-short": "The database's BackupShortTermRetentionPolicy keeps backups fewer days than required.",
  },
  remediation:
    "Add an `azure-native.sql.BackupShortTermRetentionPolicy` with `serverName` and `databaseName` set to this database and `retentionDays` at least the required minimum.",
  why: "data lost or corrupted earlier than the retention window cannot be restored",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], mcsb: ["BR-1", "BR-2"] },
  options: {
    minimumRetentionDays: { type: "integer", description: "Minimum point-in-time restore retention in days.", default: 7, minimum: 1 },
  },
  checkStack(resources, ctx) {
    const { config } = ctx;
    const index = StackIndex.of(resources);
    const all = index.ofType([AZURE.sqlDatabase]);
    if (all.length === 0) return notApplicable("The stack has no SQL database");
    const parents = new ParentIndex(index, [AZURE.sqlDatabase], DATABASE_LINKS);
    let secondaries = 0;
    // Each database on its own: one whose replica mode, retention or policy's database reference is
    // unknown at preview is undecided, and the others are still judged.
    const violations = judgeEach(all, (database): StackViolation[] | undefined => {
      // Geo-secondaries and named replicas have no backups of their own.
      if (isSecondaryDatabase(database)) {
        secondaries++;
        return undefined;
      }
      const required = requirement(database, ctx, "minBackupRetentionDays", config.minimumRetentionDays);
      const minimum = required.value;
      // The last policy of the database counts, as Azure keeps one per database.
      const policy = parents.childrenOf(database, [AZURE.sqlBackupShortTermRetentionPolicy]).at(-1);
      const days = policy ? (policy.props as RetentionPolicy).retentionDays : undefined;
      const effective = typeof days === "number" ? days : AZURE_DEFAULT_DAYS;
      if (effective >= minimum) return undefined;
      const byDefault = policy === undefined || typeof days !== "number";
      return [
        {
          resource: database,
          code: byDefault ? "default-retention-too-short" : "retention-too-short",
          actual: byDefault
            ? `The database keeps point-in-time backups for the Azure default of ${AZURE_DEFAULT_DAYS} days, ${belowRequired(required)}`
            : `The database keeps point-in-time backups for ${days === 1 ? `${quoted(days)} day` : `${quoted(days)} days`}: \`retentionDays\` is ${quoted(days)}, ${belowRequired(required)}`,
          fix: `Set \`retentionDays\` to at least ${minimum} on a BackupShortTermRetentionPolicy for the database.`,
        },
      ];
    });
    if (secondaries === all.length)
      return notApplicable("Every SQL database in the stack is a secondary replica, which takes no backups of its own");
    return violations;
  },
});
