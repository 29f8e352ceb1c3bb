import rule from "../../../../policies/aws/identitystore/aws-identitystore-user-disallow-leaver-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const STORE = "d-1234567890";
const user = (name: string, userName: string, email?: string) =>
  resource(AWS.identityStoreUser, name, {
    identityStoreId: STORE,
    displayName: name,
    userName,
    ...(email === undefined ? {} : { emails: { value: email, primary: true } }),
  });
const membership = (name: string, member: string, memberId: unknown = "90676a11-5061-70f1-0000-00000000000a") =>
  resource(
    AWS.identityStoreGroupMembership,
    name,
    { identityStoreId: STORE, groupId: "g-1", memberId },
    { propertyDependencies: { memberId: [urnOf(AWS.identityStoreUser, member)] } },
  );
const assignment = (principalType: string, principalId: string) =>
  resource(AWS.ssoAccountAssignment, `assign-${principalType}`, {
    instanceArn: "arn:aws:sso:::instance/ssoins-1",
    permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1/ps-1",
    principalType,
    principalId,
    targetId: "111122223333",
    targetType: "AWS_ACCOUNT",
  });
const bucket = resource(AWS.s3Bucket, "assets", {});

describeRule(rule, {
  compliant: [
    {
      title: "Identity Center user whose email is an active person's",
      resources: [user("diego", "diego", "diego.alvarez@northwind.example")],
    },
    {
      title: "membership and assignment of an active person's user",
      resources: [user("diego", "diego.alvarez@northwind.example"), membership("diego-admins", "diego"), assignment("GROUP", "g-1")],
    },
  ],
  violating: [
    {
      title: "departed person's user next to a membership whose member id is computed elsewhere",
      resources: [
        user("sam", "sam.oconnor@northwind.example"),
        resource(AWS.identityStoreGroupMembership, "m", { identityStoreId: STORE, groupId: "g", memberId: UNKNOWN.string }),
      ],
      codes: ["departed-identity"],
      undecided: ["m"],
    },
    {
      title: "departed person's user with a membership (followed through propertyDependencies, even while memberId is unknown)",
      resources: [user("sam", "sam.oconnor@northwind.example"), membership("sam-admins", "sam", UNKNOWN.string)],
      codes: ["departed-identity", "departed-identity"],
    },
    {
      title: "departed person's user by email, with a membership",
      resources: [user("sam", "sam", "sam.oconnor@northwind.example"), membership("sam-admins", "sam")],
      codes: ["departed-identity", "departed-identity"],
    },
    {
      title: "direct USER assignment to an unlisted user id",
      resources: [assignment("USER", "90676a11-5061-70f1-0000-000000000001")],
      codes: ["unclaimed-identity"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [
    {
      title: "stack without Identity Center resources",
      resources: [bucket],
      reason: "The stack declares no IAM Identity Center users, memberships or account assignments",
    },
  ],
  unknown: [
    {
      title: "membership whose member id is computed elsewhere",
      resources: [resource(AWS.identityStoreGroupMembership, "m", { identityStoreId: STORE, groupId: "g", memberId: UNKNOWN.string })],
      undecided: ["m"],
    },
  ],
});
