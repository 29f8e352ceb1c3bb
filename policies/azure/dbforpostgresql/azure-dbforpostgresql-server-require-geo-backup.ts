import { flexibleServerGeoBackupRule, POSTGRES_FLEXIBLE } from "../support/flexible-server";

// types/input.d.ts dbforpostgresql.BackupArgs: `geoRedundantBackup` "Indicates if the server is
// configured to create geographically redundant backups" (GeographicallyRedundantBackup Enabled |
// Disabled); `backupRetentionDays` "Backup retention days for the server".
export default flexibleServerGeoBackupRule({
  name: "azure-dbforpostgresql-server-require-geo-backup",
  displayName: "PostgreSQL flexible servers keep geo-redundant backups long enough",
  description:
    'Every PostgreSQL flexible server sets `backup.geoRedundantBackup` to "Enabled" and keeps backups at least the minimum days.',
  engine: POSTGRES_FLEXIBLE,
  minimumByClassification: true,
});
