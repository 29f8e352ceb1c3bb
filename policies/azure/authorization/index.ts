import roleAssignmentDisallowLeaverAccess from "./azure-authorization-role-assignment-disallow-leaver-access";
import roleAssignmentDisallowPrivilegedUser from "./azure-authorization-role-assignment-disallow-privileged-user";
import roleAssignmentLimitForeignPrincipal from "./azure-authorization-role-assignment-limit-foreign-principal";
import roleDefinitionDisallowRoleAssignmentWrite from "./azure-authorization-role-definition-disallow-role-assignment-write";

export const rules = [
  roleAssignmentDisallowLeaverAccess,
  roleAssignmentDisallowPrivilegedUser,
  roleAssignmentLimitForeignPrincipal,
  roleDefinitionDisallowRoleAssignmentWrite,
];
