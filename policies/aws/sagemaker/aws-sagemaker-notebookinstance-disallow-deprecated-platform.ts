import type { NotebookInstanceArgs } from "@pulumi/aws/sagemaker";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type Notebook = Pick<NotebookInstanceArgs, "platformIdentifier">;

// SDK `platformIdentifier`: "This value can be either `notebook-al1-v1`(deprecated), `notebook-al2-v1`(deprecated),
// `notebook-al2-v2`(deprecated), `notebook-al2-v3`, or `notebook-al2023-v1` ... Defaults to `notebook-al2-v3`."
const DEPRECATED = ["notebook-al1-v1", "notebook-al2-v1", "notebook-al2-v2"];

export default defineRule({
  name: "aws-sagemaker-notebookinstance-disallow-deprecated-platform",
  displayName: "SageMaker notebook instances run a platform that is not deprecated",
  description:
    "No SageMaker notebook instance sets `platformIdentifier` to a deprecated platform (`notebook-al1-v1`, `notebook-al2-v1`, `notebook-al2-v2`).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.sagemakerNotebookInstance],
  remediation: 'Set `platformIdentifier: "notebook-al2023-v1"` (or leave it unset for `notebook-al2-v3`).',
  why: "a deprecated notebook platform runs an operating system and Jupyter stack that no longer get updates",
  controls: { nist: ["SI-2", "SA-22"], iso27001: ["A.8.8"], securityHub: ["SageMaker.8"] },
  problems: { "deprecated-platform": "`platformIdentifier` names a platform the SDK marks deprecated" },
  check(notebook) {
    const { platformIdentifier } = notebook.props as Notebook;
    if (typeof platformIdentifier !== "string" || !DEPRECATED.includes(platformIdentifier)) return pass;
    return fail(`The notebook instance runs the deprecated platform ${platformIdentifier}`, { code: "deprecated-platform" });
  },
});
