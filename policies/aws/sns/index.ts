import topicRequireKmsKey from "./aws-sns-topic-require-kms-key";
import topicRequireTlsPolicy from "./aws-sns-topic-require-tls-policy";

export const rules = [topicRequireKmsKey, topicRequireTlsPolicy];
