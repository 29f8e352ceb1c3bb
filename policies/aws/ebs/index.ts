import volumeRequireEncryption from "./aws-ebs-volume-require-encryption";

export const rules = [volumeRequireEncryption];
