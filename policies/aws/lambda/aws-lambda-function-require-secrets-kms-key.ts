import type { FunctionArgs } from "@pulumi/aws/lambda";
import type { lambda } from "@pulumi/aws/types/input";
import { isRecord } from "../../core/resource";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { isSecretLikeName, isSecretReference } from "../../core/secret-shapes";
import { marked } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type LambdaFunction = Pick<FunctionArgs, "environment" | "kmsKeyArn">;
type Environment = Pick<lambda.FunctionEnvironment, "variables">;

export default defineRule({
  name: "aws-lambda-function-require-secrets-kms-key",
  displayName: "Lambda functions with secrets in their environment use a KMS key of their own",
  description:
    "Every Lambda function with an environment variable whose secret-like name holds a value (not a reference to Secrets Manager or SSM, even a Pulumi secret) sets `kmsKeyArn`, so reading the variables takes `kms:Decrypt` on a key the customer controls.",
  duty: "secrets-hygiene",
  severity: "medium",
  resourceTypes: [AWS.lambdaFunction],
  remediation:
    "Set `kmsKeyArn` to a customer managed KMS key whose policy grants `kms:Decrypt` only to the function's role, or better, move the secret to Secrets Manager and pass its ARN.",
  why: "with the AWS managed key anyone allowed to read the function's configuration reads its secrets in plain text",
  controls: { nist: ["IA-5(7)", "SC-12"], pciDss: ["8.6.2"], iso27001: ["A.5.17"] },
  problems: { "secrets-default-key": "secret environment variables are encrypted only with the AWS managed key (advisory)" },
  check(fn) {
    const { environment } = fn.props as LambdaFunction;
    const variables = isRecord(environment) ? (environment as Environment).variables : undefined;
    if (!isRecord(variables)) return notApplicable("The function sets no environment variables");
    const secretNames = Object.keys(variables).filter((name) => {
      if (!isSecretLikeName(name)) return false;
      const value = variables[name];
      // A Pulumi secret counts whatever it holds (state keeps it as ciphertext the audit cannot read, so
      // its plain text must not decide); a plain value counts unless it references a secret store.
      if (typeof value !== "string") return value !== undefined && value !== null;
      return value !== "" && (fn.secrets?.has(value) === true || !isSecretReference(value));
    });
    if (secretNames.length === 0) return notApplicable("No environment variable with a secret-like name holds a value");
    // SDK kmsKeyArn: "If not provided when environment variables are in use, AWS Lambda uses a default
    // service key." Presence is enough (a key created in the same stack is unknown during preview).
    const key: unknown = Object.getOwnPropertyDescriptor(fn.props, "kmsKeyArn")?.value;
    if (key !== undefined && key !== null && key !== "") return pass;
    const shown = secretNames.map((name) => `\`${marked(name)}\``).join(", ");
    return fail(`The function keeps secret-like environment variables (${shown}) under the AWS managed key: \`kmsKeyArn\` is not set`, {
      code: "secrets-default-key",
      advisory: true,
    });
  },
});
