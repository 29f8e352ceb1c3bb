import secretEnableRotation from "./aws-secretsmanager-secret-enable-rotation";
import secretRequireKmsKey from "./aws-secretsmanager-secret-require-kms-key";

export const rules = [secretRequireKmsKey, secretEnableRotation];
