import parameterRequireSecurestring from "./aws-ssm-parameter-require-securestring";

export const rules = [parameterRequireSecurestring];
