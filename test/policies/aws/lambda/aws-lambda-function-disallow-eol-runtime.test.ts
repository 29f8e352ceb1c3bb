import rule from "../../../../policies/aws/lambda/aws-lambda-function-disallow-eol-runtime";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The tests' clock is 2026-11-23 (test/support/rules.ts NOW).
const fn = (props: Record<string, unknown>) => resource(AWS.lambdaFunction, "api", { runtime: "nodejs22.x", ...props });
const management = (props: Record<string, unknown>) => resource(AWS.lambdaRuntimeManagementConfig, "api-runtime", props);

describeRule(rule, {
  compliant: [
    { title: "function on nodejs22.x (supported until 2027-04-30)", resources: [fn({})] },
    { title: "function on a runtime the table does not list yet", resources: [fn({ runtime: "nodejs26.x" })] },
    {
      title: "EOL runtime accepted by the allowedRuntimes option",
      resources: [fn({ runtime: "nodejs20.x" })],
      config: { allowedRuntimes: ["nodejs20.x"] },
    },
    { title: "runtime management config left at Auto", resources: [management({ updateRuntimeOn: "Auto" })] },
    { title: "runtime management config with FunctionUpdate", resources: [management({ updateRuntimeOn: "FunctionUpdate" })] },
  ],
  violating: [
    { title: "function on nodejs20.x (ended 2026-04-30)", resources: [fn({ runtime: "nodejs20.x" })], codes: ["eol-runtime"] },
    {
      title: "function on python3.9 with packageType Zip",
      resources: [fn({ runtime: "python3.9", packageType: "Zip" })],
      codes: ["eol-runtime"],
    },
    { title: "function on dotnet6 (date unconfirmed)", resources: [fn({ runtime: "dotnet6" })], codes: ["eol-runtime-unconfirmed"] },
    {
      title: "runtime management config pinned to Manual",
      resources: [management({ updateRuntimeOn: "Manual" })],
      codes: ["manual-runtime-updates"],
    },
    {
      title: "the message names the runtime and its end date",
      resources: [fn({ runtime: "python3.8" })],
      problems: ["The function runs on `python3.8`, whose AWS Lambda runtime support ended on 2024-10-14"],
    },
  ],
  notApplicable: [
    {
      title: "container-image function",
      resources: [fn({ runtime: undefined, packageType: "Image" })],
      reason: "A container-image function brings its own runtime in the image (`packageType` is Image)",
    },
  ],
  unknown: [
    { title: "function whose runtime is computed", resources: [fn({ runtime: UNKNOWN.string })] },
    { title: "runtime management config whose mode is computed", resources: [management({ updateRuntimeOn: UNKNOWN.string })] },
  ],
});
