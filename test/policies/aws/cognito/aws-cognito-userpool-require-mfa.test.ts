import rule from "../../../../policies/aws/cognito/aws-cognito-userpool-require-mfa";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const pool = (props: Record<string, unknown>) =>
  resource(AWS.cognitoUserPool, "customers", { mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: true }, ...props });

describeRule(rule, {
  compliant: [{ title: 'user pool with mfaConfiguration="ON"', resources: [pool({})] }],
  violating: [
    {
      title: "user pool with a secret mfaConfiguration that is no MFA setting",
      resources: [pool({ mfaConfiguration: canary("ON") })],
      problems: ["The user pool does not require MFA: `mfaConfiguration` is not a recognised MFA configuration"],
    },
    {
      title: 'user pool with mfaConfiguration="OPTIONAL"',
      resources: [pool({ mfaConfiguration: "OPTIONAL" })],
      problems: ['The user pool does not require MFA: `mfaConfiguration` is "OPTIONAL"'],
    },
    {
      title: "user pool with mfaConfiguration unset",
      resources: [pool({ mfaConfiguration: undefined })],
      problems: ["The user pool does not require MFA: `mfaConfiguration` is not set (it defaults to OFF)"],
    },
  ],
  notApplicable: [
    {
      title: "user pool where the map puts MFA on the provider's side",
      resources: [pool({ mfaConfiguration: "OFF" })],
      map: mapWithScope("mfa", {
        provider: "aws",
        resourceTypes: ["aws:cognito/*"],
        side: "provider",
        note: "Federated to the corporate IdP, which enforces MFA.",
      }),
      reason:
        "The responsibility map puts multi-factor authentication for aws:cognito/userPool:UserPool on the provider's side: Federated to the corporate IdP, which enforces MFA.",
    },
  ],
  unknown: [{ title: "user pool whose MFA setting is computed", resources: [pool({ mfaConfiguration: UNKNOWN.string })] }],
});
