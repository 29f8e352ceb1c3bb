import rule from "../../../../policies/aws/emr/aws-emr-account-enable-block-public-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const block = (props: Record<string, unknown>) => resource(AWS.emrBlockPublicAccessConfiguration, "emr-bpa", props);

describeRule(rule, {
  compliant: [
    { title: "block public access on", resources: [block({ blockPublicSecurityGroupRules: true })] },
    {
      title: "block public access on with SSH permitted",
      resources: [block({ blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }] })],
    },
  ],
  violating: [{ title: "block public access off", resources: [block({ blockPublicSecurityGroupRules: false })], codes: ["block-off"] }],
  notApplicable: [],
  unknown: [{ title: "block whose setting is computed", resources: [block({ blockPublicSecurityGroupRules: UNKNOWN.boolean })] }],
});
