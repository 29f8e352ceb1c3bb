/**
 * Every type token the rules match on, in one table. Rules import the constants from here so that a
 * token is spelled once; tests check each against the installed provider SDK.
 */
export const AWS = {
  ebsVolume: "aws:ebs/volume:Volume",
  s3Bucket: "aws:s3/bucket:Bucket",
  s3BucketV2: "aws:s3/bucketV2:BucketV2",
  s3BucketSse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  s3BucketSseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
  provider: "pulumi:providers:aws",
} as const;

export const AZURE = {
  storageAccount: "azure-native:storage:StorageAccount",
  resourceGroup: "azure-native:resources:ResourceGroup",
  provider: "pulumi:providers:azure-native",
} as const;

/** S3 buckets of both token families. */
export const S3_BUCKETS: readonly string[] = [AWS.s3Bucket, AWS.s3BucketV2];
