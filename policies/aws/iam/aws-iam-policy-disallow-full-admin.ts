import { parsePolicy } from "../../core/policy-document";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { allowsFullAdmin, identityPolicyDocuments } from "../support/iam-policy";

export default defineRule({
  name: "aws-iam-policy-disallow-full-admin",
  displayName: "IAM policies do not grant full administrator access",
  description:
    'No customer-managed or inline IAM policy has a statement that allows `"Action": "*"` on `"Resource": "*"`: IAM policies, role, user and group policies, and a role\'s `inlinePolicies`.',
  duty: "least-privilege",
  severity: "high",
  resourceTypes: [AWS.iamPolicy, AWS.iamRolePolicy, AWS.iamUserPolicy, AWS.iamGroupPolicy, AWS.iamRole],
  remediation:
    "List the actions and resources the workload needs instead of `*` (IAM Access Analyzer can generate a policy from CloudTrail activity). Keep break-glass administration in one reviewed role, with an exception in the map.",
  why: "whoever holds the policy can do anything in the account, including granting themselves more and erasing the trail",
  controls: { nist: ["AC-6", "AC-6(1)"], pciDss: ["7.2.1"], iso27001: ["A.5.15", "A.8.2"], cis: ["AWS 1.16"], securityHub: ["IAM.1"] },
  problems: { "full-admin": 'a statement allows "Action": "*" on "Resource": "*"' },
  check(resource) {
    const violations: Violation[] = [];
    for (const { where, document } of identityPolicyDocuments(resource)) {
      parsePolicy(document).statements.forEach((statement, i) => {
        // Security Hub IAM.1 / CIS AWS 1.16: Effect Allow, Action "*", Resource "*", whatever the Condition.
        if (!allowsFullAdmin(statement)) return;
        violations.push({
          code: "full-admin",
          subject: `${where}.Statement[${i}]`,
          actual: `Statement ${i} of \`${where}\` allows every action (\`"Action": "*"\`) on every resource (\`"Resource": "*"\`)`,
        });
      });
    }
    return violations;
  },
});
