import firewallRuleDisallowInternetRange from "./azure-dbformysql-firewallrule-disallow-internet-range";
import serverDisallowEolVersion from "./azure-dbformysql-server-disallow-eol-version";
import serverEnableAuditLogs from "./azure-dbformysql-server-enable-audit-logs";
import serverRequireCmk from "./azure-dbformysql-server-require-cmk";
import serverRequireEntraAuth from "./azure-dbformysql-server-require-entra-auth";
import serverRequireGeoBackup from "./azure-dbformysql-server-require-geo-backup";
import serverRequireTls from "./azure-dbformysql-server-require-tls";

export const rules = [
  serverRequireGeoBackup,
  serverRequireTls,
  serverRequireEntraAuth,
  serverEnableAuditLogs,
  serverRequireCmk,
  serverDisallowEolVersion,
  firewallRuleDisallowInternetRange,
];
