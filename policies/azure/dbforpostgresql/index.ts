import firewallRuleDisallowInternetRange from "./azure-dbforpostgresql-firewallrule-disallow-internet-range";
import serverDisallowEolVersion from "./azure-dbforpostgresql-server-disallow-eol-version";
import serverEnableAuditLogs from "./azure-dbforpostgresql-server-enable-audit-logs";
import serverRequireCmk from "./azure-dbforpostgresql-server-require-cmk";
import serverRequireEntraAuth from "./azure-dbforpostgresql-server-require-entra-auth";
import serverRequireGeoBackup from "./azure-dbforpostgresql-server-require-geo-backup";
import serverRequireTls from "./azure-dbforpostgresql-server-require-tls";

export const rules = [
  serverRequireEntraAuth,
  serverRequireGeoBackup,
  serverRequireTls,
  serverEnableAuditLogs,
  serverRequireCmk,
  serverDisallowEolVersion,
  firewallRuleDisallowInternetRange,
];
