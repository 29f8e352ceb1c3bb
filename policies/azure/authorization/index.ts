import roleAssignmentDisallowLeaverAccess from "./azure-authorization-role-assignment-disallow-leaver-access";

export const rules = [roleAssignmentDisallowLeaverAccess];
