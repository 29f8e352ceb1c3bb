import rule from "../../../../policies/aws/iam/aws-iam-account-require-password-policy";
import { AWS } from "../../../../policies/core/tokens";
import { centralMap } from "../../../support/aws-placement";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const STRONG = {
  minimumPasswordLength: 14,
  passwordReusePrevention: 24,
  requireLowercaseCharacters: true,
  requireUppercaseCharacters: true,
  requireNumbers: true,
  requireSymbols: true,
};
const policy = (props: Record<string, unknown>, extra = {}) =>
  resource(AWS.iamAccountPasswordPolicy, "strict", { ...STRONG, ...props }, extra);
const profile = resource(AWS.iamUserLoginProfile, "alice-console", { user: "alice" });
const bucket = resource(AWS.s3Bucket, "assets", {});

describeRule(rule, {
  compliant: [
    { title: "strong account password policy next to a console user", resources: [policy({}), profile] },
    { title: "deployed strong password policy", resources: [policy({}, { id: "iam-account-password-policy" })] },
    {
      title: "policy meeting a 12-character minimum",
      resources: [policy({ minimumPasswordLength: 12 })],
      config: { minimumPasswordLength: 12 },
    },
  ],
  violating: [
    {
      title: "policy with a secret minimumPasswordLength and passwordReusePrevention that are no numbers",
      resources: [policy({ minimumPasswordLength: canary("14"), passwordReusePrevention: canary("24") })],
      problems: [
        "The password policy allows short passwords: `minimumPasswordLength` is not a number",
        "The password policy lets users reuse old passwords: `passwordReusePrevention` is not a number",
      ],
    },
    {
      title: "console user without any password policy",
      resources: [profile],
      problems: [
        "The stack gives IAM users console passwords but declares no `aws.iam.AccountPasswordPolicy`, and the responsibility map does not say another stack sets one",
      ],
    },
    {
      title: "policy with minimumPasswordLength=8 and passwordReusePrevention unset",
      resources: [policy({ minimumPasswordLength: 8, passwordReusePrevention: undefined })],
      problems: [
        "The password policy allows short passwords: `minimumPasswordLength` is 8, below the required 14",
        "The password policy lets users reuse old passwords: `passwordReusePrevention` is not set",
      ],
    },
    {
      title: "deployed policy with requireSymbols=false and requireNumbers unset",
      resources: [policy({ requireSymbols: false, requireNumbers: undefined }, { id: "iam-account-password-policy" })],
      problems: [
        "The password policy allows simpler passwords: `requireNumbers` is not set (it defaults to false)",
        "The password policy allows simpler passwords: `requireSymbols` is false",
      ],
    },
    {
      title: "policy with minimumPasswordLength unset",
      resources: [policy({ minimumPasswordLength: undefined })],
      problems: [
        "The password policy allows short passwords: `minimumPasswordLength` is not set (it defaults to 6), below the required 14",
      ],
    },
  ],
  notApplicable: [
    {
      title: "console users in a stack whose account password policy the map says is managed centrally",
      resources: [profile],
      map: centralMap(["iam-password-policy"], "all"),
      reason:
        /^The responsibility map says the account password policy is managed centrally in northwind\/landing-zone\/prod by Tomas Novak for every account/,
    },
    {
      title: "stack without console users or a password policy",
      resources: [bucket],
      reason: "The stack creates no IAM users with console passwords and declares no account password policy",
    },
    {
      title: "console user where the map says the password policy is set elsewhere",
      resources: [profile],
      map: mapWithScope("mfa", {
        provider: "aws",
        resourceTypes: ["aws:iam/accountPasswordPolicy:*"],
        side: "provider",
        note: "The account baseline stack sets it.",
      }),
      reason: "The responsibility map puts the account password policy outside this stack: The account baseline stack sets it.",
    },
  ],
  unknown: [{ title: "policy whose minimum length is computed", resources: [policy({ minimumPasswordLength: UNKNOWN.number })] }],
});
