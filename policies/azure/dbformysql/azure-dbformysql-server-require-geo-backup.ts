import { flexibleServerGeoBackupRule, MYSQL_FLEXIBLE } from "../support/flexible-server";

// types/input.d.ts dbformysql.BackupArgs: `geoRedundantBackup` "Whether or not geo redundant backup
// is enabled" (EnableStatusEnum Enabled | Disabled); `backupRetentionDays` "Backup retention days for the server".
export default flexibleServerGeoBackupRule({
  name: "azure-dbformysql-server-require-geo-backup",
  displayName: "MySQL flexible servers keep geo-redundant backups long enough",
  description: 'Every MySQL flexible server sets `backup.geoRedundantBackup` to "Enabled" and keeps backups at least the minimum days.',
  engine: MYSQL_FLEXIBLE,
  minimumByClassification: false,
});
