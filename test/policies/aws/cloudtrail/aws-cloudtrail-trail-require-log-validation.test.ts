import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-require-log-validation";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const trail = (props: Record<string, unknown>) =>
  resource(AWS.cloudtrailTrail, "account", { s3BucketName: "audit-logs", enableLogFileValidation: true, ...props });

describeRule(rule, {
  compliant: [{ title: "trail with enableLogFileValidation=true", resources: [trail({})] }],
  violating: [
    {
      title: "trail with enableLogFileValidation=false",
      resources: [trail({ enableLogFileValidation: false })],
      problems: ["The trail does not validate its log files: `enableLogFileValidation` is false"],
    },
    {
      title: "trail with enableLogFileValidation unset",
      resources: [trail({ enableLogFileValidation: undefined })],
      problems: ["The trail does not validate its log files: `enableLogFileValidation` is not set (it defaults to false)"],
    },
  ],
  notApplicable: [
    {
      title: "trail where the map puts CloudTrail logging on the provider's side",
      resources: [trail({ enableLogFileValidation: false })],
      map: mapWithScope("logging", {
        provider: "aws",
        resourceTypes: ["aws:cloudtrail/*"],
        side: "provider",
        note: "The organisation trail is authoritative.",
      }),
      reason:
        "The responsibility map puts logging and monitoring for aws:cloudtrail/trail:Trail on the provider's side: The organisation trail is authoritative.",
    },
  ],
  unknown: [{ title: "trail whose validation flag is computed", resources: [trail({ enableLogFileValidation: UNKNOWN.boolean })] }],
});
