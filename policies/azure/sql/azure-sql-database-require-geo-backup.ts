import type { DatabaseArgs } from "@pulumi/azure-native/sql";
import { valueClause } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { isSecondaryDatabase } from "../support/arm-ids";

type Database = Pick<DatabaseArgs, "requestedBackupStorageRedundancy">;

/** Unset means Azure's default, Geo. */
const GEO = new Set(["Geo", "GeoZone"]);
const REDUNDANCIES = ["Local", "Zone", ...GEO];

export default defineRule({
  name: "azure-sql-database-require-geo-backup",
  displayName: "SQL databases keep backups geo-redundant",
  description: 'Every Azure SQL database leaves `requestedBackupStorageRedundancy` at the Geo default or sets it to "Geo" or "GeoZone".',
  duty: "backup",
  severity: "medium",
  resourceTypes: [AZURE.sqlDatabase],
  remediation: 'Set `requestedBackupStorageRedundancy: "Geo"` (or "GeoZone") on the database, or leave it unset.',
  why: "a regional outage leaves no backup to restore",
  controls: { nist: ["CP-9"], iso27001: ["A.8.13"], mcsb: ["BR-1", "BR-2"] },
  problems: { "single-region-backup": "the database keeps backups in one region only" },
  check(database) {
    if (isSecondaryDatabase(database)) {
      return notApplicable("The database is a secondary replica, which takes no backups of its own");
    }
    const { requestedBackupStorageRedundancy } = database.props as Database;
    // The SDK gives no default; Azure SQL stores backups geo-redundant (RA-GRS) unless told otherwise
    // (learn.microsoft.com/azure/azure-sql/database/automated-backups-overview, "Backup storage redundancy").
    const redundancy: unknown = requestedBackupStorageRedundancy;
    if (redundancy === undefined || (typeof redundancy === "string" && GEO.has(redundancy))) return pass;
    return fail(
      `The database keeps backups in one region only: \`requestedBackupStorageRedundancy\` ${valueClause(redundancy, REDUNDANCIES, "backup storage redundancy")}`,
      { code: "single-region-backup" },
    );
  },
});
