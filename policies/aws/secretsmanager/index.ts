import secretEnableRotation from "./aws-secretsmanager-secret-enable-rotation";
import secretRequireKmsKey from "./aws-secretsmanager-secret-require-kms-key";
import secretVersionRequireWriteOnlyValue from "./aws-secretsmanager-secretversion-require-write-only-value";

export const rules = [secretRequireKmsKey, secretEnableRotation, secretVersionRequireWriteOnlyValue];
