import accountDisallowAnonymousAccess from "./azure-storage-account-disallow-anonymous-access";
import accountDisallowPublicNetworkAccess from "./azure-storage-account-disallow-public-network-access";
import accountDisallowSharedKey from "./azure-storage-account-disallow-shared-key";
import accountEnableSoftDelete from "./azure-storage-account-enable-soft-delete";
import accountRequireCmk from "./azure-storage-account-require-cmk";
import accountRequireHttps from "./azure-storage-account-require-https";

export const rules = [
  accountRequireHttps,
  accountRequireCmk,
  accountDisallowSharedKey,
  accountEnableSoftDelete,
  accountDisallowAnonymousAccess,
  accountDisallowPublicNetworkAccess,
];
