import rule from "../../../../policies/aws/lambda/aws-lambda-permission-disallow-public-invoke";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const permission = (props: Record<string, unknown> = {}) =>
  resource(AWS.lambdaPermission, "orders-invoke", {
    action: "lambda:InvokeFunction",
    function: "orders",
    principal: "s3.amazonaws.com",
    sourceArn: "arn:aws:s3:::uploads-1a2b",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "S3 invoking with a sourceArn", resources: [permission()] },
    { title: "another account invoking", resources: [permission({ principal: "111122223333", sourceArn: undefined })] },
    {
      title: 'principal "*" limited to the organisation',
      resources: [permission({ principal: "*", sourceArn: undefined, principalOrgId: "o-a1b2c3" })],
    },
    {
      title: 'principal "*" limited by sourceAccount',
      resources: [permission({ principal: "*", sourceArn: undefined, sourceAccount: "111122223333" })],
    },
    {
      title: "allow-listed public URL",
      resources: [
        permission({
          action: "lambda:InvokeFunctionUrl",
          principal: "*",
          sourceArn: undefined,
          functionUrlAuthType: "NONE",
          function: "github-webhook",
        }),
      ],
      config: { allowedFunctions: ["*-webhook"] },
    },
  ],
  violating: [
    {
      title: 'principal "*" with no source or organisation',
      resources: [permission({ principal: "*", sourceArn: undefined })],
      codes: ["any-principal"],
      levels: ["mandatory"],
    },
    {
      title: 'principal "*" with an empty sourceArn',
      resources: [permission({ principal: "*", sourceArn: "" })],
      codes: ["any-principal"],
    },
    {
      title: 'principal "*" for an anonymous function URL (advisory)',
      resources: [permission({ action: "lambda:InvokeFunctionUrl", principal: "*", sourceArn: undefined, functionUrlAuthType: "NONE" })],
      codes: ["anonymous-url"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "permission whose principal is computed", resources: [permission({ principal: UNKNOWN.string })] },
    { title: 'principal "*" whose sourceArn is computed', resources: [permission({ principal: "*", sourceArn: UNKNOWN.string })] },
  ],
});
