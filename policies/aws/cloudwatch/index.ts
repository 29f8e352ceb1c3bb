import accountRequireRootUsageAlarm from "./aws-cloudwatch-account-require-root-usage-alarm";
import logGroupLimitRetention from "./aws-cloudwatch-loggroup-limit-retention";
import logGroupRequireExpiry from "./aws-cloudwatch-loggroup-require-expiry";
import logGroupRequireKmsKey from "./aws-cloudwatch-loggroup-require-kms-key";

export const rules = [logGroupRequireKmsKey, logGroupLimitRetention, accountRequireRootUsageAlarm, logGroupRequireExpiry];
