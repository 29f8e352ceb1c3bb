import type { GroupPolicyArgs, PolicyArgs, PolicyAttachmentArgs, UserPolicyArgs } from "@pulumi/aws/iam";
import { StackIndex } from "../../core/joins";
import { deniesWithoutMfa, parsePolicy } from "../../core/policy-document";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { Joined, judgeEach } from "../../core/unknown";

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
  problems: {
    "mfa-not-enforced": "no policy attached to the console user or to its groups denies actions without MFA",
  },
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

    // An attachment enforces MFA when the policy it attaches is one of the stack's and denies without MFA.
    const attachesMfaPolicy = (attachment: ResourceView): boolean => {
      const policy = index.referenced(attachment, "policyArn", [AWS.iamPolicy], ["arn"]);
      return policy !== undefined && enforcesMfa((policy.props as Pick<PolicyArgs, "policy">).policy);
    };
    const onlyDefined = (key: string | undefined) => key;
    const attachedTo = (
      attachment: ResourceView,
      property: "users" | "groups",
      types: readonly string[],
      names: Map<string, ResourceView>,
    ) => {
      const props = attachment.props as Pick<PolicyAttachmentArgs, "users" | "groups">;
      return props[property] !== undefined ? many(attachment, property, types, names) : [];
    };
    // What the stack says about each user and group (keyed by URN or literal name): whether some
    // policy forces MFA on it, and each user's groups. A resource with a value unknown at preview
    // leaves only the console users whose verdict it may change undecided.
    const userMfa = new Joined<boolean>(
      index.ofType([AWS.iamUserPolicy, AWS.iamUserPolicyAttachment, AWS.iamPolicyAttachment]),
      (source) => {
        if (source.type === AWS.iamUserPolicy) return onlyDefined(one(source, "user", USERS));
        if (source.type === AWS.iamUserPolicyAttachment) return onlyDefined(one(source, "user", USERS));
        return attachedTo(source, "users", USERS, userNames);
      },
      (source) =>
        source.type === AWS.iamUserPolicy
          ? enforcesMfa((source.props as Pick<UserPolicyArgs, "policy">).policy)
          : attachesMfaPolicy(source),
    );
    const groupMfa = new Joined<boolean>(
      index.ofType([AWS.iamGroupPolicy, AWS.iamGroupPolicyAttachment, AWS.iamPolicyAttachment]),
      (source) => {
        if (source.type === AWS.iamGroupPolicy || source.type === AWS.iamGroupPolicyAttachment) {
          return onlyDefined(one(source, "group", GROUPS));
        }
        return attachedTo(source, "groups", GROUPS, groupNames);
      },
      (source) =>
        source.type === AWS.iamGroupPolicy
          ? enforcesMfa((source.props as Pick<GroupPolicyArgs, "policy">).policy)
          : attachesMfaPolicy(source),
    );
    const groupsOf = new Joined<readonly string[]>(
      index.ofType([AWS.iamGroupMembership, AWS.iamUserGroupMembership]),
      (membership) =>
        membership.type === AWS.iamGroupMembership
          ? many(membership, "users", USERS, userNames)
          : onlyDefined(one(membership, "user", USERS)),
      (membership) => {
        if (membership.type === AWS.iamUserGroupMembership) return many(membership, "groups", GROUPS, groupNames);
        const group = one(membership, "group", GROUPS);
        return group === undefined ? [] : [group];
      },
    );

    // Each console user on its own.
    return judgeEach(profiles, (profile): StackViolation[] | undefined => {
      const user = one(profile, "user", USERS);
      if (user !== undefined) {
        if (userMfa.some(user, (enforced) => enforced)) return undefined;
        const groups = groupsOf.of(user).flat();
        if (groups.some((group) => groupMfa.some(group, (enforced) => enforced))) return undefined;
        userMfa.settle(user);
        groupsOf.settle(user);
        for (const group of groups) groupMfa.settle(group);
      }
      return [
        {
          code: "mfa-not-enforced",
          resource: profile,
          actual:
            "The console user is not forced to use MFA: no policy attached to the user or to its groups denies actions when `aws:MultiFactorAuthPresent` is false",
        },
      ];
    });
  },
});
