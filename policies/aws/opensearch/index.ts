import domainDisallowPublicAccess from "./aws-opensearch-domain-disallow-public-access";
import domainEnableAuditLogs from "./aws-opensearch-domain-enable-audit-logs";
import domainEnableSoftwareUpdates from "./aws-opensearch-domain-enable-software-updates";
import domainRequireEncryption from "./aws-opensearch-domain-require-encryption";

export const rules = [domainRequireEncryption, domainEnableAuditLogs, domainEnableSoftwareUpdates, domainDisallowPublicAccess];
