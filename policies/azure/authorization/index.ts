import roleAssignmentDisallowLeaverAccess from "./azure-authorization-role-assignment-disallow-leaver-access";
import roleAssignmentDisallowPrivilegedUser from "./azure-authorization-role-assignment-disallow-privileged-user";
import roleDefinitionDisallowRoleAssignmentWrite from "./azure-authorization-role-definition-disallow-role-assignment-write";

export const rules = [roleAssignmentDisallowLeaverAccess, roleAssignmentDisallowPrivilegedUser, roleDefinitionDisallowRoleAssignmentWrite];
