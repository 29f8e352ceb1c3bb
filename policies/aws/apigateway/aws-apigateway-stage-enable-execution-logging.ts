import type { MethodSettingsArgs } from "@pulumi/aws/apigateway";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type MethodSettings = Pick<MethodSettingsArgs, "settings">;

// types/input.d.ts MethodSettingsSettings: `loggingLevel` "The available levels are `OFF`, `ERROR`,
// and `INFO`"; unset is OFF (API Gateway REST API reference, MethodSetting.loggingLevel).
const LOGGING_LEVELS = new Set(["ERROR", "INFO"]);
const KNOWN_LEVELS = ["OFF", ...LOGGING_LEVELS];

export default defineRule({
  name: "aws-apigateway-stage-enable-execution-logging",
  displayName: "REST API stages write execution logs",
  description: "Every API Gateway method setting sets `settings.loggingLevel` to ERROR or INFO.",
  duty: "logging",
  severity: "low",
  resourceTypes: [AWS.apigatewayMethodSettings],
  remediation: 'Set `settings.loggingLevel: "ERROR"` (or `"INFO"`) on the method settings.',
  why: "failed and rejected calls to the API leave no record for investigations",
  controls: { nist: ["AU-2"], pciDss: ["10.2.1"], securityHub: ["APIGateway.1"] },
  problems: { "execution-logs-off": "`settings.loggingLevel` is OFF, unset or not a logging level" },
  check(methodSettings) {
    const { settings } = methodSettings.props as MethodSettings;
    const level = isRecord(settings) ? settings["loggingLevel"] : undefined;
    if (typeof level === "string" && LOGGING_LEVELS.has(level)) return pass;
    return fail(
      level === undefined
        ? "The stage writes no execution logs: `settings.loggingLevel` is not set (it defaults to OFF)"
        : `The stage writes no execution logs: \`settings.loggingLevel\` ${valueClause(level, KNOWN_LEVELS, "logging level")}`,
      { code: "execution-logs-off" },
    );
  },
});
