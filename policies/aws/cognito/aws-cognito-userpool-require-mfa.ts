import type { UserPoolArgs } from "@pulumi/aws/cognito";
import { valueClause } from "../../core/message";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type UserPool = Pick<UserPoolArgs, "mfaConfiguration">;

export default defineRule({
  name: "aws-cognito-userpool-require-mfa",
  displayName: "Cognito user pools require MFA",
  description: 'Every Cognito user pool sets `mfaConfiguration` to "ON".',
  duty: "mfa",
  severity: "high",
  resourceTypes: [AWS.cognitoUserPool],
  remediation: 'Set `mfaConfiguration: "ON"` on the user pool with `softwareTokenMfaConfiguration: { enabled: true }` (or SMS/email MFA).',
  why: "a stolen or guessed password alone is enough to sign in as a user",
  controls: { nist: ["IA-2(1)"], pciDss: ["8.4"] },
  problems: { "mfa-not-required": '`mfaConfiguration` is not "ON" (OFF, OPTIONAL or unset, which defaults to OFF)' },
  check(pool) {
    // cognito/userPool.d.ts: `mfaConfiguration` "Defaults of `OFF`. Valid values are `OFF` ..., `ON`
    // ..., or `OPTIONAL` (MFA Will be required only for individual users who have MFA Enabled".
    const { mfaConfiguration } = pool.props as UserPool;
    if (mfaConfiguration === "ON") return pass;
    return fail(
      mfaConfiguration === undefined || mfaConfiguration === null
        ? "The user pool does not require MFA: `mfaConfiguration` is not set (it defaults to OFF)"
        : `The user pool does not require MFA: \`mfaConfiguration\` ${valueClause(mfaConfiguration, ["OFF", "ON", "OPTIONAL"], "MFA configuration")}`,
      { code: "mfa-not-required" },
    );
  },
});
