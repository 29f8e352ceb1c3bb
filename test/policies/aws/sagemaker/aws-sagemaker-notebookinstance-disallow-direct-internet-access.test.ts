import rule from "../../../../policies/aws/sagemaker/aws-sagemaker-notebookinstance-disallow-direct-internet-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const notebook = (props: Record<string, unknown> = {}) =>
  resource(AWS.sagemakerNotebookInstance, "analysis", {
    instanceType: "ml.t3.medium",
    roleArn: "arn:aws:iam::111122223333:role/sagemaker",
    subnetId: "subnet-1",
    securityGroups: ["sg-1"],
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: 'notebook with directInternetAccess="Disabled"', resources: [notebook({ directInternetAccess: "Disabled" })] }],
  violating: [
    { title: "notebook leaving directInternetAccess unset (default Enabled)", resources: [notebook()], codes: ["direct-internet-access"] },
    {
      title: 'notebook with directInternetAccess="Enabled"',
      resources: [notebook({ directInternetAccess: "Enabled" })],
      codes: ["direct-internet-access"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "notebook whose directInternetAccess is computed", resources: [notebook({ directInternetAccess: UNKNOWN.string })] }],
});
