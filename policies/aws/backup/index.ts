import planLimitRetention from "./aws-backup-plan-limit-retention";
import resourceRequireSelection from "./aws-backup-resource-require-selection";
import vaultEnableLock from "./aws-backup-vault-enable-lock";
import vaultRequireKmsKey from "./aws-backup-vault-require-kms-key";

export const rules = [vaultRequireKmsKey, vaultEnableLock, planLimitRetention, resourceRequireSelection];
