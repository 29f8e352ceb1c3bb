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
      title: "weak policy next to a policy whose minimum length is computed",
      resources: [
        policy({ minimumPasswordLength: UNKNOWN.number }),
        resource(AWS.iamAccountPasswordPolicy, "legacy", { ...STRONG, requireSymbols: false }),
      ],
      codes: ["simple-passwords"],
      undecided: ["strict"],
    },
    {
      title: "policy with a secret minimumPasswordLength and passwordReusePrevention that are no numbers",
      resources: [policy({ minimumPasswordLength: canary("14"), passwordReusePrevention: canary("24") })],
      codes: ["short-passwords", "reuse-allowed"],
    },
    {
      title: "console user without any password policy",
      resources: [profile],
      codes: ["no-password-policy"],
    },
    {
      title: "policy with minimumPasswordLength=8 and passwordReusePrevention unset",
      resources: [policy({ minimumPasswordLength: 8, passwordReusePrevention: undefined })],
      codes: ["short-passwords", "reuse-allowed"],
    },
    {
      title: "deployed policy with requireSymbols=false and requireNumbers unset",
      resources: [policy({ requireSymbols: false, requireNumbers: undefined }, { id: "iam-account-password-policy" })],
      codes: ["simple-passwords", "simple-passwords"],
    },
    {
      title: "policy with minimumPasswordLength unset",
      resources: [policy({ minimumPasswordLength: undefined })],
      codes: ["short-passwords"],
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
  unknown: [
    {
      title: "policy whose minimum length is computed",
      resources: [policy({ minimumPasswordLength: UNKNOWN.number })],
      undecided: ["strict"],
    },
  ],
});
