import accountEnableDetector from "./aws-guardduty-account-enable-detector";

export const rules = [accountEnableDetector];
