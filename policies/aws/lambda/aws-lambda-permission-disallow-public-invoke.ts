import type { PermissionArgs } from "@pulumi/aws/lambda";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { ALLOWED_PUBLIC_FUNCTIONS_OPTION, isAllowedFunction } from "../support/exposure";

type Permission = Pick<PermissionArgs, "principal" | "functionUrlAuthType" | "sourceArn" | "sourceAccount" | "principalOrgId">;

interface Config {
  readonly allowedFunctions: readonly string[];
}

function isSet(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

export default defineRule<Config>({
  name: "aws-lambda-permission-disallow-public-invoke",
  displayName: "Lambda permissions do not let everyone invoke a function",
  description:
    'No Lambda permission grants `principal: "*"` without `sourceArn`, `sourceAccount` or `principalOrgId`, nor for a function URL with `functionUrlAuthType: "NONE"`, unless its function is allow-listed.',
  duty: "network-exposure",
  severity: "high",
  resourceTypes: [AWS.lambdaPermission],
  remediation:
    'Name the service or account in `principal` and, for a service, the calling resource in `sourceArn` (and `sourceAccount`), or limit `"*"` to your organisation with `principalOrgId`.',
  why: "any AWS account, or anyone at all through a function URL, can invoke the function and use its role's permissions",
  controls: { nist: ["AC-3", "SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.3"], securityHub: ["Lambda.1"] },
  options: { allowedFunctions: ALLOWED_PUBLIC_FUNCTIONS_OPTION },
  problems: {
    "any-principal": '`principal` is "*" with no `sourceArn`, `sourceAccount` or `principalOrgId`',
    "anonymous-url": '`principal` is "*" for a function URL whose `functionUrlAuthType` is `NONE`',
  },
  check(permission, ctx) {
    // SDK (lambda.Permission): `principal` the "AWS service or account that invokes the function";
    // `functionUrlAuthType` "Valid values: `AWS_IAM` or `NONE`"; `sourceArn`, `sourceAccount` and
    // `principalOrgId` narrow who may invoke.
    const props = permission.props as Permission;
    if (props.principal !== "*") return [];
    if (props.functionUrlAuthType === "NONE") {
      if (isAllowedFunction(permission, "function", ctx.config.allowedFunctions)) return [];
      return [
        {
          code: "anonymous-url",
          actual:
            'The permission lets anyone invoke the function\'s URL without credentials: `principal` is "*" and `functionUrlAuthType` is "NONE"',
          fix: 'Set `functionUrlAuthType: "AWS_IAM"` (and the function URL\'s `authorizationType` to match).',
          // A public URL may be deliberate (a webhook); the function URL rule gives the same advice.
          advisory: true,
        },
      ];
    }
    if (isSet(props.sourceArn) || isSet(props.sourceAccount) || isSet(props.principalOrgId)) return [];
    if (isAllowedFunction(permission, "function", ctx.config.allowedFunctions)) return [];
    return [
      {
        code: "any-principal",
        actual:
          'The permission lets any AWS account invoke the function: `principal` is "*" with no `sourceArn`, `sourceAccount` or `principalOrgId`',
      },
    ];
  },
});
