import accountEnableBlockPublicAccess from "./aws-emr-account-enable-block-public-access";

export const rules = [accountEnableBlockPublicAccess];
