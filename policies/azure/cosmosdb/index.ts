import accountDisallowLocalAuth from "./azure-cosmosdb-account-disallow-local-auth";
import accountDisallowPublicNetworkAccess from "./azure-cosmosdb-account-disallow-public-network-access";
import accountRequireCmk from "./azure-cosmosdb-account-require-cmk";
import accountRequireContinuousBackup from "./azure-cosmosdb-account-require-continuous-backup";
import accountRequireTls from "./azure-cosmosdb-account-require-tls";

export const rules = [
  accountDisallowLocalAuth,
  accountRequireContinuousBackup,
  accountRequireTls,
  accountRequireCmk,
  accountDisallowPublicNetworkAccess,
];
