import rule from "../../../../policies/aws/lambda/aws-lambda-functionurl-disallow-anonymous-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const url = (props: Record<string, unknown> = {}) =>
  resource(AWS.lambdaFunctionUrl, "orders-url", { functionName: "orders", authorizationType: "AWS_IAM", ...props });

describeRule(rule, {
  compliant: [
    { title: "function URL with authorizationType=AWS_IAM", resources: [url()] },
    {
      title: "allow-listed webhook with authorizationType=NONE",
      resources: [url({ functionName: "github-webhook", authorizationType: "NONE" })],
      config: { allowedFunctions: ["*-webhook"] },
    },
  ],
  violating: [
    { title: "function URL with authorizationType=NONE", resources: [url({ authorizationType: "NONE" })], codes: ["anonymous-url"] },
    {
      title: "anonymous function URL that the allow-list does not name",
      resources: [url({ authorizationType: "NONE" })],
      config: { allowedFunctions: ["*-webhook"] },
      codes: ["anonymous-url"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "function URL whose authorizationType is computed", resources: [url({ authorizationType: UNKNOWN.string })] },
    {
      title: "anonymous URL whose function name is computed, with an allow-list",
      resources: [url({ authorizationType: "NONE", functionName: UNKNOWN.string })],
      config: { allowedFunctions: ["*-webhook"] },
    },
  ],
});
