import type { FunctionArgs, RuntimeManagementConfigArgs } from "@pulumi/aws/lambda";
import { isPastSupport, LIFECYCLE, lifecycleOf } from "../../core/lifecycle";
import { defineRule, fail, notApplicable, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type LambdaFunction = Pick<FunctionArgs, "packageType" | "runtime">;
type RuntimeManagement = Pick<RuntimeManagementConfigArgs, "updateRuntimeOn">;

interface Config {
  readonly allowedRuntimes: readonly string[];
}

export default defineRule<Config>({
  name: "aws-lambda-function-disallow-eol-runtime",
  displayName: "Lambda functions run on a runtime AWS still patches",
  description:
    "Every zip-packaged Lambda function uses a runtime before its end-of-support date in the pack's lifecycle table, and no runtime management config pins the runtime version (`updateRuntimeOn: Manual`).",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AWS.lambdaFunction, AWS.lambdaRuntimeManagementConfig],
  remediation: "Move the function to a supported `runtime` (e.g. `nodejs22.x` or `python3.13`) and leave `updateRuntimeOn` at `Auto`.",
  why: "after its end of support AWS no longer applies security patches to the runtime, so known flaws stay in every invocation",
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], securityHub: ["Lambda.2"] },
  options: {
    allowedRuntimes: {
      type: "array",
      description: "Runtimes accepted even after their end-of-support date (an approved, time-boxed exception).",
      default: [],
      items: { type: "string" },
      uniqueItems: true,
    },
  },
  problems: {
    "eol-runtime": "the function's runtime is past its end of support",
    "eol-runtime-unconfirmed": "the runtime is past an end-of-support date the table marks as unconfirmed",
    "manual-runtime-updates": "the runtime version is pinned (`updateRuntimeOn: Manual`)",
  },
  check(resource, ctx) {
    if (resource.type === AWS.lambdaRuntimeManagementConfig) {
      // SDK: "Runtime update mode. Valid values are `Auto`, `FunctionUpdate`, and `Manual`... the default mode is `Auto`."
      const { updateRuntimeOn } = resource.props as RuntimeManagement;
      if (updateRuntimeOn !== "Manual") return pass;
      return fail("The function's runtime version is pinned: `updateRuntimeOn` is `Manual`, so Lambda applies no runtime patches", {
        code: "manual-runtime-updates",
        fix: "Set `updateRuntimeOn` to `Auto` (or `FunctionUpdate`) and drop `runtimeVersionArn`.",
      });
    }
    // SDK: `packageType` "Valid values are `Zip` and `Image`. Defaults to `Zip`."; `runtime` "Required if `packageType` is `Zip`".
    const { packageType } = resource.props as LambdaFunction;
    if (packageType === "Image")
      return notApplicable("A container-image function brings its own runtime in the image (`packageType` is Image)");
    const { runtime } = resource.props as LambdaFunction;
    if (typeof runtime !== "string" || runtime === "") return notApplicable("The function names no `runtime`");
    if (ctx.config.allowedRuntimes.includes(runtime)) return pass;
    const row = lifecycleOf("lambdaRuntime", runtime);
    if (!isPastSupport(row, ctx.now)) return pass;
    const verified = row.verify !== true;
    return fail(
      `The function runs on \`${runtime}\`, whose ${LIFECYCLE.lambdaRuntime.name} support ended on ${row.endOfSupport}${verified ? "" : " (date unconfirmed)"}`,
      verified ? { code: "eol-runtime" } : { code: "eol-runtime-unconfirmed", advisory: true },
    );
  },
});
