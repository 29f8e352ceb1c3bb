import rule from "../../../../policies/aws/sagemaker/aws-sagemaker-notebookinstance-disallow-deprecated-platform";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const notebook = (props: Record<string, unknown>) =>
  resource(AWS.sagemakerNotebookInstance, "analysis", {
    instanceType: "ml.t3.medium",
    roleArn: "arn:aws:iam::111122223333:role/sagemaker",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "no platform (defaults to notebook-al2-v3)", resources: [notebook({})] },
    { title: "Amazon Linux 2023", resources: [notebook({ platformIdentifier: "notebook-al2023-v1" })] },
  ],
  violating: [
    { title: "Amazon Linux 1", resources: [notebook({ platformIdentifier: "notebook-al1-v1" })], codes: ["deprecated-platform"] },
    {
      title: "the message names the platform",
      resources: [notebook({ platformIdentifier: "notebook-al2-v2" })],
      problems: ["The notebook instance runs the deprecated platform notebook-al2-v2"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "notebook whose platform is computed", resources: [notebook({ platformIdentifier: UNKNOWN.string })] }],
});
