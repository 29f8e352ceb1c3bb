import userDisallowLeaverAccess from "./aws-identitystore-user-disallow-leaver-access";

export const rules = [userDisallowLeaverAccess];
