import type { KeyArgs } from "@pulumi/aws/kms";
import { parsePolicy } from "../../core/policy-document";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { quoted } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type Key = Pick<KeyArgs, "bypassPolicyLockoutSafetyCheck" | "deletionWindowInDays" | "policy">;

interface Config {
  readonly minimumDeletionWindowDays: number;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** An Allow statement for every principal with no condition to narrow it. */
function isPublic(statement: Record<string, unknown>): boolean {
  if (statement["Effect"] !== "Allow" || statement["Condition"] !== undefined) return false;
  const principal = statement["Principal"];
  return principal === "*" || (isRecord(principal) && asList(principal["AWS"]).includes("*"));
}

export default defineRule<Config>({
  name: "aws-kms-key-limit-deletion-risk",
  displayName: "KMS keys keep the lockout check, a long deletion window and a private policy",
  description:
    "Every KMS key leaves `bypassPolicyLockoutSafetyCheck` off, keeps `deletionWindowInDays` at 30 (the default) and has no key policy statement that allows every principal without a condition.",
  duty: "key-management",
  severity: "high",
  resourceTypes: [AWS.kmsKey],
  remediation:
    "Remove `bypassPolicyLockoutSafetyCheck`, leave `deletionWindowInDays` unset (30 days) and scope every `Allow` statement of the key `policy` to named principals.",
  why: "a key that is deleted, locked out or usable by anyone makes the data it protects unreadable or readable by strangers",
  controls: { nist: ["SC-12"], securityHub: ["KMS.3", "KMS.5"] },
  problems: {
    "lockout-check-bypassed": "the key skips the policy lockout check (`bypassPolicyLockoutSafetyCheck` true)",
    "deletion-window-short": "`deletionWindowInDays` is below the required minimum",
    "policy-public": "a key policy statement allows every principal without a condition",
  },
  options: {
    minimumDeletionWindowDays: {
      type: "integer",
      description: "The shortest deletion waiting period a key may have, in days (KMS allows 7 to 30).",
      default: 30,
      minimum: 7,
    },
  },
  check(key, ctx) {
    const { bypassPolicyLockoutSafetyCheck, deletionWindowInDays, policy } = key.props as Key;
    const violations: Violation[] = [];
    if (bypassPolicyLockoutSafetyCheck === true) {
      violations.push({
        code: "lockout-check-bypassed",
        subject: "bypassPolicyLockoutSafetyCheck",
        actual: "The key skips the policy lockout check: `bypassPolicyLockoutSafetyCheck` is true",
        fix: "Remove `bypassPolicyLockoutSafetyCheck` (or set it to false).",
      });
    }
    const minimum = ctx.config.minimumDeletionWindowDays;
    if (deletionWindowInDays !== undefined && deletionWindowInDays !== null && Number(deletionWindowInDays) < minimum) {
      violations.push({
        code: "deletion-window-short",
        subject: "deletionWindowInDays",
        actual: `The key can be deleted quickly: \`deletionWindowInDays\` is ${quoted(Number(deletionWindowInDays))}, below the required ${minimum}`,
        fix: `Set \`deletionWindowInDays\` to ${minimum} or more (or leave it unset for 30).`,
      });
    }
    if (policy !== undefined && policy !== null && policy !== "") {
      const parsed = parsePolicy(policy);
      parsed.statements.forEach((statement, position) => {
        if (!isPublic(statement)) return;
        violations.push({
          code: "policy-public",
          subject: `policy.Statement[${position}]`,
          actual: `The key is usable by anyone: key policy statement ${position} allows every principal (\`Principal: "*"\`) without a condition`,
          fix: "Name the principals in the statement, or add a condition such as `aws:PrincipalOrgID`.",
        });
      });
    }
    return violations;
  },
});
