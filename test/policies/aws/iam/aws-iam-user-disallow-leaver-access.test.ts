import rule from "../../../../policies/aws/iam/aws-iam-user-disallow-leaver-access";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The bundled map: sam.oconnor (departed 2026-06-30) claims IAM user "sam.oconnor"; diego.alvarez
// (active) claims "diego.alvarez".
const SAM = "sam.oconnor";
const DIEGO = "diego.alvarez";
const ARN = "arn:aws:iam::111122223333:policy/ReadOnly";

describeRule(rule, {
  compliant: [
    { title: "IAM user of an active person", resources: [resource(AWS.iamUser, "diego", { name: DIEGO })] },
    { title: "login profile of an active person's user", resources: [resource(AWS.iamUserLoginProfile, "diego-console", { user: DIEGO })] },
    { title: "access key of an active person's user", resources: [resource(AWS.iamAccessKey, "diego-key", { user: "Diego.Alvarez" })] },
    {
      title: "SSH key of an active person's user",
      resources: [resource(AWS.iamSshKey, "k", { username: DIEGO, encoding: "SSH", publicKey: "ssh-rsa AAAA" })],
    },
    {
      title: "service-specific credential of an active person's user",
      resources: [resource(AWS.iamServiceSpecificCredential, "c", { userName: DIEGO, serviceName: "codecommit.amazonaws.com" })],
    },
    {
      title: "signing certificate of an active person's user",
      resources: [resource(AWS.iamSigningCertificate, "cert", { userName: DIEGO, certificateBody: "-----BEGIN CERTIFICATE-----" })],
    },
    {
      title: "group membership of active people",
      resources: [resource(AWS.iamGroupMembership, "admins", { group: "admins", users: [DIEGO] })],
    },
    { title: "user's groups", resources: [resource(AWS.iamUserGroupMembership, "g", { user: DIEGO, groups: ["admins"] })] },
    {
      title: "policy attached to an active person's user",
      resources: [resource(AWS.iamUserPolicyAttachment, "a", { user: DIEGO, policyArn: ARN })],
    },
    { title: "inline policy of an active person's user", resources: [resource(AWS.iamUserPolicy, "p", { user: DIEGO, policy: "{}" })] },
    {
      title: "policy attachment naming active users",
      resources: [resource(AWS.iamPolicyAttachment, "pa", { policyArn: ARN, users: [DIEGO] })],
    },
    {
      title: "EKS access entry for an active person's user",
      resources: [resource(AWS.eksAccessEntry, "e", { clusterName: "c", principalArn: `arn:aws:iam::111122223333:user/team/${DIEGO}` })],
    },
    {
      title: "access key and login profile of an unclaimed user (reported on the user only)",
      resources: [resource(AWS.iamAccessKey, "ci", { user: "ci-bot" }), resource(AWS.iamUserLoginProfile, "ci", { user: "ci-bot" })],
    },
    {
      title: "unclaimed IAM user with flagUnclaimed=false",
      resources: [resource(AWS.iamUser, "ci", { name: "ci-bot" })],
      config: { flagUnclaimed: false },
    },
  ],
  violating: [
    { title: "IAM user of a departed person", resources: [resource(AWS.iamUser, "sam", { name: SAM })], codes: ["departed-identity"] },
    {
      title: "login profile of a departed person's user, in another case",
      resources: [resource(AWS.iamUserLoginProfile, "sam-console", { user: "SAM.OCONNOR" })],
      codes: ["departed-identity"],
    },
    {
      title: "active access key of a departed person",
      resources: [resource(AWS.iamAccessKey, "sam-key", { user: SAM })],
      codes: ["departed-identity"],
    },
    {
      // The unclaimed member is reported once, on its aws.iam.User, not on each membership.
      title: "group membership with a departed and an unclaimed member",
      resources: [resource(AWS.iamGroupMembership, "admins", { group: "admins", users: [DIEGO, SAM, "contractor-7"] })],
      codes: ["departed-identity"],
      levels: ["mandatory"],
    },
    {
      title: "EKS access entry for a departed person's user",
      resources: [resource(AWS.eksAccessEntry, "e", { clusterName: "c", principalArn: `arn:aws:iam::111122223333:user/${SAM}` })],
      codes: ["departed-identity"],
    },
    {
      title: "IAM user nobody in the map claims",
      resources: [resource(AWS.iamUser, "ci", { name: "ci-bot" })],
      codes: ["unclaimed-identity"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [
    {
      title: "inactive access key of a departed person",
      resources: [resource(AWS.iamAccessKey, "old", { user: SAM, status: "Inactive" })],
      reason: "The access key is `Inactive`, so it gives no access",
    },
    {
      title: "EKS access entry for a role",
      resources: [resource(AWS.eksAccessEntry, "e", { clusterName: "c", principalArn: "arn:aws:iam::111122223333:role/deployer" })],
      reason: "The access entry's `principalArn` is not an IAM user (a role, or not an ARN)",
    },
    {
      title: "policy attachment to roles only",
      resources: [resource(AWS.iamPolicyAttachment, "pa", { policyArn: ARN, roles: ["r"] })],
      reason: "The resource names no IAM user",
    },
  ],
  unknown: [
    { title: "login profile whose user is computed", resources: [resource(AWS.iamUserLoginProfile, "p", { user: UNKNOWN.string })] },
    {
      title: "EKS access entry whose principalArn is a new user's arn",
      resources: [resource(AWS.eksAccessEntry, "e", { clusterName: "c", principalArn: UNKNOWN.string })],
    },
  ],
});
