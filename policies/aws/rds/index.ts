import instanceDisallowPublicAccess from "./aws-rds-instance-disallow-public-access";
import instanceEnableAutoMinorUpgrade from "./aws-rds-instance-enable-auto-minor-upgrade";
import instanceEnableLogExports from "./aws-rds-instance-enable-log-exports";
import instanceRequireBackupRetention from "./aws-rds-instance-require-backup-retention";
import instanceRequireDeletionProtection from "./aws-rds-instance-require-deletion-protection";
import instanceRequireEncryption from "./aws-rds-instance-require-encryption";
import instanceRequireIamAuth from "./aws-rds-instance-require-iam-auth";
import instanceRequireKmsKey from "./aws-rds-instance-require-kms-key";
import instanceRequireManagedPassword from "./aws-rds-instance-require-managed-password";
import instanceRequireTls from "./aws-rds-instance-require-tls";

export const rules = [
  instanceRequireEncryption,
  instanceRequireKmsKey,
  instanceRequireBackupRetention,
  instanceRequireDeletionProtection,
  instanceEnableLogExports,
  instanceRequireIamAuth,
  instanceRequireManagedPassword,
  instanceRequireTls,
  instanceDisallowPublicAccess,
  instanceEnableAutoMinorUpgrade,
];
