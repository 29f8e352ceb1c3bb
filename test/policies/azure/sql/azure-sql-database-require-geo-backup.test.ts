import rule from "../../../../policies/azure/sql/azure-sql-database-require-geo-backup";
import { canary, describeRule, UNKNOWN } from "../../../support/rules";
import { database } from "./fixtures";

describeRule(rule, {
  compliant: [
    { title: "database with the Geo default", resources: [database()] },
    { title: "database with requestedBackupStorageRedundancy=Geo", resources: [database({ requestedBackupStorageRedundancy: "Geo" })] },
    {
      title: "database with requestedBackupStorageRedundancy=GeoZone",
      resources: [database({ requestedBackupStorageRedundancy: "GeoZone" })],
    },
  ],
  violating: [
    {
      title: "database with a secret requestedBackupStorageRedundancy that is no redundancy",
      resources: [database({ requestedBackupStorageRedundancy: canary("Geo") })],
      codes: ["single-region-backup"],
    },
    {
      title: "database with requestedBackupStorageRedundancy=Local",
      resources: [database({ requestedBackupStorageRedundancy: "Local" })],
      codes: ["single-region-backup"],
    },
    {
      title: "database with requestedBackupStorageRedundancy=Zone",
      resources: [database({ requestedBackupStorageRedundancy: "Zone" })],
      codes: ["single-region-backup"],
    },
  ],
  notApplicable: [
    {
      title: "geo-secondary database",
      resources: [database({ createMode: "Secondary", requestedBackupStorageRedundancy: "Local" })],
      reason: "The database is a secondary replica, which takes no backups of its own",
    },
    {
      title: "deployed geo-secondary with local backup storage (outputs carry secondaryType, not createMode)",
      resources: [database({ secondaryType: "Geo", requestedBackupStorageRedundancy: "Local" })],
      reason: "The database is a secondary replica, which takes no backups of its own",
    },
  ],
  unknown: [{ title: "backup redundancy computed", resources: [database({ requestedBackupStorageRedundancy: UNKNOWN.string })] }],
});
