import type { FunctionArgs } from "@pulumi/aws/lambda";
import type { lambda } from "@pulumi/aws/types/input";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { type NamedValue, SECRET_PROBLEMS, secretViolations } from "../../core/secret-shapes";
import { AWS } from "../../core/tokens";

type LambdaFunction = Pick<FunctionArgs, "environment">;
type Environment = Pick<lambda.FunctionEnvironment, "variables">;

export default defineRule({
  name: "aws-lambda-function-disallow-plaintext-secrets",
  displayName: "Lambda environment variables hold no plaintext secrets",
  description:
    "No Lambda function environment variable holds a credential or a secret-named literal; secrets come from Secrets Manager or SSM Parameter Store (a reference in the variable) or are Pulumi secrets.",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AWS.lambdaFunction],
  remediation:
    "Store the secret in Secrets Manager or SSM Parameter Store and put its ARN or parameter name in the variable (the function reads it at run time), or at least pass it as a Pulumi secret.",
  why: "environment variables are readable by anyone who may read the function's configuration and sit in the program and its state",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"] },
  problems: SECRET_PROBLEMS,
  check(fn) {
    // SDK FunctionEnvironment.variables: "Map of environment variables available to your Lambda function during execution."
    const { environment } = fn.props as LambdaFunction;
    const variables = isRecord(environment) ? (environment as Environment).variables : undefined;
    if (!isRecord(variables) || Object.keys(variables).length === 0) return notApplicable("The function sets no environment variables");
    const entries: NamedValue[] = Object.keys(variables).map((name) => ({
      path: `environment.variables.${name}`,
      name,
      value: variables[name],
    }));
    return secretViolations(
      entries,
      fn.secrets,
      "Move the value to Secrets Manager or SSM Parameter Store and pass its ARN or name instead.",
    );
  },
});
