import { parsePolicy } from "../../core/policy-document";
import { defineRule, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { allows, allowsFullAdmin, elementList, identityPolicyDocuments } from "../support/iam-policy";

/**
 * An action pattern that grants every action of a service: `<service>:*` (IAM.21's `"Service:*"`),
 * or `*` itself, which grants every action of every service. A prefix with a suffixed wildcard
 * (`ec2:Describe*`) is not one: AWS Config's iam-policy-no-statements-with-full-access, the check
 * behind IAM.21, passes it.
 */
function serviceWide(action: string): boolean {
  return action === "*" || /^[^:]+:\*$/.test(action);
}

export default defineRule({
  name: "aws-iam-policy-disallow-service-wildcard",
  displayName: "IAM policies do not grant every action of a service",
  description:
    'No customer-managed or inline IAM policy has an Allow statement whose `Action` grants every action of a service (`"s3:*"`, `"iam:*"`, or `"*"` on resources narrower than `"*"`), or that allows by `NotAction`: IAM policies, role, user and group policies, and a role\'s `inlinePolicies`. `"*"` on `"*"` is reported by aws-iam-policy-disallow-full-admin instead.',
  duty: "least-privilege",
  severity: "medium",
  resourceTypes: [AWS.iamPolicy, AWS.iamRolePolicy, AWS.iamUserPolicy, AWS.iamGroupPolicy, AWS.iamRole],
  remediation:
    'List the actions the workload needs (`"s3:GetObject"`), or a prefix with a suffixed wildcard (`"ec2:Describe*"`), instead of `"<service>:*"`; replace an Allow with `NotAction` by an Allow of the actions meant (IAM Access Analyzer can generate a policy from CloudTrail activity).',
  why: "whoever holds the policy can do anything the service offers, including what was never meant (deleting, sharing, changing its permissions), and it grows with every action AWS adds",
  controls: { nist: ["AC-6"], pciDss: ["7.2.1"], iso27001: ["A.5.15", "A.8.2"], securityHub: ["IAM.21"] },
  problems: {
    "service-wildcard": "an Allow statement grants every action of a service (`s3:*`, or `*` on resources narrower than `*`)",
    "allow-not-action": "an Allow statement uses NotAction, granting every action of every service it does not list",
  },
  check(resource) {
    const violations: Violation[] = [];
    for (const { where, document } of identityPolicyDocuments(resource)) {
      parsePolicy(document).statements.forEach((statement, i) => {
        // IAM JSON policy element reference: only Allow grants. `"*"` on `"*"` is full
        // administration, aws-iam-policy-disallow-full-admin's finding (one finding per statement).
        if (!allows(statement) || allowsFullAdmin(statement)) return;
        const subject = `${where}.Statement[${i}]`;
        // Security Hub IAM.21 fails `"Effect": "Allow"` with `"Action": "Service:*"`, whatever the
        // Resource; it is for customer-managed policies, and Control Tower's CT.IAM.PR.5 applies the
        // same test to inline policies, so both are read here.
        const wide = elementList(statement, "Action").filter(serviceWide);
        if (wide.length > 0) {
          violations.push({
            code: "service-wildcard",
            subject,
            actual: `Statement ${i} of \`${where}\` allows every action of a service: ${wide.map((a) => `\`"${a}"\``).join(", ")}`,
          });
          return;
        }
        // IAM JSON policy element reference, NotAction: with Allow it grants every action not
        // listed, of every service (new ones included), which is wider than any `<service>:*`.
        // IAM.21 itself reads only Action; this is the same exposure, reported under its own code.
        const notAction = elementList(statement, "NotAction");
        if (notAction.length > 0 && !notAction.includes("*")) {
          violations.push({
            code: "allow-not-action",
            subject,
            actual: `Statement ${i} of \`${where}\` allows by \`NotAction\`: every action of every service except the ${notAction.length} it lists`,
          });
        }
      });
    }
    return violations;
  },
});
