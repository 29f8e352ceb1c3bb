import functionDisallowEolRuntime from "./aws-lambda-function-disallow-eol-runtime";
import functionDisallowPlaintextSecrets from "./aws-lambda-function-disallow-plaintext-secrets";

export const rules = [functionDisallowEolRuntime, functionDisallowPlaintextSecrets];
