import type { UserPoolArgs } from "@pulumi/aws/cognito";
import { numberClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";

type UserPool = Pick<UserPoolArgs, "passwordPolicy">;

interface Config {
  readonly minimumPasswordLength: number;
}

const FLAGS = ["requireLowercase", "requireUppercase", "requireNumbers", "requireSymbols"] as const;

export default defineRule<Config>({
  name: "aws-cognito-userpool-require-password-policy",
  displayName: "Cognito user pools enforce strong passwords",
  description: "Every Cognito user pool sets `passwordPolicy` with the configured `minimumLength` and all four character classes required.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AWS.cognitoUserPool],
  remediation:
    "Set `passwordPolicy: { minimumLength: 14, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true }` on the user pool.",
  why: "users can choose short or simple passwords that are easy to guess or stuff",
  controls: { nist: ["IA-5(1)"], pciDss: ["8.4"] },
  problems: {
    "password-too-short": "the pool accepts passwords shorter than the required length",
    "character-class-not-required": "a `passwordPolicy.require*` character-class flag is not true",
  },
  options: {
    minimumPasswordLength: { type: "integer", description: "The shortest password the pool may accept.", default: 14, minimum: 6 },
  },
  check(pool, ctx) {
    const { passwordPolicy } = pool.props as UserPool;
    const minimum = ctx.config.minimumPasswordLength;
    const violations: Violation[] = [];
    // Without a passwordPolicy block Cognito applies its default: 8 characters, every class required
    // (Cognito developer guide, "Adding user pool password requirements"; the SDK states no default).
    // Within a block each `require*` flag is a boolean the provider sends as given, false when unset
    // (types/input.d.ts UserPoolPasswordPolicy; Cognito API reference PasswordPolicyType).
    const policy = isRecord(passwordPolicy) ? passwordPolicy : undefined;
    const length = policy ? policy["minimumLength"] : 8;
    if (typeof length !== "number" || length < minimum) {
      violations.push({
        code: "password-too-short",
        subject: "minimumLength",
        actual:
          policy === undefined
            ? `The user pool accepts short passwords: \`passwordPolicy\` is not set, so Cognito requires only 8 characters, below the required ${minimum}`
            : length === undefined
              ? `The user pool accepts short passwords: \`passwordPolicy.minimumLength\` is not set, below the required ${minimum}`
              : `The user pool accepts short passwords: \`passwordPolicy.minimumLength\` ${numberClause(length, `below the required ${minimum}`)}`,
        fix: `Set \`passwordPolicy.minimumLength\` to ${minimum} or more.`,
      });
    }
    if (policy) {
      for (const flag of FLAGS) {
        if (policy[flag] === true) continue;
        violations.push({
          code: "character-class-not-required",
          subject: flag,
          actual: `The user pool accepts simpler passwords: \`passwordPolicy.${flag}\` is ${policy[flag] === false ? "false" : "not set"}`,
          fix: `Set \`passwordPolicy.${flag}: true\`.`,
        });
      }
    }
    return violations;
  },
});
