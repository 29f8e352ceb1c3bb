import accountEnableAnalyzer from "./aws-accessanalyzer-account-enable-analyzer";

export const rules = [accountEnableAnalyzer];
