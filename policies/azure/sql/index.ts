import databaseEnableLongTermRetention from "./azure-sql-database-enable-long-term-retention";
import databaseRequireBackupRetention from "./azure-sql-database-require-backup-retention";
import databaseRequireGeoBackup from "./azure-sql-database-require-geo-backup";
import databaseRequireTde from "./azure-sql-database-require-tde";
import firewallRuleDisallowInternetRange from "./azure-sql-firewallrule-disallow-internet-range";
import serverDisallowLeaverAdmin from "./azure-sql-server-disallow-leaver-admin";
import serverEnableAuditing from "./azure-sql-server-enable-auditing";
import serverRequireCmk from "./azure-sql-server-require-cmk";
import serverRequireEntraOnlyAuth from "./azure-sql-server-require-entra-only-auth";
import serverRequireTls from "./azure-sql-server-require-tls";

export const rules = [
  serverDisallowLeaverAdmin,
  serverRequireTls,
  serverRequireEntraOnlyAuth,
  serverEnableAuditing,
  serverRequireCmk,
  databaseRequireTde,
  databaseRequireBackupRetention,
  databaseRequireGeoBackup,
  databaseEnableLongTermRetention,
  firewallRuleDisallowInternetRange,
];
