import rule from "../../../../policies/aws/cognito/aws-cognito-userpool-require-password-policy";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, UNKNOWN } from "../../../support/rules";

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
      codes: ["password-too-short"],
    },
    {
      title: "user pool without passwordPolicy",
      resources: [pool(undefined)],
      codes: ["password-too-short"],
    },
    {
      title: "user pool with minimumLength=8 and requireSymbols=false",
      resources: [pool({ ...STRONG, minimumLength: 8, requireSymbols: false })],
      codes: ["password-too-short", "character-class-not-required"],
    },
    {
      title: "user pool with requireNumbers unset",
      resources: [pool({ ...STRONG, requireNumbers: undefined })],
      codes: ["character-class-not-required"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "user pool whose password policy is computed", resources: [pool(UNKNOWN.object)] },
    { title: "user pool whose minimum length is computed", resources: [pool({ ...STRONG, minimumLength: UNKNOWN.number })] },
  ],
});
