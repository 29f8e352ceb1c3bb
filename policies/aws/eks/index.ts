import clusterDisallowEolVersion from "./aws-eks-cluster-disallow-eol-version";
import clusterDisallowPublicEndpoint from "./aws-eks-cluster-disallow-public-endpoint";
import clusterEnableAuditLogs from "./aws-eks-cluster-enable-audit-logs";
import clusterRequireSecretsEncryption from "./aws-eks-cluster-require-secrets-encryption";
import nodeGroupDisallowOpenRemoteAccess from "./aws-eks-nodegroup-disallow-open-remote-access";
import nodeGroupRequireClusterVersion from "./aws-eks-nodegroup-require-cluster-version";

export const rules = [
  clusterRequireSecretsEncryption,
  clusterEnableAuditLogs,
  clusterDisallowPublicEndpoint,
  nodeGroupDisallowOpenRemoteAccess,
  clusterDisallowEolVersion,
  nodeGroupRequireClusterVersion,
];
