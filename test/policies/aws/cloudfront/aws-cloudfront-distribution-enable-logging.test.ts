import rule from "../../../../policies/aws/cloudfront/aws-cloudfront-distribution-enable-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const distribution = (props: Record<string, unknown>) =>
  resource(AWS.cloudfrontDistribution, "cdn", {
    enabled: true,
    loggingConfig: { bucket: "cdn-logs.s3.amazonaws.com", includeCookies: false },
    ...props,
  });

describeRule(rule, {
  compliant: [{ title: "distribution with a logging bucket", resources: [distribution({})] }],
  violating: [
    {
      title: "distribution without loggingConfig",
      resources: [distribution({ loggingConfig: undefined })],
      problems: ["The distribution writes no access logs: `loggingConfig` is not set"],
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
