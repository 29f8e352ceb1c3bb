import clusterDisallowLocalAccounts from "./azure-containerservice-cluster-disallow-local-accounts";
import clusterRequireCmk from "./azure-containerservice-cluster-require-cmk";
import clusterRequireEncryptionAtHost from "./azure-containerservice-cluster-require-encryption-at-host";

export const rules = [clusterDisallowLocalAccounts, clusterRequireEncryptionAtHost, clusterRequireCmk];
