import queueRequireEncryption from "./aws-sqs-queue-require-encryption";
import queueRequireTlsPolicy from "./aws-sqs-queue-require-tls-policy";

export const rules = [queueRequireEncryption, queueRequireTlsPolicy];
