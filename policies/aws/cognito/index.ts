import userPoolRequireMfa from "./aws-cognito-userpool-require-mfa";
import userPoolRequirePasswordPolicy from "./aws-cognito-userpool-require-password-policy";

export const rules = [userPoolRequireMfa, userPoolRequirePasswordPolicy];
