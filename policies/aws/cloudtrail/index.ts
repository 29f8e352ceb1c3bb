import trailEnableCloudwatchLogs from "./aws-cloudtrail-trail-enable-cloudwatch-logs";
import trailRequireKmsKey from "./aws-cloudtrail-trail-require-kms-key";
import trailRequireLogValidation from "./aws-cloudtrail-trail-require-log-validation";
import trailRequireMultiRegion from "./aws-cloudtrail-trail-require-multi-region";

export const rules = [trailRequireMultiRegion, trailRequireLogValidation, trailRequireKmsKey, trailEnableCloudwatchLogs];
