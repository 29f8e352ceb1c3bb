import parameterRequireKmsKey from "./aws-ssm-parameter-require-kms-key";
import parameterRequireSecurestring from "./aws-ssm-parameter-require-securestring";
import patchBaselineLimitApprovalDelay from "./aws-ssm-patchbaseline-limit-approval-delay";

export const rules = [parameterRequireSecurestring, parameterRequireKmsKey, patchBaselineLimitApprovalDelay];
