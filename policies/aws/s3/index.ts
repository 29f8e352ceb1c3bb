import bucketRequireEncryption from "./aws-s3-bucket-require-encryption";

export const rules = [bucketRequireEncryption];
