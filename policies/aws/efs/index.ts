import fileSystemEnableBackup from "./aws-efs-filesystem-enable-backup";
import fileSystemRequireEncryption from "./aws-efs-filesystem-require-encryption";
import fileSystemRequireKmsKey from "./aws-efs-filesystem-require-kms-key";

export const rules = [fileSystemRequireEncryption, fileSystemRequireKmsKey, fileSystemEnableBackup];
