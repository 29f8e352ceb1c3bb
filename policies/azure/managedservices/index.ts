import registrationLimitThirdPartyAccess from "./azure-managedservices-registration-limit-third-party-access";

export const rules = [registrationLimitThirdPartyAccess];
