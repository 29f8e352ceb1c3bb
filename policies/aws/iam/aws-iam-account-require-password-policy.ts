import type { AccountPasswordPolicyArgs } from "@pulumi/aws/iam";
import { StackIndex } from "../../core/joins";
import { numberClause } from "../../core/message";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { centralEntry, centralReason } from "../support/central";

type PasswordPolicy = Pick<
  AccountPasswordPolicyArgs,
  | "minimumPasswordLength"
  | "passwordReusePrevention"
  | "requireLowercaseCharacters"
  | "requireUppercaseCharacters"
  | "requireNumbers"
  | "requireSymbols"
>;

interface Config {
  readonly minimumPasswordLength: number;
  readonly passwordReusePrevention: number;
}

const FLAGS = ["requireLowercaseCharacters", "requireUppercaseCharacters", "requireNumbers", "requireSymbols"] as const;

export default defineStackRule<Config>({
  name: "aws-iam-account-require-password-policy",
  displayName: "The account enforces a strong IAM password policy",
  description:
    "When the stack creates IAM users with console passwords, it also declares an account password policy with the configured minimum length and reuse prevention and all four character classes.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AWS.iamAccountPasswordPolicy, AWS.iamUserLoginProfile],
  remediation:
    "Declare an `aws.iam.AccountPasswordPolicy` with `minimumPasswordLength: 14`, `passwordReusePrevention: 24` and `requireLowercaseCharacters`, `requireUppercaseCharacters`, `requireNumbers`, `requireSymbols` all true.",
  why: "user passwords can be short, simple or reused, which makes them easy to guess or stuff",
  controls: {
    nist: ["IA-5(1)"],
    pciDss: ["8.3.6", "8.3.7"],
    iso27001: ["A.5.17"],
    cis: ["AWS 1.8", "AWS 1.9"],
    securityHub: ["IAM.7", "IAM.15", "IAM.16"],
  },
  options: {
    minimumPasswordLength: { type: "integer", description: "The shortest password the policy may allow.", default: 14, minimum: 6 },
    passwordReusePrevention: {
      type: "integer",
      description: "How many previous passwords the policy must prevent reusing.",
      default: 24,
      minimum: 1,
    },
  },
  problems: {
    "no-password-policy": "IAM users have console passwords but no account password policy is declared or managed centrally",
    "short-passwords": "`minimumPasswordLength` is unset or below the required length",
    "reuse-allowed": "`passwordReusePrevention` is unset or below the required history",
    "simple-passwords": "a `require*` character-class flag is not true",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const policies = index.ofType([AWS.iamAccountPasswordPolicy]);
    if (policies.length === 0) {
      const side = ctx.sideOf(AWS.iamAccountPasswordPolicy);
      if (side.side === "provider") {
        return notApplicable(
          `The responsibility map puts the account password policy outside this stack${side.note ? `: ${side.note}` : "."}`,
        );
      }
      const profiles = index.ofType([AWS.iamUserLoginProfile]);
      const first = profiles[0];
      if (first === undefined) {
        return notApplicable("The stack creates no IAM users with console passwords and declares no account password policy");
      }
      // The password policy is account-wide; a landing-zone stack often sets it for every account.
      const entry = centralEntry(ctx.map, "iam-password-policy", first);
      if (entry !== undefined) return notApplicable(centralReason(ctx.map, "iam-password-policy", entry));
      return [
        {
          code: "no-password-policy",
          actual:
            "The stack gives IAM users console passwords but declares no `aws.iam.AccountPasswordPolicy`, and the responsibility map does not say another stack sets one",
        },
      ];
    }
    const { minimumPasswordLength: minLength, passwordReusePrevention: minReuse } = ctx.config;
    // Each policy on its own: one with a setting unknown at preview is undecided.
    return judgeEach(policies, (policy): StackViolation[] => {
      const violations: StackViolation[] = [];
      const props = policy.props as PasswordPolicy;
      // iam/accountPasswordPolicy.d.ts states no defaults; the IAM API reference
      // (UpdateAccountPasswordPolicy) does: an unset MinimumPasswordLength "uses the default value of
      // 6", PasswordReusePrevention "the default value of 0" (no history), each Require* flag "false".
      const length = props.minimumPasswordLength;
      if (typeof length !== "number" || length < minLength) {
        violations.push({
          code: "short-passwords",
          resource: policy,
          subject: "minimumPasswordLength",
          actual:
            length === undefined || length === null
              ? `The password policy allows short passwords: \`minimumPasswordLength\` is not set (it defaults to 6), below the required ${minLength}`
              : `The password policy allows short passwords: \`minimumPasswordLength\` ${numberClause(length, `below the required ${minLength}`)}`,
          fix: `Set \`minimumPasswordLength\` to ${minLength} or more.`,
        });
      }
      const reuse = props.passwordReusePrevention;
      if (typeof reuse !== "number" || reuse < minReuse) {
        violations.push({
          code: "reuse-allowed",
          resource: policy,
          subject: "passwordReusePrevention",
          actual:
            reuse === undefined || reuse === null
              ? "The password policy lets users reuse old passwords: `passwordReusePrevention` is not set"
              : `The password policy lets users reuse old passwords: \`passwordReusePrevention\` ${numberClause(reuse, `below the required ${minReuse}`)}`,
          fix: `Set \`passwordReusePrevention\` to ${minReuse} or more.`,
        });
      }
      for (const flag of FLAGS) {
        if (props[flag] === true) continue;
        violations.push({
          code: "simple-passwords",
          resource: policy,
          subject: flag,
          actual: `The password policy allows simpler passwords: \`${flag}\` is ${props[flag] === false ? "false" : "not set (it defaults to false)"}`,
          fix: `Set \`${flag}: true\`.`,
        });
      }
      return violations;
    });
  },
});
