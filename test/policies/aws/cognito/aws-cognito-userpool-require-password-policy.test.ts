import rule from "../../../../policies/aws/cognito/aws-cognito-userpool-require-password-policy";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const STRONG = { minimumLength: 14, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true };
const pool = (passwordPolicy: unknown) => resource(AWS.cognitoUserPool, "customers", { mfaConfiguration: "ON", passwordPolicy });

describeRule(rule, {
  compliant: [
    { title: "user pool with a 14-character policy and every class", resources: [pool(STRONG)] },
    {
      title: "user pool without a policy when 8 characters are enough",
      resources: [pool(undefined)],
      config: { minimumPasswordLength: 8 },
    },
  ],
  violating: [
    {
      title: "user pool with a secret minimumLength that is no number",
      resources: [pool({ ...STRONG, minimumLength: canary("14") })],
      problems: ["The user pool accepts short passwords: `passwordPolicy.minimumLength` is not a number"],
    },
    {
      title: "user pool without passwordPolicy",
      resources: [pool(undefined)],
      problems: [
        "The user pool accepts short passwords: `passwordPolicy` is not set, so Cognito requires only 8 characters, below the required 14",
      ],
    },
    {
      title: "user pool with minimumLength=8 and requireSymbols=false",
      resources: [pool({ ...STRONG, minimumLength: 8, requireSymbols: false })],
      problems: [
        "The user pool accepts short passwords: `passwordPolicy.minimumLength` is 8, below the required 14",
        "The user pool accepts simpler passwords: `passwordPolicy.requireSymbols` is false",
      ],
    },
    {
      title: "user pool with requireNumbers unset",
      resources: [pool({ ...STRONG, requireNumbers: undefined })],
      problems: ["The user pool accepts simpler passwords: `passwordPolicy.requireNumbers` is not set"],
    },
  ],
  notApplicable: [
    {
      title: "user pool where the map puts strong authentication on the provider's side",
      resources: [pool(undefined)],
      map: mapWithScope("mfa", {
        provider: "aws",
        resourceTypes: ["aws:cognito/*"],
        side: "provider",
        note: "Federated to the corporate IdP.",
      }),
      reason:
        "The responsibility map puts multi-factor authentication for aws:cognito/userPool:UserPool on the provider's side: Federated to the corporate IdP.",
    },
  ],
  unknown: [
    { title: "user pool whose password policy is computed", resources: [pool(UNKNOWN.object)] },
    { title: "user pool whose minimum length is computed", resources: [pool({ ...STRONG, minimumLength: UNKNOWN.number })] },
  ],
});
