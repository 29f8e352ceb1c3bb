import clusterEnableAutoMinorUpgrade from "./aws-elasticache-cluster-enable-auto-minor-upgrade";
import replicationGroupEnableBackups from "./aws-elasticache-replicationgroup-enable-backups";
import replicationGroupRequireAuth from "./aws-elasticache-replicationgroup-require-auth";
import replicationGroupRequireEncryption from "./aws-elasticache-replicationgroup-require-encryption";

export const rules = [
  replicationGroupRequireEncryption,
  replicationGroupRequireAuth,
  replicationGroupEnableBackups,
  clusterEnableAutoMinorUpgrade,
];
