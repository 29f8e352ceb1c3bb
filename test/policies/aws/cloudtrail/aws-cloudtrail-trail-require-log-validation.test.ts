import rule from "../../../../policies/aws/cloudtrail/aws-cloudtrail-trail-require-log-validation";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const trail = (props: Record<string, unknown>) =>
  resource(AWS.cloudtrailTrail, "account", { s3BucketName: "audit-logs", enableLogFileValidation: true, ...props });

describeRule(rule, {
  compliant: [{ title: "trail with enableLogFileValidation=true", resources: [trail({})] }],
  violating: [
    {
      title: "trail with enableLogFileValidation=false",
      resources: [trail({ enableLogFileValidation: false })],
      codes: ["validation-off"],
    },
    {
      title: "trail with enableLogFileValidation unset",
      resources: [trail({ enableLogFileValidation: undefined })],
      codes: ["validation-off"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "trail whose validation flag is computed", resources: [trail({ enableLogFileValidation: UNKNOWN.boolean })] }],
});
