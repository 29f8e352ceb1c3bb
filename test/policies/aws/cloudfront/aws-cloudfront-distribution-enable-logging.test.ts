import rule from "../../../../policies/aws/cloudfront/aws-cloudfront-distribution-enable-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

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
      title: "distribution without loggingConfig next to one whose v2 delivery source's log type is computed",
      resources: [...v2({ logType: UNKNOWN.string }), resource(AWS.cloudfrontDistribution, "static", { enabled: true })],
      codes: ["no-logging"],
      undecided: ["cdn"],
    },
    {
      title: "distribution without loggingConfig",
      resources: [distribution({ loggingConfig: undefined })],
      codes: ["no-logging"],
    },
    {
      title: "distribution whose v2 delivery source sends another log type",
      resources: v2({ logType: "CONNECTION_LOGS" }),
      codes: ["no-logging"],
    },
    {
      title: "distribution whose v2 delivery source has no delivery",
      resources: v2({}, { deliverySourceName: "other" }),
      codes: ["no-logging"],
    },
    {
      title: "distribution with an empty logging bucket",
      resources: [distribution({ loggingConfig: { bucket: "" } })],
      codes: ["empty-bucket"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "distribution whose log bucket is computed",
      resources: [distribution({ loggingConfig: { bucket: UNKNOWN.string } })],
      undecided: ["cdn"],
    },
    { title: "v2 delivery source whose log type is computed", resources: v2({ logType: UNKNOWN.string }), undecided: ["cdn"] },
    { title: "v2 delivery whose source name is computed", resources: v2({}, { deliverySourceName: UNKNOWN.string }), undecided: ["cdn"] },
  ],
});
