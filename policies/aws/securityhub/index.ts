import accountEnableStandards from "./aws-securityhub-account-enable-standards";

export const rules = [accountEnableStandards];
