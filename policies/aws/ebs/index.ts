import accountEnableDefaultEncryption from "./aws-ebs-account-enable-default-encryption";
import volumeRequireEncryption from "./aws-ebs-volume-require-encryption";
import volumeRequireKmsKey from "./aws-ebs-volume-require-kms-key";

export const rules = [volumeRequireEncryption, volumeRequireKmsKey, accountEnableDefaultEncryption];
