import type { NotebookInstanceArgs } from "@pulumi/aws/sagemaker";
import { defineRule } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Notebook = Pick<NotebookInstanceArgs, "directInternetAccess">;

export default defineRule({
  name: "aws-sagemaker-notebookinstance-disallow-direct-internet-access",
  displayName: "SageMaker notebook instances have no direct internet access",
  description: 'Every SageMaker notebook instance sets `directInternetAccess` to "Disabled".',
  duty: "network-exposure",
  severity: "medium",
  resourceTypes: [AWS.sagemakerNotebookInstance],
  remediation:
    'Set `directInternetAccess: "Disabled"` with `subnetId` and `securityGroups`, and give the VPC a NAT gateway or VPC endpoints for what the notebook needs.',
  why: "the notebook, holding data and credentials, talks to the internet outside the VPC's controls",
  controls: { nist: ["SC-7"], pciDss: ["1.4.4"], iso27001: ["A.8.20"], securityHub: ["SageMaker.1"] },
  problems: { "direct-internet-access": '`directInternetAccess` is "Enabled" or unset (default Enabled)' },
  check(notebook) {
    // SDK (sagemaker.NotebookInstance `directInternetAccess`): "Supported values: `Enabled` (Default) or `Disabled`".
    const { directInternetAccess } = notebook.props as Notebook;
    if (directInternetAccess === "Disabled") return [];
    return [
      {
        code: "direct-internet-access",
        actual:
          directInternetAccess === undefined || directInternetAccess === null
            ? "The notebook instance reaches the internet directly: `directInternetAccess` is not set (it defaults to Enabled)"
            : 'The notebook instance reaches the internet directly: `directInternetAccess` is not "Disabled"',
        fix: 'Set `directInternetAccess: "Disabled"`.',
      },
    ];
  },
});
