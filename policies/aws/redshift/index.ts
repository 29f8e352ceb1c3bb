import clusterDisallowPublicAccess from "./aws-redshift-cluster-disallow-public-access";
import clusterEnableLogging from "./aws-redshift-cluster-enable-logging";
import clusterEnableVersionUpgrade from "./aws-redshift-cluster-enable-version-upgrade";
import clusterRequireEncryption from "./aws-redshift-cluster-require-encryption";
import clusterRequireManagedPassword from "./aws-redshift-cluster-require-managed-password";
import clusterRequireSnapshotRetention from "./aws-redshift-cluster-require-snapshot-retention";
import clusterRequireTls from "./aws-redshift-cluster-require-tls";

export const rules = [
  clusterRequireEncryption,
  clusterEnableLogging,
  clusterRequireTls,
  clusterRequireSnapshotRetention,
  clusterDisallowPublicAccess,
  clusterEnableVersionUpgrade,
  clusterRequireManagedPassword,
];
