import rule from "../../../../policies/aws/apigatewayv2/aws-apigatewayv2-stage-enable-access-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const LOGS = { destinationArn: "arn:aws:logs:eu-west-1:111122223333:log-group:api", format: '{"requestId":"$context.requestId"}' };
const stage = (props: Record<string, unknown>) =>
  resource(AWS.apigatewayv2Stage, "prod", { apiId: "abc123", name: "prod", accessLogSettings: LOGS, ...props });

describeRule(rule, {
  compliant: [{ title: "stage with access log settings", resources: [stage({})] }],
  violating: [
    {
      title: "stage without accessLogSettings",
      resources: [stage({ accessLogSettings: undefined })],
      problems: ["The stage writes no access logs: `accessLogSettings` is not set"],
    },
    {
      title: "stage with an empty destinationArn",
      resources: [stage({ accessLogSettings: { ...LOGS, destinationArn: "" } })],
      problems: ["The stage writes no access logs: `accessLogSettings.destinationArn` is empty"],
    },
  ],
  notApplicable: [
    {
      title: "stage where the map puts API logging on the provider's side",
      resources: [stage({ accessLogSettings: undefined })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:apigatewayv2/*"],
        side: "provider",
        note: "CloudFront logs front these APIs.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:apigatewayv2/stage:Stage on the provider's side: CloudFront logs front these APIs.",
    },
  ],
  unknown: [
    { title: "stage whose access log settings are computed", resources: [stage({ accessLogSettings: UNKNOWN.object })] },
    {
      title: "stage whose destination is computed",
      resources: [stage({ accessLogSettings: { ...LOGS, destinationArn: UNKNOWN.string } })],
    },
  ],
});
