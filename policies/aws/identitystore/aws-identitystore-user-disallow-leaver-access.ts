import type { GroupMembershipArgs, UserArgs } from "@pulumi/aws/identitystore";
import type { AccountAssignmentArgs } from "@pulumi/aws/ssoadmin";
import { FLAG_UNCLAIMED_OPTION, type IdentityRef, leaverViolations } from "../../core/identities";
import { StackIndex } from "../../core/joins";
import type { ResourceView } from "../../core/resource";
import { defineStackRule, notApplicable, type StackViolation } from "../../core/rule";
import { AWS } from "../../core/tokens";
import { judgeEach } from "../../core/unknown";

interface Config {
  readonly flagUnclaimed: boolean;
}

const CENTER_USER = ["awsIdentityCenterUsers"] as const;

/**
 * The user's keys: `userName` ("A unique string used to identify the user") and its email
 * (UserArgs.emails: "At most 1 email is allowed", one `{ value }` object, not a list). One entry:
 * a user claimed by either key is claimed.
 */
function userRefs(user: ResourceView, prefix = ""): IdentityRef[] {
  const props = user.props as Partial<UserArgs>;
  const refs: IdentityRef[] = [];
  const entry = `${prefix}user`;
  if (typeof props.userName === "string" && props.userName !== "") {
    refs.push({ kinds: CENTER_USER, value: props.userName, field: `${prefix}userName`, human: true, entry });
  }
  const emails = props.emails as { value?: unknown } | undefined;
  if (emails !== undefined && emails !== null && typeof emails.value === "string" && emails.value !== "") {
    refs.push({ kinds: CENTER_USER, value: emails.value, field: `${prefix}emails.value`, human: true, entry });
  }
  return refs;
}

/**
 * A membership or assignment names its user by user id (a GUID). When the user is created in this
 * stack, `propertyDependencies` lead to it (in preview too, where its id is unknown) and its user
 * name and email decide; otherwise the literal id is matched against the ids the map lists.
 */
function principalRefs(index: StackIndex, from: ResourceView, property: string): IdentityRef[] {
  const urns = from.propertyDependencies?.[property] ?? [];
  for (const urn of urns) {
    const target = index.byUrnOf(urn);
    // Unclaimed users are reported once, on the user itself, not on each of its memberships.
    if (target?.type === AWS.identityStoreUser) return userRefs(target).map((ref) => ({ ...ref, field: property, human: false }));
  }
  if (urns.length > 0) return [];
  const id = from.props[property];
  return typeof id === "string" && id !== "" ? [{ kinds: CENTER_USER, value: id, field: property, human: true }] : [];
}

const TYPES = [AWS.identityStoreUser, AWS.identityStoreGroupMembership, AWS.ssoAccountAssignment];

export default defineStackRule<Config>({
  name: "aws-identitystore-user-disallow-leaver-access",
  displayName: "No IAM Identity Center access remains with people who left",
  description:
    "No IAM Identity Center user, group membership or direct account assignment belongs to a user the responsibility map lists for a departed person; Identity Center users are claimed by a person of the map.",
  duty: "access-review",
  severity: "high",
  resourceTypes: TYPES,
  remediation:
    "Delete the Identity Center user, its group memberships and account assignments, or list the user under an active person's `identities.awsIdentityCenterUsers` in the responsibility map.",
  why: "access that outlives the person who held it is a way in that nobody watches",
  controls: { nist: ["AC-2(3)", "PS-4"], cis: ["AWS 1.21"], pciDss: ["8.2.5"], iso27001: ["A.5.18", "A.6.5"] },
  options: FLAG_UNCLAIMED_OPTION,
  problems: {
    "departed-identity": "the resource gives access to an Identity Center user of a person who left",
    "unclaimed-identity": "the resource gives access to an Identity Center user no person in the map claims (advisory)",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const targets = index.ofType(TYPES);
    if (targets.length === 0) return notApplicable("The stack declares no IAM Identity Center users, memberships or account assignments");
    const options = (access: string) => ({
      access,
      flagUnclaimed: ctx.config.flagUnclaimed,
      fix: "Delete this resource (the person left), or give the access to an active person's Identity Center user.",
    });
    // Each resource on its own: one whose user or principal is unknown at preview is undecided.
    return judgeEach(targets, (resource): StackViolation[] | undefined => {
      let refs: IdentityRef[];
      let access: string;
      if (resource.type === AWS.identityStoreUser) {
        refs = userRefs(resource);
        access = "an IAM Identity Center account";
      } else if (resource.type === AWS.identityStoreGroupMembership) {
        // GroupMembershipArgs.memberId: "The identifier for a user in the Identity Store".
        refs = principalRefs(index, resource, "memberId" satisfies keyof GroupMembershipArgs);
        access = "membership of an Identity Center group";
      } else {
        // AccountAssignmentArgs.principalType: "Valid values: `USER`, `GROUP`"; a group's members
        // are checked through their memberships.
        const props = resource.props as Partial<AccountAssignmentArgs>;
        if (props.principalType !== "USER") return undefined;
        refs = principalRefs(index, resource, "principalId" satisfies keyof AccountAssignmentArgs);
        access = "a permission set in an AWS account";
      }
      return leaverViolations(refs, ctx.map, options(access)).map((violation) => ({ ...violation, resource }));
    });
  },
});
