import accountRequirePublicAccessBlock from "./aws-s3-account-require-public-access-block";
import bucketDisallowPublicAcl from "./aws-s3-bucket-disallow-public-acl";
import bucketDisallowPublicPolicy from "./aws-s3-bucket-disallow-public-policy";
import bucketEnableAccessLogging from "./aws-s3-bucket-enable-access-logging";
import bucketEnableVersioning from "./aws-s3-bucket-enable-versioning";
import bucketRequireEncryption from "./aws-s3-bucket-require-encryption";
import bucketRequireExpiry from "./aws-s3-bucket-require-expiry";
import bucketRequireKmsKey from "./aws-s3-bucket-require-kms-key";
import bucketRequireObjectLock from "./aws-s3-bucket-require-object-lock";
import bucketRequirePublicAccessBlock from "./aws-s3-bucket-require-public-access-block";
import bucketRequireReplication from "./aws-s3-bucket-require-replication";
import bucketRequireTlsPolicy from "./aws-s3-bucket-require-tls-policy";

export const rules = [
  bucketRequireEncryption,
  bucketRequireKmsKey,
  bucketRequireTlsPolicy,
  bucketEnableAccessLogging,
  bucketEnableVersioning,
  bucketRequireReplication,
  bucketRequireObjectLock,
  bucketDisallowPublicAcl,
  bucketDisallowPublicPolicy,
  bucketRequirePublicAccessBlock,
  accountRequirePublicAccessBlock,
  bucketRequireExpiry,
];
