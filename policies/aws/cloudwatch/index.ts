import logGroupLimitRetention from "./aws-cloudwatch-loggroup-limit-retention";
import logGroupRequireKmsKey from "./aws-cloudwatch-loggroup-require-kms-key";

export const rules = [logGroupRequireKmsKey, logGroupLimitRetention];
