import type { RoleAssignmentArgs } from "@pulumi/azure-native/authorization";
import { defineRule } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { privilegedRole } from "../support/roles";

type RoleAssignment = Pick<RoleAssignmentArgs, "principalType" | "roleDefinitionId" | "scope">;

/** Whether `scope` is the tenant root, a management group or a subscription (ARM ids compare case-insensitively). */
function broadScope(scope: unknown): string | undefined {
  if (typeof scope !== "string") return undefined;
  const path = scope.replace(/\/+$/, "").toLowerCase();
  if (path === "") return "the tenant root";
  if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(path)) return "a management group";
  if (/^\/subscriptions\/[^/]+$/.test(path)) return "a subscription";
  return undefined;
}

export default defineRule({
  name: "azure-authorization-role-assignment-disallow-privileged-user",
  displayName: "No standing Owner or User Access Administrator for users on a subscription",
  description:
    "No role assignment gives a user (`principalType: User`) the built-in Owner or User Access Administrator role at subscription, management-group or tenant-root scope.",
  duty: "least-privilege",
  severity: "medium",
  resourceTypes: [AZURE.roleAssignment],
  remediation:
    "Assign the role to a group, make people eligible for it through Privileged Identity Management instead of a standing assignment, or assign a narrower role (Contributor, or a role at resource-group scope).",
  why: "a standing administrator on the subscription can grant any access to anyone, so one phished account controls every resource in it",
  controls: { nist: ["AC-6", "AC-6(5)", "AC-2(7)"], mcsb: ["PA-1", "PA-7"], iso27001: ["A.5.15", "A.8.2"] },
  problems: {
    "privileged-user": "a user holds Owner or User Access Administrator at subscription, management-group or tenant-root scope",
  },
  check(assignment) {
    const props = assignment.props as Partial<RoleAssignment>;
    // RoleAssignmentArgs.principalType is optional; the SDK sends "User" when it is unset
    // (authorization/roleAssignment.js: `args?.principalType ?? "User"`), so unset reads as a user.
    const principalType = props.principalType ?? "User";
    if (principalType !== "User") return [];
    const role = privilegedRole(props.roleDefinitionId);
    if (role === undefined) return [];
    // `scope` is both an argument and an output of RoleAssignment (test/support/generated/shapes.json).
    const where = broadScope(props.scope);
    if (where === undefined) return [];
    const unset = props.principalType === undefined ? " (`principalType` is unset, so the SDK sends `User`)" : "";
    return [
      {
        code: "privileged-user",
        subject: "roleDefinitionId",
        actual: `A user holds the built-in ${role} role at the scope of ${where}${unset}`,
      },
    ];
  },
});
