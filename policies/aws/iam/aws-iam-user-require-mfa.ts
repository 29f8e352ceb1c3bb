import type { GroupPolicyArgs, PolicyArgs, PolicyAttachmentArgs, UserPolicyArgs } from "@pulumi/aws/iam";
import { StackIndex } from "../../core/joins";
import { deniesWithoutMfa, parsePolicy } from "../../core/policy-document";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";

const USERS = [AWS.iamUser];
const GROUPS = [AWS.iamGroup];

function enforcesMfa(document: unknown): boolean {
  return parsePolicy(document).statements.some(deniesWithoutMfa);
}

export default defineStackRule({
  name: "aws-iam-user-require-mfa",
  displayName: "Console users must use MFA",
  description:
    "Every IAM user with a console password (a UserLoginProfile) is covered, directly or through a group, by a policy that denies actions when `aws:MultiFactorAuthPresent` is false.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [
    AWS.iamUserLoginProfile,
    AWS.iamUser,
    AWS.iamGroup,
    AWS.iamPolicy,
    AWS.iamUserPolicy,
    AWS.iamUserPolicyAttachment,
    AWS.iamPolicyAttachment,
    AWS.iamGroupMembership,
    AWS.iamUserGroupMembership,
    AWS.iamGroupPolicy,
    AWS.iamGroupPolicyAttachment,
  ],
  remediation:
    'Attach to the user, or to a group it belongs to, a policy with a statement `{ Effect: "Deny", NotAction: ["iam:*MFADevice", "iam:ListMFADevices", "iam:ChangePassword", "sts:GetSessionToken"], Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } }` — or better, remove the login profile and give the person IAM Identity Center access with MFA.',
  why: "a stolen or guessed password alone is enough to act as the user in the console",
  controls: { nist: ["IA-2(1)", "IA-2(2)"], pciDss: ["8.4.2"], iso27001: ["A.8.5"], cis: ["AWS 1.10"], securityHub: ["IAM.5", "IAM.19"] },
  checkStack(resources) {
    const index = StackIndex.of(resources);
    const profiles = index.ofType([AWS.iamUserLoginProfile]);
    if (profiles.length === 0) return [];

    const byName = (types: readonly string[]) => {
      const map = new Map<string, ResourceView>();
      for (const target of index.ofType(types)) {
        const name = target.props["name"];
        if (typeof name === "string" && name !== "") map.set(name, target);
        if (target.id) map.set(target.id, target);
      }
      return map;
    };
    const userNames = byName(USERS);
    const groupNames = byName(GROUPS);
    /** The key of one principal reference: the resource's URN when the stack declares it, else the literal name. */
    const one = (from: ResourceView, property: string, types: readonly string[]): string | undefined => {
      const target = index.referenced(from, property, types, ["name"]);
      if (target) return `urn:${target.urn}`;
      const value = from.props[property];
      return typeof value === "string" && value !== "" ? `name:${value}` : undefined;
    };
    const many = (from: ResourceView, property: string, types: readonly string[], names: Map<string, ResourceView>): string[] => {
      const dependencies = from.propertyDependencies?.[property];
      if (dependencies !== undefined && dependencies.length > 0) {
        return dependencies.filter((urn) => types.includes(index.byUrnOf(urn)?.type ?? "")).map((urn) => `urn:${urn}`);
      }
      const values = from.props[property];
      if (!Array.isArray(values)) return [];
      return values
        .filter((value): value is string => typeof value === "string" && value !== "")
        .map((value) => {
          const target = names.get(value);
          return target ? `urn:${target.urn}` : `name:${value}`;
        });
    };

    const mfaPolicies = new Set<string>();
    for (const policy of index.ofType([AWS.iamPolicy])) {
      if (enforcesMfa((policy.props as Pick<PolicyArgs, "policy">).policy)) mfaPolicies.add(policy.urn);
    }
    const attachesMfaPolicy = (attachment: ResourceView): boolean => {
      const policy = index.referenced(attachment, "policyArn", [AWS.iamPolicy], ["arn"]);
      return policy !== undefined && mfaPolicies.has(policy.urn);
    };

    const mfaUsers = new Set<string>();
    const mfaGroups = new Set<string>();
    const add = (set: Set<string>, key: string | undefined) => {
      if (key !== undefined) set.add(key);
    };
    for (const inline of index.ofType([AWS.iamUserPolicy])) {
      if (enforcesMfa((inline.props as Pick<UserPolicyArgs, "policy">).policy)) add(mfaUsers, one(inline, "user", USERS));
    }
    for (const inline of index.ofType([AWS.iamGroupPolicy])) {
      if (enforcesMfa((inline.props as Pick<GroupPolicyArgs, "policy">).policy)) add(mfaGroups, one(inline, "group", GROUPS));
    }
    for (const attachment of index.ofType([AWS.iamUserPolicyAttachment])) {
      if (attachesMfaPolicy(attachment)) add(mfaUsers, one(attachment, "user", USERS));
    }
    for (const attachment of index.ofType([AWS.iamGroupPolicyAttachment])) {
      if (attachesMfaPolicy(attachment)) add(mfaGroups, one(attachment, "group", GROUPS));
    }
    for (const attachment of index.ofType([AWS.iamPolicyAttachment])) {
      if (!attachesMfaPolicy(attachment)) continue;
      const props = attachment.props as Pick<PolicyAttachmentArgs, "users" | "groups">;
      if (props.users !== undefined) for (const key of many(attachment, "users", USERS, userNames)) mfaUsers.add(key);
      if (props.groups !== undefined) for (const key of many(attachment, "groups", GROUPS, groupNames)) mfaGroups.add(key);
    }

    const groupsOfUser = new Map<string, string[]>();
    const member = (user: string | undefined, group: string | undefined) => {
      if (user === undefined || group === undefined) return;
      const list = groupsOfUser.get(user) ?? [];
      list.push(group);
      groupsOfUser.set(user, list);
    };
    for (const membership of index.ofType([AWS.iamGroupMembership])) {
      const group = one(membership, "group", GROUPS);
      for (const user of many(membership, "users", USERS, userNames)) member(user, group);
    }
    for (const membership of index.ofType([AWS.iamUserGroupMembership])) {
      const user = one(membership, "user", USERS);
      for (const group of many(membership, "groups", GROUPS, groupNames)) member(user, group);
    }

    const violations: StackViolation[] = [];
    for (const profile of profiles) {
      const user = one(profile, "user", USERS);
      if (user !== undefined && (mfaUsers.has(user) || (groupsOfUser.get(user) ?? []).some((group) => mfaGroups.has(group)))) continue;
      violations.push({
        resource: profile,
        actual:
          "The console user is not forced to use MFA: no policy attached to the user or to its groups denies actions when `aws:MultiFactorAuthPresent` is false",
      });
    }
    return violations;
  },
});
