import rule from "../../../../policies/aws/apigateway/aws-apigateway-stage-enable-execution-logging";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const settings = (values: Record<string, unknown> | undefined) =>
  resource(AWS.apigatewayMethodSettings, "all-methods", {
    restApi: "abc123",
    stageName: "prod",
    methodPath: "*/*",
    settings: values === undefined ? undefined : { metricsEnabled: true, loggingLevel: "ERROR", ...values },
  });

describeRule(rule, {
  compliant: [
    { title: "method settings with loggingLevel=ERROR", resources: [settings({})] },
    { title: "method settings with loggingLevel=INFO", resources: [settings({ loggingLevel: "INFO" })] },
  ],
  violating: [
    {
      title: "method settings with a secret loggingLevel that is no logging level",
      resources: [settings({ loggingLevel: canary() })],
      codes: ["execution-logs-off"],
    },
    {
      title: "method settings with a secret loggingLevel that starts like OFF",
      resources: [settings({ loggingLevel: canary("OFF") })],
      codes: ["execution-logs-off"],
    },
    {
      title: "method settings with loggingLevel=OFF",
      resources: [settings({ loggingLevel: "OFF" })],
      codes: ["execution-logs-off"],
    },
    {
      title: "method settings with loggingLevel unset",
      resources: [settings({ loggingLevel: undefined })],
      codes: ["execution-logs-off"],
    },
  ],
  // The rule applies to every method setting; the provider-side case is built by describeRule.
  notApplicable: [],
  unknown: [{ title: "method settings whose logging level is computed", resources: [settings({ loggingLevel: UNKNOWN.string })] }],
});
