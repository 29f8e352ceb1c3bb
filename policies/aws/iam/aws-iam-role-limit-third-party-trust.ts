import type { RoleArgs } from "@pulumi/aws/iam";
import { thirdPartyOf } from "../../../responsibility-map/model";
import { parsePolicy } from "../../core/policy-document";
import { defineRule, notApplicable, type Violation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { requiresConditionValue } from "../support/iam-policy";
import { accountHolder, foreignAccounts, NO_OWN_ACCOUNTS } from "../support/third-party-trust";

type Role = Pick<RoleArgs, "assumeRolePolicy">;

export default defineRule({
  name: "aws-iam-role-limit-third-party-trust",
  displayName: "IAM roles trust only declared third parties, with an external id",
  description:
    "An IAM role whose trust policy (`assumeRolePolicy`) lets an AWS account outside the organisation's own accounts (`settings.ownAccounts` of the map) assume it names an account a third party of the map declares, and requires `sts:ExternalId` in the statement's `Condition`.",
  duty: "least-privilege",
  severity: "medium",
  resourceTypes: [AWS.iamRole],
  remediation:
    'List the account under the third party\'s `identifiers.awsAccountIds` in the responsibility map (or remove it from `Principal`), and add `"Condition": {"StringEquals": {"sts:ExternalId": "<id agreed with the third party>"}}` to the trust statement.',
  why: "an outside organisation holds access that nobody has agreed to, reviews or can hold to a contract, and without an external id any customer of that organisation can make it act on this account (the confused deputy)",
  controls: { nist: ["AC-3", "AC-6", "SA-9"], iso27001: ["A.5.19", "A.5.20"], pciDss: ["12.8.2"] },
  problems: {
    "undeclared-account": "the trust policy lets in an account outside the organisation that no third party of the map declares",
    "no-external-id": "a trust statement lets in an account outside the organisation without requiring sts:ExternalId",
  },
  check(role, ctx) {
    if (ctx.map.settings.ownAccounts.awsAccountIds.length === 0) return notApplicable(NO_OWN_ACCOUNTS);
    const { assumeRolePolicy } = role.props as Role;
    const violations: Violation[] = [];
    const undeclared = new Set<string>();
    parsePolicy(assumeRolePolicy).statements.forEach((statement, i) => {
      const accounts = foreignAccounts(ctx.map, statement);
      if (accounts.length === 0) return;
      for (const account of accounts) {
        if (thirdPartyOf(ctx.map, "awsAccountIds", account) !== undefined || alreadyReported(undeclared, account)) continue;
        violations.push({
          code: "undeclared-account",
          subject: `account ${account}`,
          actual: `The role's trust policy lets ${accountHolder(ctx.map, account)} assume it (Statement ${i})`,
          why: "an outside organisation holds access that nobody has agreed to, reviews or can hold to a contract",
          fix: "Name the account under its third party's `identifiers.awsAccountIds` in the responsibility map, with the duties it shares, or remove it from the trust policy.",
        });
      }
      // AWS IAM user guide, "Access to AWS accounts owned by third parties": the external id in the
      // trust policy's Condition (sts:ExternalId) is what stops the confused deputy.
      if (requiresConditionValue(statement, "sts:ExternalId")) return;
      violations.push({
        code: "no-external-id",
        subject: `assumeRolePolicy.Statement[${i}]`,
        actual: `Statement ${i} of the role's trust policy lets ${accounts.map((a) => accountHolder(ctx.map, a)).join(" and ")} assume it without requiring \`sts:ExternalId\``,
        why: "any other customer of that organisation can have it use this role on their behalf (the confused deputy problem)",
        fix: 'Add `"Condition": {"StringEquals": {"sts:ExternalId": "<id agreed with the third party>"}}` to the statement.',
      });
    });
    return violations;
  },
});

/** True when the account was already reported (one finding per undeclared account); records it otherwise. */
function alreadyReported(reported: Set<string>, account: string): boolean {
  if (reported.has(account)) return true;
  reported.add(account);
  return false;
}
