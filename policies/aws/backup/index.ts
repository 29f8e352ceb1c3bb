import planLimitRetention from "./aws-backup-plan-limit-retention";
import planRequireCrossRegionCopy from "./aws-backup-plan-require-cross-region-copy";
import planRequireExpiry from "./aws-backup-plan-require-expiry";
import resourceRequireSelection from "./aws-backup-resource-require-selection";
import vaultEnableLock from "./aws-backup-vault-enable-lock";
import vaultRequireKmsKey from "./aws-backup-vault-require-kms-key";

export const rules = [
  vaultRequireKmsKey,
  vaultEnableLock,
  planLimitRetention,
  planRequireCrossRegionCopy,
  resourceRequireSelection,
  planRequireExpiry,
];
