import type { PolicyAttachmentArgs, RoleArgs, RolePolicyAttachmentArgs } from "@pulumi/aws/iam";
import { appendAll } from "../../core/arrays";
import { StackIndex } from "../../core/joins";
import { parsePolicy } from "../../core/policy-document";
import { isRecord, type ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";
import { allows, elementList } from "../support/iam-policy";

type Attachment = Pick<RolePolicyAttachmentArgs, "policyArn">;
type Role = Pick<RoleArgs, "assumeRolePolicy" | "managedPolicyArns">;
type Shared = Pick<PolicyAttachmentArgs, "users" | "groups" | "roles">;

// The AWS-managed AdministratorAccess policy, in every partition (arn:aws, arn:aws-us-gov, arn:aws-cn).
const ADMINISTRATOR_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

const TYPES = [
  AWS.iamUserPolicyAttachment,
  AWS.iamGroupPolicyAttachment,
  AWS.iamRolePolicyAttachment,
  AWS.iamPolicyAttachment,
  AWS.iamRole,
];

function isAdminArn(value: unknown): boolean {
  return typeof value === "string" && ADMINISTRATOR_ACCESS.test(value);
}

/**
 * Whether people assume the role: its trust policy lets AWS principals (accounts, users, roles: the
 * way people reach a role) or SAML federation assume it. A role only services or web-identity
 * workloads (CI, Kubernetes) assume is a workload's, which this rule leaves alone.
 */
function assumedByPeople(role: ResourceView): boolean {
  return parsePolicy((role.props as Role).assumeRolePolicy).statements.some((statement) => {
    if (!allows(statement)) return false;
    const principal = statement["Principal"];
    if (principal === "*") return true;
    if (!isRecord(principal)) return false;
    if (elementList(principal, "AWS").length > 0) return true;
    return elementList(principal, "Federated").length > 0 && elementList(statement, "Action").includes("sts:AssumeRoleWithSAML");
  });
}

export default defineStackRule({
  name: "aws-iam-principal-disallow-admin-policy",
  displayName: "People do not hold AdministratorAccess standing",
  description:
    "The AWS-managed `AdministratorAccess` policy is not attached to IAM users, to groups, or to roles that people assume (AWS principals or SAML federation in the trust policy).",
  duty: "least-privilege",
  severity: "medium",
  resourceTypes: [
    AWS.iamUserPolicyAttachment,
    AWS.iamGroupPolicyAttachment,
    AWS.iamRolePolicyAttachment,
    AWS.iamPolicyAttachment,
    AWS.iamRole,
  ],
  remediation:
    "Attach a policy scoped to the job (or an AWS job-function policy such as `job-function/ViewOnlyAccess`); keep administration in one break-glass role that requires MFA, under an exception in the map.",
  why: "every session of that person is an administrator's, so one phished password or leaked key gives away the account",
  controls: { nist: ["AC-6(5)", "AC-6(7)"], pciDss: ["7.2.2"], iso27001: ["A.8.2"], cis: ["AWS 1.16"] },
  problems: {
    "user-admin": "AdministratorAccess is attached to an IAM user",
    "group-admin": "AdministratorAccess is attached to an IAM group, so to every member",
    "role-admin": "AdministratorAccess is attached to a role that people assume",
  },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const roleFinding = (resource: ResourceView, role: ResourceView | undefined): StackViolation[] =>
      role === undefined || !assumedByPeople(role)
        ? []
        : [
            {
              code: "role-admin",
              resource,
              subject: role.name,
              actual: `AdministratorAccess is attached to the role "${role.name}", which people assume (its trust policy names AWS principals or SAML federation)`,
            },
          ];
    // Each attachment (or role) on its own: an unknown at preview leaves only it undecided.
    return judgeEach(index.ofType(TYPES), (resource): StackViolation[] => {
      if (resource.type === AWS.iamRole) {
        // role.d.ts: `managedPolicyArns` (deprecated) is the exclusive set of managed policies attached.
        const { managedPolicyArns } = resource.props as Role;
        return Array.isArray(managedPolicyArns) && managedPolicyArns.some(isAdminArn) ? roleFinding(resource, resource) : [];
      }
      // iam/*PolicyAttachment.d.ts: `policyArn` is "the ARN of the policy you want to apply".
      if (!isAdminArn((resource.props as Attachment).policyArn)) return [];
      if (resource.type === AWS.iamRolePolicyAttachment) {
        // rolePolicyAttachment.d.ts: `role` is the name of the IAM role (a Role's `name`, or its `id`).
        return roleFinding(resource, index.referenced(resource, "role", [AWS.iamRole], ["name"]));
      }
      if (resource.type !== AWS.iamPolicyAttachment) {
        const user = resource.type === AWS.iamUserPolicyAttachment;
        return [
          {
            code: user ? "user-admin" : "group-admin",
            resource,
            actual: user
              ? "AdministratorAccess is attached directly to an IAM user"
              : "AdministratorAccess is attached to an IAM group, so every member holds it",
          },
        ];
      }
      const out: StackViolation[] = [];
      const { users, groups, roles } = resource.props as Shared;
      if (Array.isArray(users) && users.length > 0) {
        out.push({
          code: "user-admin",
          resource,
          subject: "users",
          actual: `AdministratorAccess is attached to ${users.length} IAM user(s) through \`users\``,
        });
      }
      if (Array.isArray(groups) && groups.length > 0) {
        out.push({
          code: "group-admin",
          resource,
          subject: "groups",
          actual: `AdministratorAccess is attached to ${groups.length} IAM group(s) through \`groups\`, so to every member`,
        });
      }
      if (!Array.isArray(roles)) return out;
      const fromDependencies = (resource.propertyDependencies?.["roles"] ?? [])
        .map((urn) => index.byUrnOf(urn))
        .filter((r) => r?.type === AWS.iamRole);
      const targets =
        fromDependencies.length > 0
          ? fromDependencies
          : roles.map((name) => (typeof name === "string" ? index.byValue([AWS.iamRole], ["name"], name) : undefined));
      for (const role of new Set(targets)) appendAll(out, roleFinding(resource, role));
      return out;
    });
  },
});
