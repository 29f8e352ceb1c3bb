import clusterEnableAuditLogs from "./aws-eks-cluster-enable-audit-logs";
import clusterRequireSecretsEncryption from "./aws-eks-cluster-require-secrets-encryption";

export const rules = [clusterRequireSecretsEncryption, clusterEnableAuditLogs];
