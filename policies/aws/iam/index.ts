import accountRequirePasswordPolicy from "./aws-iam-account-require-password-policy";
import policyDisallowFullAdmin from "./aws-iam-policy-disallow-full-admin";
import policyDisallowServiceWildcard from "./aws-iam-policy-disallow-service-wildcard";
import principalDisallowAdminPolicy from "./aws-iam-principal-disallow-admin-policy";
import roleDisallowPublicTrust from "./aws-iam-role-disallow-public-trust";
import roleLimitThirdPartyTrust from "./aws-iam-role-limit-third-party-trust";
import userDisallowAccessKeys from "./aws-iam-user-disallow-access-keys";
import userDisallowLeaverAccess from "./aws-iam-user-disallow-leaver-access";
import userRequireMfa from "./aws-iam-user-require-mfa";

export const rules = [
  userDisallowLeaverAccess,
  accountRequirePasswordPolicy,
  userRequireMfa,
  userDisallowAccessKeys,
  policyDisallowFullAdmin,
  policyDisallowServiceWildcard,
  roleDisallowPublicTrust,
  principalDisallowAdminPolicy,
  roleLimitThirdPartyTrust,
];
