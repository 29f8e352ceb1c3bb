import clusterDisallowLeaverAdmin from "./azure-containerservice-cluster-disallow-leaver-admin";
import clusterDisallowLocalAccounts from "./azure-containerservice-cluster-disallow-local-accounts";
import clusterDisallowPublicApiServer from "./azure-containerservice-cluster-disallow-public-api-server";
import clusterEnableAutoUpgrade from "./azure-containerservice-cluster-enable-auto-upgrade";
import clusterRequireCmk from "./azure-containerservice-cluster-require-cmk";
import clusterRequireEncryptionAtHost from "./azure-containerservice-cluster-require-encryption-at-host";

export const rules = [
  clusterDisallowLeaverAdmin,
  clusterDisallowLocalAccounts,
  clusterEnableAutoUpgrade,
  clusterRequireEncryptionAtHost,
  clusterRequireCmk,
  clusterDisallowPublicApiServer,
];
