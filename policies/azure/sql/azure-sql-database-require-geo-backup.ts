import type { DatabaseArgs } from "@pulumi/azure-native/sql";
import { valueClause } from "../../core/message";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Database = Pick<DatabaseArgs, "requestedBackupStorageRedundancy" | "createMode">;

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
  check(database) {
    const { requestedBackupStorageRedundancy, createMode } = database.props as Database;
    if (createMode === "Secondary" || createMode === "OnlineSecondary") {
      return notApplicable("The database is a secondary replica, which takes no backups of its own");
    }
    const redundancy: unknown = requestedBackupStorageRedundancy;
    if (redundancy === undefined || (typeof redundancy === "string" && GEO.has(redundancy))) return pass;
    return fail(
      `The database keeps backups in one region only: \`requestedBackupStorageRedundancy\` ${valueClause(redundancy, REDUNDANCIES, "backup storage redundancy")}`,
    );
  },
});
