import parameterRequireKmsKey from "./aws-ssm-parameter-require-kms-key";
import parameterRequireSecurestring from "./aws-ssm-parameter-require-securestring";

export const rules = [parameterRequireSecurestring, parameterRequireKmsKey];
