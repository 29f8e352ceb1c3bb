import rule from "../../../../policies/aws/iam/aws-iam-user-require-mfa";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const DENY = {
  Sid: "DenyWithoutMfa",
  Effect: "Deny",
  NotAction: ["iam:*MFADevice", "sts:GetSessionToken"],
  Resource: "*",
  Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
};
const ALLOW = { Effect: "Allow", Action: "s3:GetObject", Resource: "*" };
const doc = (statement: unknown) => JSON.stringify({ Version: "2012-10-17", Statement: statement });
const POLICY_ARN = "arn:aws:iam::111122223333:policy/force-mfa";

const dep = (property: string, type: string, name: string) => ({ [property]: [urnOf(type, name)] });
const user = (extra = {}) => resource(AWS.iamUser, "alice", { name: "alice" }, extra);
const group = (extra = {}) => resource(AWS.iamGroup, "humans", { name: "humans" }, extra);
const profile = (extra: Record<string, unknown> = { propertyDependencies: dep("user", AWS.iamUser, "alice") }) =>
  resource(AWS.iamUserLoginProfile, "alice-console", { user: "alice" }, extra);
const managed = (document: unknown = doc([DENY]), extra = {}) =>
  resource(AWS.iamPolicy, "force-mfa", { name: "force-mfa", policy: document }, extra);
const withDeps = (type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]>) =>
  resource(type, name, props, { propertyDependencies: deps });

describeRule(rule, {
  compliant: [
    {
      title: "user with an inline UserPolicy denying without MFA (object document, Statement object)",
      resources: [
        user(),
        profile(),
        withDeps(
          AWS.iamUserPolicy,
          "alice-mfa",
          { user: "alice", policy: { Version: "2012-10-17", Statement: DENY } },
          dep("user", AWS.iamUser, "alice"),
        ),
      ],
    },
    {
      title: "user with a UserPolicyAttachment of a managed MFA policy (ARN unknown in preview)",
      resources: [
        user(),
        profile(),
        managed(),
        withDeps(
          AWS.iamUserPolicyAttachment,
          "alice-mfa",
          { user: "alice", policyArn: UNKNOWN.string },
          { ...dep("user", AWS.iamUser, "alice"), ...dep("policyArn", AWS.iamPolicy, "force-mfa") },
        ),
      ],
    },
    {
      title: "user in a group (GroupMembership) with an inline GroupPolicy using Bool",
      resources: [
        user(),
        group(),
        profile(),
        withDeps(
          AWS.iamGroupMembership,
          "humans-members",
          { group: "humans", users: [UNKNOWN.string] },
          { ...dep("group", AWS.iamGroup, "humans"), ...dep("users", AWS.iamUser, "alice") },
        ),
        withDeps(
          AWS.iamGroupPolicy,
          "humans-mfa",
          { group: "humans", policy: doc([ALLOW, { ...DENY, Condition: { Bool: { "aws:MultiFactorAuthPresent": false } } }]) },
          dep("group", AWS.iamGroup, "humans"),
        ),
      ],
    },
    {
      title: "user in a group (UserGroupMembership) with a GroupPolicyAttachment",
      resources: [
        user(),
        group(),
        profile(),
        managed(),
        withDeps(
          AWS.iamUserGroupMembership,
          "alice-groups",
          { user: "alice", groups: ["humans"] },
          { ...dep("user", AWS.iamUser, "alice"), ...dep("groups", AWS.iamGroup, "humans") },
        ),
        withDeps(
          AWS.iamGroupPolicyAttachment,
          "humans-mfa",
          { group: "humans", policyArn: POLICY_ARN },
          { ...dep("group", AWS.iamGroup, "humans"), ...dep("policyArn", AWS.iamPolicy, "force-mfa") },
        ),
      ],
    },
    {
      title: "user covered through a PolicyAttachment's groups",
      resources: [
        user(),
        group(),
        profile(),
        managed(),
        withDeps(AWS.iamGroupMembership, "humans-members", { group: "humans", users: ["alice"] }, dep("group", AWS.iamGroup, "humans")),
        withDeps(
          AWS.iamPolicyAttachment,
          "mfa-everyone",
          { policyArn: POLICY_ARN, groups: ["humans"] },
          { ...dep("policyArn", AWS.iamPolicy, "force-mfa"), ...dep("groups", AWS.iamGroup, "humans") },
        ),
      ],
    },
    {
      title: "deployed user covered by a PolicyAttachment's users by name",
      resources: [
        user({ id: "alice" }),
        profile({ id: "alice" }),
        managed(doc([DENY]), { id: POLICY_ARN }),
        resource(AWS.iamPolicyAttachment, "mfa-everyone", { policyArn: POLICY_ARN, users: ["alice"] }, { id: "mfa-everyone" }),
      ],
    },
    {
      title: "deployed user in a group by name with a GroupPolicyAttachment by ARN",
      resources: [
        user({ id: "alice" }),
        group({ id: "humans" }),
        profile({ id: "alice" }),
        managed(doc([DENY]), { id: POLICY_ARN }),
        resource(AWS.iamUserGroupMembership, "alice-groups", { user: "alice", groups: ["humans"] }, { id: "m1" }),
        resource(AWS.iamGroupPolicyAttachment, "humans-mfa", { group: "humans", policyArn: POLICY_ARN }, { id: "a1" }),
      ],
    },
    {
      // UserPolicyAttachment names the user by name and the policy by ARN (iam/userPolicyAttachment.d.ts).
      title: "deployed user with a UserPolicyAttachment by name and ARN",
      resources: [
        user({ id: "alice" }),
        profile({ id: "alice" }),
        managed(doc([DENY]), { id: POLICY_ARN }),
        resource(AWS.iamUserPolicyAttachment, "alice-mfa", { user: "alice", policyArn: POLICY_ARN }, { id: "alice-mfa" }),
      ],
    },
    { title: "stack without console users", resources: [user()] },
  ],
  violating: [
    {
      title: "console user without any policy next to a login profile whose user is computed",
      resources: [profile({}), resource(AWS.iamUserLoginProfile, "bob-console", { user: UNKNOWN.string })],
      codes: ["mfa-not-enforced"],
      undecided: ["bob-console"],
    },
    {
      title: "console user without any policy next to a user whose inline policy is computed",
      resources: [
        user(),
        profile(),
        withDeps(AWS.iamUserPolicy, "alice-mfa", { user: "alice", policy: UNKNOWN.string }, dep("user", AWS.iamUser, "alice")),
        resource(AWS.iamUser, "bob", { name: "bob" }),
        resource(AWS.iamUserLoginProfile, "bob-console", { user: "bob" }, { propertyDependencies: dep("user", AWS.iamUser, "bob") }),
      ],
      codes: ["mfa-not-enforced"],
      undecided: ["alice-console"],
    },
    { title: "console user without any policy", resources: [user(), profile()], codes: ["mfa-not-enforced"] },
    {
      title: "deployed user whose UserPolicyAttachment attaches a policy that only allows",
      resources: [
        user({ id: "alice" }),
        profile({ id: "alice" }),
        managed(doc([ALLOW]), { id: POLICY_ARN }),
        resource(AWS.iamUserPolicyAttachment, "alice-read", { user: "alice", policyArn: POLICY_ARN }, { id: "alice-read" }),
      ],
      codes: ["mfa-not-enforced"],
    },
    {
      title: "console user whose inline policy only allows",
      resources: [
        user(),
        profile(),
        withDeps(AWS.iamUserPolicy, "alice-read", { user: "alice", policy: doc([ALLOW]) }, dep("user", AWS.iamUser, "alice")),
      ],
      codes: ["mfa-not-enforced"],
    },
    {
      title: "console user whose MFA policy is attached to another user",
      resources: [
        user(),
        profile(),
        resource(AWS.iamUser, "bob", { name: "bob" }),
        withDeps(AWS.iamUserPolicy, "bob-mfa", { user: "bob", policy: doc([DENY]) }, dep("user", AWS.iamUser, "bob")),
      ],
      codes: ["mfa-not-enforced"],
    },
    {
      title: "console user whose group policy is invalid JSON",
      resources: [
        user(),
        group(),
        profile(),
        withDeps(
          AWS.iamUserGroupMembership,
          "alice-groups",
          { user: "alice", groups: ["humans"] },
          { ...dep("user", AWS.iamUser, "alice"), ...dep("groups", AWS.iamGroup, "humans") },
        ),
        withDeps(AWS.iamGroupPolicy, "humans-mfa", { group: "humans", policy: "{broken" }, dep("group", AWS.iamGroup, "humans")),
      ],
      codes: ["mfa-not-enforced"],
    },
    {
      title: "deployed console user whose managed policy is attached to another group",
      resources: [
        user({ id: "alice" }),
        profile({ id: "alice" }),
        managed(doc([DENY]), { id: POLICY_ARN }),
        resource(AWS.iamGroupPolicyAttachment, "admins-mfa", { group: "admins", policyArn: POLICY_ARN }, { id: "a1" }),
      ],
      codes: ["mfa-not-enforced"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "inline user policy whose document is computed",
      resources: [
        user(),
        profile(),
        withDeps(AWS.iamUserPolicy, "alice-mfa", { user: "alice", policy: UNKNOWN.string }, dep("user", AWS.iamUser, "alice")),
      ],
      undecided: ["alice-console"],
    },
    {
      title: "login profile whose user is computed without a dependency",
      resources: [resource(AWS.iamUserLoginProfile, "bob-console", { user: UNKNOWN.string })],
      undecided: ["bob-console"],
    },
    {
      title: "group membership whose users are computed without a dependency",
      resources: [
        user(),
        profile(),
        group(),
        withDeps(AWS.iamGroupPolicy, "humans-mfa", { group: "humans", policy: doc([DENY]) }, dep("group", AWS.iamGroup, "humans")),
        withDeps(AWS.iamGroupMembership, "humans-members", { group: "humans", users: UNKNOWN.array }, dep("group", AWS.iamGroup, "humans")),
      ],
      undecided: ["alice-console"],
    },
  ],
});
