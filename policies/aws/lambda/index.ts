import functionDisallowEolRuntime from "./aws-lambda-function-disallow-eol-runtime";
import functionDisallowPlaintextSecrets from "./aws-lambda-function-disallow-plaintext-secrets";
import functionRequireSecretsKmsKey from "./aws-lambda-function-require-secrets-kms-key";
import functionUrlDisallowAnonymousAccess from "./aws-lambda-functionurl-disallow-anonymous-access";
import permissionDisallowPublicInvoke from "./aws-lambda-permission-disallow-public-invoke";

export const rules = [
  functionDisallowEolRuntime,
  functionUrlDisallowAnonymousAccess,
  permissionDisallowPublicInvoke,
  functionDisallowPlaintextSecrets,
  functionRequireSecretsKmsKey,
];
