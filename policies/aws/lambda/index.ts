import functionDisallowEolRuntime from "./aws-lambda-function-disallow-eol-runtime";

export const rules = [functionDisallowEolRuntime];
