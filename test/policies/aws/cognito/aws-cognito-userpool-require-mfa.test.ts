import rule from "../../../../policies/aws/cognito/aws-cognito-userpool-require-mfa";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

const pool = (props: Record<string, unknown>) =>
  resource(AWS.cognitoUserPool, "customers", { mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: true }, ...props });

describeRule(rule, {
  compliant: [{ title: 'user pool with mfaConfiguration="ON"', resources: [pool({})] }],
  violating: [
    {
      title: "user pool with a secret mfaConfiguration that is no MFA setting",
      resources: [pool({ mfaConfiguration: canary("ON") })],
      codes: ["mfa-not-required"],
    },
    {
      title: 'user pool with mfaConfiguration="OPTIONAL"',
      resources: [pool({ mfaConfiguration: "OPTIONAL" })],
      codes: ["mfa-not-required"],
    },
    {
      title: "user pool with mfaConfiguration unset",
      resources: [pool({ mfaConfiguration: undefined })],
      codes: ["mfa-not-required"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "user pool whose MFA setting is computed", resources: [pool({ mfaConfiguration: UNKNOWN.string })] }],
});
