import type { RoleArgs } from "@pulumi/aws/iam";
import { parsePolicy } from "../../core/policy-document";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { allows, elementList, hasCondition } from "../support/iam-policy";

type Role = Pick<RoleArgs, "assumeRolePolicy">;

/** `"Principal": "*"` or `{"AWS": "*"}` (or a list holding "*"): every AWS account, anonymous callers included. */
function anyPrincipal(statement: Record<string, unknown>): boolean {
  const principal = statement["Principal"];
  if (principal === "*") return true;
  return isRecord(principal) && elementList(principal, "AWS").includes("*");
}

export default defineRule({
  name: "aws-iam-role-disallow-public-trust",
  displayName: "IAM roles cannot be assumed by anyone",
  description:
    'No IAM role\'s trust policy (`assumeRolePolicy`) lets any principal (`"*"`) assume it without a `Condition` that narrows who may.',
  duty: "least-privilege",
  severity: "critical",
  resourceTypes: [AWS.iamRole],
  remediation:
    'Name the accounts, roles or services that may assume the role in `Principal`, or keep `"*"` only with a `Condition` such as `aws:PrincipalOrgID` (and `sts:ExternalId` for a third party).',
  why: "any AWS account in the world can assume the role and use its permissions",
  controls: { nist: ["AC-3", "AC-6"], pciDss: ["7.2.1"], iso27001: ["A.5.15"] },
  problems: { "any-principal": 'a trust statement allows "Principal": "*" with no Condition' },
  check(role) {
    const { assumeRolePolicy } = role.props as Role;
    const violations: Violation[] = [];
    parsePolicy(assumeRolePolicy).statements.forEach((statement, i) => {
      // IAM JSON policy element reference, Principal: "*" in a trust policy means everyone;
      // a Condition (aws:PrincipalOrgID, aws:SourceAccount, ...) is how such a policy is narrowed.
      if (!allows(statement) || !anyPrincipal(statement) || hasCondition(statement)) return;
      violations.push({
        code: "any-principal",
        subject: `assumeRolePolicy.Statement[${i}]`,
        actual: `Statement ${i} of the role's trust policy lets any principal (\`"*"\`) assume it, with no \`Condition\``,
      });
    });
    return violations;
  },
});
