import rule from "../../../../policies/aws/cloudfront/aws-cloudfront-distribution-enable-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const distribution = (props: Record<string, unknown>) =>
  resource(AWS.cloudfrontDistribution, "cdn", {
    enabled: true,
    loggingConfig: { bucket: "cdn-logs.s3.amazonaws.com", includeCookies: false },
    ...props,
  });

const ARN = "arn:aws:cloudfront::111122223333:distribution/E2QWRUHEXAMPLE";
// Standard logging v2: a delivery source for the distribution's ACCESS_LOGS and a delivery from it.
const v2 = (source: Record<string, unknown> = {}, delivery: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => [
  distribution({ loggingConfig: undefined, arn: ARN }),
  resource(AWS.cloudwatchLogDeliverySource, "cdn-logs", { name: "cdn-logs", logType: "ACCESS_LOGS", resourceArn: ARN, ...source }, extra),
  resource(AWS.cloudwatchLogDelivery, "cdn-logs", {
    deliverySourceName: "cdn-logs",
    deliveryDestinationArn: "arn:aws:logs:us-east-1:111122223333:delivery-destination:s3",
    ...delivery,
  }),
];

describeRule(rule, {
  compliant: [
    { title: "distribution with a logging bucket", resources: [distribution({})] },
    { title: "distribution with standard logging v2 (a delivery source and a delivery), joined by ARN", resources: v2() },
    {
      title: "distribution with standard logging v2, joined by property dependency while its ARN is unknown",
      resources: v2(
        { resourceArn: UNKNOWN.string },
        {},
        { propertyDependencies: { resourceArn: [urnOf(AWS.cloudfrontDistribution, "cdn")] } },
      ),
    },
  ],
  violating: [
    {
      title: "distribution without loggingConfig",
      resources: [distribution({ loggingConfig: undefined })],
      problems: ["The distribution writes no access logs: `loggingConfig` is not set and no log delivery sends its `ACCESS_LOGS`"],
    },
    {
      title: "distribution whose v2 delivery source sends another log type",
      resources: v2({ logType: "CONNECTION_LOGS" }),
      problems: ["The distribution writes no access logs: `loggingConfig` is not set and no log delivery sends its `ACCESS_LOGS`"],
    },
    {
      title: "distribution whose v2 delivery source has no delivery",
      resources: v2({}, { deliverySourceName: "other" }),
      problems: ["The distribution writes no access logs: `loggingConfig` is not set and no log delivery sends its `ACCESS_LOGS`"],
    },
    {
      title: "distribution with an empty logging bucket",
      resources: [distribution({ loggingConfig: { bucket: "" } })],
      problems: ["The distribution writes no access logs: `loggingConfig.bucket` is empty"],
    },
  ],
  notApplicable: [
    {
      title: "distribution where the map puts CloudFront logging on the provider's side",
      resources: [distribution({ loggingConfig: undefined })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:cloudfront/*"],
        side: "provider",
        note: "Real-time logs go to the SIEM.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:cloudfront/distribution:Distribution on the provider's side: Real-time logs go to the SIEM.",
    },
  ],
  unknown: [
    { title: "distribution whose log bucket is computed", resources: [distribution({ loggingConfig: { bucket: UNKNOWN.string } })] },
  ],
});
