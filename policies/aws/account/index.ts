import alternativecontactRequireSecurity from "./aws-account-alternativecontact-require-security";

export const rules = [alternativecontactRequireSecurity];
