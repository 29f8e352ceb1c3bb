import type { FunctionUrlArgs } from "@pulumi/aws/lambda";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ALLOWED_PUBLIC_FUNCTIONS_OPTION, isAllowedFunction } from "../support/exposure";

type Url = Pick<FunctionUrlArgs, "authorizationType">;

interface Config {
  readonly allowedFunctions: readonly string[];
}

export default defineRule<Config>({
  name: "aws-lambda-functionurl-disallow-anonymous-access",
  displayName: "Lambda function URLs require IAM authentication",
  description: "No Lambda function URL sets `authorizationType` to `NONE`, unless its function is allow-listed.",
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.lambdaFunctionUrl],
  remediation:
    'Set `authorizationType: "AWS_IAM"` and sign callers\' requests, or put the function behind API Gateway with an authorizer; allow-list the function if it is public on purpose.',
  why: "anyone who finds the URL can invoke the function without credentials, running its code and its role's permissions",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.3"], securityHub: ["Lambda.1"] },
  options: { allowedFunctions: ALLOWED_PUBLIC_FUNCTIONS_OPTION },
  problems: { "anonymous-url": "`authorizationType` is `NONE`" },
  check(url, ctx) {
    // SDK (lambda.FunctionUrl `authorizationType`, required): "Valid values are `AWS_IAM` and `NONE`".
    const { authorizationType } = url.props as Url;
    if (authorizationType !== "NONE") return [];
    if (isAllowedFunction(url, "functionName", ctx.config.allowedFunctions)) return [];
    return [
      {
        code: "anonymous-url",
        actual: 'The function URL lets anyone invoke the function without credentials: `authorizationType` is "NONE"',
        fix: 'Set `authorizationType: "AWS_IAM"`.',
      },
    ];
  },
});
