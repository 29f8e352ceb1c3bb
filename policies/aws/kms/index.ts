import keyEnableRotation from "./aws-kms-key-enable-rotation";
import keyLimitDeletionRisk from "./aws-kms-key-limit-deletion-risk";

export const rules = [keyEnableRotation, keyLimitDeletionRisk];
