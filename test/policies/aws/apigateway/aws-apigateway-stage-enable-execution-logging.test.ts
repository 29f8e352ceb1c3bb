import rule from "../../../../policies/aws/apigateway/aws-apigateway-stage-enable-execution-logging";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["The stage writes no execution logs: `settings.loggingLevel` is not a recognised logging level"],
    },
    {
      title: "method settings with a secret loggingLevel that starts like OFF",
      resources: [settings({ loggingLevel: canary("OFF") })],
      problems: ["The stage writes no execution logs: `settings.loggingLevel` is not a recognised logging level"],
    },
    {
      title: "method settings with loggingLevel=OFF",
      resources: [settings({ loggingLevel: "OFF" })],
      problems: ['The stage writes no execution logs: `settings.loggingLevel` is "OFF"'],
    },
    {
      title: "method settings with loggingLevel unset",
      resources: [settings({ loggingLevel: undefined })],
      problems: ["The stage writes no execution logs: `settings.loggingLevel` is not set (it defaults to OFF)"],
    },
  ],
  notApplicable: [
    {
      title: "method settings where the map puts API logging on the provider's side",
      resources: [settings({ loggingLevel: "OFF" })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:apigateway/*"],
        side: "provider",
        note: "CloudFront logs front these APIs.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:apigateway/methodSettings:MethodSettings on the provider's side: CloudFront logs front these APIs.",
    },
  ],
  unknown: [{ title: "method settings whose logging level is computed", resources: [settings({ loggingLevel: UNKNOWN.string })] }],
});
