import type {
  AccessKeyArgs,
  GroupMembershipArgs,
  PolicyAttachmentArgs,
  ServiceSpecificCredentialArgs,
  SigningCertificateArgs,
  SshKeyArgs,
  UserArgs,
  UserGroupMembershipArgs,
  UserLoginProfileArgs,
  UserPolicyArgs,
  UserPolicyAttachmentArgs,
} from "@pulumi/aws/iam";
import { FLAG_UNCLAIMED_OPTION, type IdentityRef, leaverViolations } from "../../core/identities";
import { defineRule, notApplicable } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { iamUserFromArn } from "../support/identities";

interface Config {
  readonly flagUnclaimed: boolean;
}

const IAM_USER = ["awsIamUsers"] as const;
/**
 * `human` marks the ref whose unclaimed user is reported: only the `aws.iam.User` itself, so a user
 * nobody claims gets one advisory, not one more for each key, profile and membership hanging off it.
 */
const user = (value: unknown, field: string, human = false): IdentityRef[] =>
  typeof value === "string" && value !== "" ? [{ kinds: IAM_USER, value, field, human }] : [];
const users = (values: unknown, field: string): IdentityRef[] =>
  Array.isArray(values) ? values.flatMap((value, index) => user(value, `${field}[${index}]`)) : [];

/** What each type grants its IAM user, and where it names the user (SDK Args, cited per type). */
const ACCESS: Readonly<Record<string, string>> = {
  [AWS.iamUser]: "an IAM user account",
  [AWS.iamUserLoginProfile]: "console access",
  [AWS.iamAccessKey]: "an access key",
  [AWS.iamSshKey]: "an SSH key (CodeCommit)",
  [AWS.iamServiceSpecificCredential]: "a service-specific credential",
  [AWS.iamSigningCertificate]: "a signing certificate",
  [AWS.iamGroupMembership]: "group membership",
  [AWS.iamUserGroupMembership]: "group membership",
  [AWS.iamUserPolicyAttachment]: "an attached policy",
  [AWS.iamUserPolicy]: "an inline policy",
  [AWS.iamPolicyAttachment]: "an attached policy",
  [AWS.eksAccessEntry]: "EKS cluster access",
};

/**
 * A credential whose status is `Inactive` (or `Expired`) cannot be used. SDK: AccessKeyArgs.status
 * "Defaults to `Active`. Valid values are `Active` and `Inactive`"; SshKeyArgs.status "Default is
 * `active`"; ServiceSpecificCredentialArgs.status "Default value is `Active`"; SigningCertificateArgs
 * status `Active` / `Inactive`.
 */
function inactive(status: unknown): boolean {
  return typeof status === "string" && (status.toLowerCase() === "inactive" || status.toLowerCase() === "expired");
}

function refsOf(type: string, props: Readonly<Record<string, unknown>>): IdentityRef[] | string {
  switch (type) {
    case AWS.iamUser:
      // UserArgs.name: "User names are not distinguished by case"; autonamed when unset.
      return user((props as Partial<UserArgs>).name, "name", true);
    case AWS.iamUserLoginProfile:
      return user((props as Partial<UserLoginProfileArgs>).user, "user");
    case AWS.iamAccessKey: {
      const p = props as Partial<AccessKeyArgs>;
      return inactive(p.status) ? "The access key is `Inactive`, so it gives no access" : user(p.user, "user");
    }
    case AWS.iamSshKey: {
      const p = props as Partial<SshKeyArgs>;
      return inactive(p.status) ? "The SSH key is `Inactive`, so it gives no access" : user(p.username, "username");
    }
    case AWS.iamServiceSpecificCredential: {
      const p = props as Partial<ServiceSpecificCredentialArgs>;
      return inactive(p.status) ? "The credential is not `Active`, so it gives no access" : user(p.userName, "userName");
    }
    case AWS.iamSigningCertificate: {
      const p = props as Partial<SigningCertificateArgs>;
      return inactive(p.status) ? "The certificate is `Inactive`, so it gives no access" : user(p.userName, "userName");
    }
    case AWS.iamGroupMembership:
      return users((props as Partial<GroupMembershipArgs>).users, "users");
    case AWS.iamUserGroupMembership:
      return user((props as Partial<UserGroupMembershipArgs>).user, "user");
    case AWS.iamUserPolicyAttachment:
      return user((props as Partial<UserPolicyAttachmentArgs>).user, "user");
    case AWS.iamUserPolicy:
      return user((props as Partial<UserPolicyArgs>).user, "user");
    case AWS.iamPolicyAttachment:
      // PolicyAttachmentArgs.users is optional: an attachment to roles or groups only names no user.
      return users((props as Partial<PolicyAttachmentArgs>).users, "users");
    case AWS.eksAccessEntry: {
      // AccessEntryArgs.principalArn: "The IAM Principal ARN"; only a user ARN names a person.
      const arn = props["principalArn"];
      const name = typeof arn === "string" ? iamUserFromArn(arn) : undefined;
      return name === undefined
        ? "The access entry's `principalArn` is not an IAM user (a role, or not an ARN)"
        : user(name, "principalArn");
    }
    default:
      return [];
  }
}

export default defineRule<Config>({
  name: "aws-iam-user-disallow-leaver-access",
  displayName: "No IAM access remains with people who left",
  description:
    "No IAM user, console password, access key or other credential, group membership, policy attachment or EKS access entry belongs to an IAM user the responsibility map lists for a departed person; human IAM users are claimed by a person of the map.",
  duty: "access-review",
  severity: "high",
  resourceTypes: Object.keys(ACCESS),
  remediation:
    "Delete the IAM user and what hangs off it (login profile, access keys, memberships, attachments), or hand the access to an active person and list their IAM user under their `identities.awsIamUsers` in the responsibility map.",
  why: "access that outlives the person who held it is a way in that nobody watches",
  controls: {
    nist: ["AC-2(3)", "PS-4"],
    cis: ["AWS 1.12"],
    pciDss: ["8.2.5"],
    iso27001: ["A.5.18", "A.6.5"],
    securityHub: ["IAM.8"],
  },
  options: FLAG_UNCLAIMED_OPTION,
  problems: {
    "departed-identity": "the resource gives access to an IAM user of a person who left",
    "unclaimed-identity": "the resource gives access to an IAM user no person in the map claims (advisory)",
  },
  check(resource, ctx) {
    const refs = refsOf(resource.type, resource.props);
    if (typeof refs === "string") return notApplicable(refs);
    if (refs.length === 0) return notApplicable("The resource names no IAM user");
    return leaverViolations(refs, ctx.map, {
      access: ACCESS[resource.type] ?? "access",
      flagUnclaimed: ctx.config.flagUnclaimed,
      fix: "Delete this resource (the person left), or give the access to an active person's IAM user.",
    });
  },
});
