/**
 * Northwind's shop on AWS: the data stores, network edge, identity and audit trail of one
 * account (eu-west-1), plus a sandbox account that backups replicate into. Some resources meet
 * the customer's duties and some do not, on purpose: see README.md for the findings to expect.
 */
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const ACCOUNT = "123456789012";
const AMI = "ami-0c1bc246476a5572b";
const CERTIFICATE = `arn:aws:acm:eu-west-1:${ACCOUNT}:certificate/7e1e2a53-0d8c-4c33-9d0f-0f58a4c1d0b1`;

/**
 * The `data-classification` tag (responsibility-map/map.yaml): the level sets whether a resource needs a
 * customer-managed key and deletion protection, and how long its logs and backups are kept. Untagged
 * resources are `internal` (no customer-managed key or deletion protection, logs 90 days, backups 7 days);
 * `confidential` asks for both, logs 365 days and backups 14 days.
 */
const INTERNAL = { "data-classification": "internal" };
const CONFIDENTIAL = { "data-classification": "confidential" };
/** The customer-managed key of the sandbox account, which holds the replicas. */
const SANDBOX_KEY = "arn:aws:kms:us-east-1:210987654321:key/5b0c6c2e-1f1e-4b7b-9d1a-7a3b8a6f9c10";

// Every resource of the main account is owned by Diego unless it says otherwise.
const eu = new aws.Provider("eu", {
  region: "eu-west-1",
  defaultTags: { tags: { owner: "diego.alvarez", project: "shop" } },
});
// The sandbox account that holds backup replicas. Its provider was set up without default tags.
const sandbox = new aws.Provider("sandbox", {
  region: "us-east-1",
  assumeRoles: [{ roleArn: "arn:aws:iam::210987654321:role/pulumi-deploy", sessionName: "shop-dev" }],
});
const opts: pulumi.CustomResourceOptions = { provider: eu };

/** A trust policy for a role assumed by one AWS service. */
function assumedBy(service: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
  });
}

/** A resource policy that refuses requests not sent over TLS. */
function denyInsecureTransport(resourceArn: pulumi.Input<string>, action: string, resources: (arn: string) => string[]) {
  return pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: action,
        Resource: pulumi.output(resourceArn).apply(resources),
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Keys (rows 26-27)
// ---------------------------------------------------------------------------------------------
const dataKey = new aws.kms.Key(
  "data",
  { description: "Shop data at rest", enableKeyRotation: true, rotationPeriodInDays: 365, deletionWindowInDays: 30 },
  opts,
);
new aws.kms.Alias("data", { name: "alias/shop-data", targetKeyId: dataKey.keyId }, opts);
// Violating: no rotation, a 7-day deletion window, the lockout safety check bypassed, and a key policy open to everyone.
new aws.kms.Key(
  "partner-exchange",
  {
    description: "Partner file exchange",
    enableKeyRotation: false,
    deletionWindowInDays: 7,
    bypassPolicyLockoutSafetyCheck: true,
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Sid: "Everyone", Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:*", Resource: "*" }],
    }),
    tags: { owner: "mei.chen" },
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// S3 (rows 1-6): a component that builds a bucket the way the platform team wants it
// ---------------------------------------------------------------------------------------------
interface SecureBucketArgs {
  kmsKeyArn: pulumi.Input<string>;
  logBucket: aws.s3.Bucket;
  /** Where replicas go, for buckets tagged critical. */
  replicaBucketArn?: pulumi.Input<string>;
  replicationRoleArn?: pulumi.Input<string>;
  tags?: Record<string, string>;
}

class SecureBucket extends pulumi.ComponentResource {
  readonly bucket: aws.s3.Bucket;

  constructor(name: string, args: SecureBucketArgs, options: pulumi.ComponentResourceOptions = {}) {
    super("northwind:storage:SecureBucket", name, {}, options);
    const child = { parent: this };
    const critical = args.replicaBucketArn !== undefined;
    this.bucket = new aws.s3.Bucket(name, { objectLockEnabled: critical, tags: args.tags ?? {} }, child);
    const bucket = this.bucket;
    new aws.s3.BucketServerSideEncryptionConfiguration(
      name,
      {
        bucket: bucket.id,
        rules: [
          { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: args.kmsKeyArn }, bucketKeyEnabled: true },
        ],
      },
      child,
    );
    const versioning = new aws.s3.BucketVersioning(name, { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } }, child);
    new aws.s3.BucketLogging(name, { bucket: bucket.id, targetBucket: args.logBucket.id, targetPrefix: `${name}/` }, child);
    new aws.s3.BucketPolicy(
      name,
      { bucket: bucket.id, policy: denyInsecureTransport(bucket.arn, "s3:*", (arn) => [arn, `${arn}/*`]) },
      child,
    );
    if (args.replicaBucketArn !== undefined && args.replicationRoleArn !== undefined) {
      new aws.s3.BucketReplicationConfig(
        name,
        {
          bucket: bucket.id,
          role: args.replicationRoleArn,
          rules: [
            {
              id: "replicate-all",
              status: "Enabled",
              filter: {},
              deleteMarkerReplication: { status: "Enabled" },
              destination: { bucket: args.replicaBucketArn, storageClass: "STANDARD_IA" },
            },
          ],
        },
        { parent: this, dependsOn: [versioning] },
      );
      new aws.s3.BucketObjectLockConfiguration(
        name,
        { bucket: bucket.id, objectLockEnabled: "Enabled", rule: { defaultRetention: { mode: "COMPLIANCE", days: 35 } } },
        child,
      );
    }
    this.registerOutputs({ bucketName: bucket.bucket });
  }
}

// The access-log bucket is the logging target of the others (so it needs no logging of its own).
// Server access logs can only be written with SSE-S3, so it does not use the customer-managed key.
const accessLogs = new aws.s3.Bucket("access-logs", { tags: { owner: "lena.fischer", ...INTERNAL } }, opts);
new aws.s3.BucketServerSideEncryptionConfiguration(
  "access-logs",
  { bucket: accessLogs.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
  opts,
);
new aws.s3.BucketVersioning("access-logs", { bucket: accessLogs.bucket, versioningConfiguration: { status: "Enabled" } }, opts);
new aws.s3.BucketPolicy(
  "access-logs",
  { bucket: accessLogs.id, policy: denyInsecureTransport(accessLogs.arn, "s3:*", (arn) => [arn, `${arn}/*`]) },
  opts,
);

const replicationRole = new aws.iam.Role("s3-replication", { assumeRolePolicy: assumedBy("s3.amazonaws.com") }, opts);
const replica = new aws.s3.Bucket("orders-replica", { tags: { owner: "lena.fischer", ...CONFIDENTIAL } }, { provider: sandbox });
new aws.s3.BucketServerSideEncryptionConfiguration(
  "orders-replica",
  {
    bucket: replica.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms:dsse", kmsMasterKeyId: SANDBOX_KEY } }],
  },
  { provider: sandbox },
);
new aws.s3.BucketVersioning(
  "orders-replica",
  { bucket: replica.id, versioningConfiguration: { status: "Enabled" } },
  { provider: sandbox },
);

// Compliant: encrypted with the data key, versioned, logged, TLS-only, replicated and locked.
const orders = new SecureBucket(
  "orders",
  {
    kmsKeyArn: dataKey.arn,
    logBucket: accessLogs,
    replicaBucketArn: replica.arn,
    replicationRoleArn: replicationRole.arn,
    tags: { "backup-tier": "critical", ...CONFIDENTIAL },
  },
  { providers: { aws: eu } },
);
new SecureBucket("invoices", { kmsKeyArn: dataKey.arn, logBucket: accessLogs, tags: INTERNAL }, { providers: { aws: eu } });

// Violating: a critical bucket made by hand, with no encryption configuration, versioning, logging,
// TLS-only policy or replication.
new aws.s3.Bucket("scratch", { tags: { owner: "tomas.novak", "backup-tier": "critical" } }, opts);
// Violating: confidential data on SSE-S3 instead of the data key, versioning suspended, and a policy
// that does not refuse plain HTTP.
const exportsBucket = new aws.s3.Bucket("exports", { tags: CONFIDENTIAL }, opts);
new aws.s3.BucketServerSideEncryptionConfiguration(
  "exports",
  { bucket: exportsBucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
  opts,
);
new aws.s3.BucketVersioning("exports", { bucket: exportsBucket.id, versioningConfiguration: { status: "Suspended" } }, opts);
new aws.s3.BucketLogging("exports", { bucket: exportsBucket.id, targetBucket: accessLogs.id, targetPrefix: "exports/" }, opts);
new aws.s3.BucketPolicy(
  "exports",
  {
    bucket: exportsBucket.id,
    policy: pulumi.jsonStringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: "s3:GetObject",
          Resource: pulumi.interpolate`${exportsBucket.arn}/*`,
        },
      ],
    }),
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Network (row 34)
// ---------------------------------------------------------------------------------------------
const vpc = new aws.ec2.Vpc("shop", { cidrBlock: "10.20.0.0/16", enableDnsHostnames: true }, opts);
const subnetA = new aws.ec2.Subnet("shop-a", { vpcId: vpc.id, cidrBlock: "10.20.1.0/24", availabilityZone: "eu-west-1a" }, opts);
const subnetB = new aws.ec2.Subnet("shop-b", { vpcId: vpc.id, cidrBlock: "10.20.2.0/24", availabilityZone: "eu-west-1b" }, opts);
const subnets = [subnetA.id, subnetB.id];

const auditLogs = new aws.cloudwatch.LogGroup(
  "audit",
  { name: "/shop/audit", retentionInDays: 365, kmsKeyId: dataKey.arn, tags: CONFIDENTIAL },
  opts,
);
const flowLogRole = new aws.iam.Role("flow-logs", { assumeRolePolicy: assumedBy("vpc-flow-logs.amazonaws.com") }, opts);
new aws.ec2.FlowLog("shop", { vpcId: vpc.id, trafficType: "ALL", logDestination: auditLogs.arn, iamRoleArn: flowLogRole.arn }, opts);
// Violating: a VPC without flow logs.
const batchVpc = new aws.ec2.Vpc("batch", { cidrBlock: "10.30.0.0/16" }, opts);

// Network exposure (rows 110-112). Compliant: the shop VPC's default security group is emptied,
// the web tier opens only HTTPS to the internet and SSH only from the office range, and the
// subnet ACL admits SSH only from the VPC and denies RDP ahead of the return-traffic range.
new aws.ec2.DefaultSecurityGroup("shop", { vpcId: vpc.id }, opts);
const web = new aws.ec2.SecurityGroup(
  "web",
  {
    vpcId: vpc.id,
    description: "Web tier",
    ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] }],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
  },
  opts,
);
new aws.vpc.SecurityGroupIngressRule(
  "web-ssh-office",
  { securityGroupId: web.id, ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "203.0.113.0/24" },
  opts,
);
new aws.ec2.NetworkAcl(
  "shop",
  {
    vpcId: vpc.id,
    subnetIds: subnets,
    ingress: [
      { ruleNo: 90, action: "deny", protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/0" },
      { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
      { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "10.20.0.0/16" },
      { ruleNo: 120, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "0.0.0.0/0" },
    ],
    egress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
  },
  opts,
);
// Violating: the batch VPC's default security group keeps an allow-all rule
// (aws-ec2-defaultsecuritygroup-disallow-rules), a bastion opens SSH and a debug rule opens RDP
// to the whole internet, and the batch ACL admits every protocol from anywhere.
new aws.ec2.DefaultSecurityGroup(
  "batch",
  {
    vpcId: batchVpc.id,
    ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
  },
  opts,
);
const bastion = new aws.ec2.SecurityGroup(
  "bastion",
  {
    vpcId: batchVpc.id,
    description: "Bastion",
    ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }],
  },
  opts,
);
new aws.ec2.SecurityGroupRule(
  "bastion-rdp",
  { type: "ingress", securityGroupId: bastion.id, protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] },
  opts,
);
new aws.ec2.NetworkAcl(
  "batch",
  {
    vpcId: batchVpc.id,
    ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
  },
  opts,
);

// Log groups (row 33). Violating (aws-cloudwatch-loggroup-limit-retention, aws-cloudwatch-loggroup-require-kms-key):
// confidential logs kept a week, not encrypted with a customer-managed key.
new aws.cloudwatch.LogGroup("debug", { name: "/shop/debug", retentionInDays: 7, tags: CONFIDENTIAL }, opts);
// Compliant: internal logs need no customer-managed key and are kept the 90 days internal data requires.
new aws.cloudwatch.LogGroup("app", { name: "/shop/app", retentionInDays: 90, tags: INTERNAL }, opts);

// ---------------------------------------------------------------------------------------------
// Databases (rows 7-14): a component for the platform's standard Postgres
// ---------------------------------------------------------------------------------------------
interface DatabaseArgs {
  kmsKeyArn: pulumi.Input<string>;
  subnetIds: pulumi.Input<string>[];
  owner: string;
}

class Database extends pulumi.ComponentResource {
  readonly instance: aws.rds.Instance;

  constructor(name: string, args: DatabaseArgs, options: pulumi.ComponentResourceOptions = {}) {
    super("northwind:data:Database", name, {}, options);
    const child = { parent: this };
    const subnetGroup = new aws.rds.SubnetGroup(name, { subnetIds: args.subnetIds }, child);
    const parameters = new aws.rds.ParameterGroup(
      name,
      {
        family: "postgres16",
        parameters: [
          { name: "rds.force_ssl", value: "1" },
          { name: "log_connections", value: "1" },
        ],
      },
      child,
    );
    this.instance = new aws.rds.Instance(
      name,
      {
        engine: "postgres",
        engineVersion: "16.4",
        instanceClass: "db.t4g.medium",
        allocatedStorage: 50,
        dbSubnetGroupName: subnetGroup.name,
        parameterGroupName: parameters.name,
        username: "shop_admin",
        manageMasterUserPassword: true,
        iamDatabaseAuthenticationEnabled: true,
        storageEncrypted: true,
        kmsKeyId: args.kmsKeyArn,
        performanceInsightsEnabled: true,
        performanceInsightsKmsKeyId: args.kmsKeyArn,
        backupRetentionPeriod: 14,
        deletionProtection: true,
        skipFinalSnapshot: false,
        finalSnapshotIdentifier: `${name}-final`,
        copyTagsToSnapshot: true,
        enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
        tags: { owner: args.owner, ...CONFIDENTIAL },
      },
      child,
    );
    this.registerOutputs({ endpoint: this.instance.endpoint });
  }
}

const ordersDb = new Database(
  "orders-db",
  { kmsKeyArn: dataKey.arn, subnetIds: subnets, owner: "lena.fischer" },
  { providers: { aws: eu } },
);

// Violating: the reporting MySQL instance made by hand: unencrypted, no backups, a literal password,
// reachable from the internet, no logs, no IAM auth, deletable without a final snapshot, TLS not
// required by its parameter group.
const reportingParameters = new aws.rds.ParameterGroup(
  "reporting",
  { family: "mysql8.0", parameters: [{ name: "require_secure_transport", value: "OFF" }] },
  opts,
);
const reportingDb = new aws.rds.Instance(
  "reporting",
  {
    engine: "mysql",
    engineVersion: "8.0.39",
    instanceClass: "db.t4g.small",
    allocatedStorage: 20,
    parameterGroupName: reportingParameters.name,
    username: "report",
    password: pulumi.secret("Reporting-Passw0rd!"),
    storageEncrypted: false,
    backupRetentionPeriod: 0,
    skipFinalSnapshot: true,
    deletionProtection: false,
    publiclyAccessible: true,
  },
  opts,
);

// Compliant Aurora cluster with its cluster parameter group forcing TLS.
const analyticsParameters = new aws.rds.ClusterParameterGroup(
  "analytics",
  { family: "aurora-postgresql16", parameters: [{ name: "rds.force_ssl", value: "1" }] },
  opts,
);
const analytics = new aws.rds.Cluster(
  "analytics",
  {
    engine: "aurora-postgresql",
    engineVersion: "16.4",
    masterUsername: "analytics_admin",
    manageMasterUserPassword: true,
    iamDatabaseAuthenticationEnabled: true,
    dbClusterParameterGroupName: analyticsParameters.name,
    storageEncrypted: true,
    kmsKeyId: dataKey.arn,
    backupRetentionPeriod: 14,
    deletionProtection: true,
    skipFinalSnapshot: false,
    finalSnapshotIdentifier: "analytics-final",
    copyTagsToSnapshot: true,
    enabledCloudwatchLogsExports: ["postgresql"],
    tags: { owner: "mei.chen", ...CONFIDENTIAL },
  },
  opts,
);
new aws.rds.ClusterInstance(
  "analytics-1",
  {
    clusterIdentifier: analytics.id,
    engine: "aurora-postgresql",
    instanceClass: "db.r6g.large",
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: dataKey.arn,
  },
  opts,
);
// Violating (aws-rds-instance-require-kms-key): confidential, with performance insights on the AWS-managed key.
new aws.rds.ClusterInstance(
  "analytics-2",
  {
    clusterIdentifier: analytics.id,
    engine: "aurora-postgresql",
    instanceClass: "db.r6g.large",
    performanceInsightsEnabled: true,
    tags: CONFIDENTIAL,
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// DynamoDB (rows 15-17)
// ---------------------------------------------------------------------------------------------
const carts = new aws.dynamodb.Table(
  "carts",
  {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "cartId",
    attributes: [{ name: "cartId", type: "S" }],
    pointInTimeRecovery: { enabled: true },
    serverSideEncryption: { enabled: true, kmsKeyArn: dataKey.arn },
    deletionProtectionEnabled: true,
    tags: CONFIDENTIAL,
  },
  opts,
);
// Violating: confidential, yet no point-in-time recovery, the AWS-owned key and deletable
// (aws-dynamodb-table-require-kms-key, aws-dynamodb-table-enable-deletion-protection). Owned by someone who has left.
new aws.dynamodb.Table(
  "sessions",
  {
    billingMode: "PAY_PER_REQUEST",
    hashKey: "sessionId",
    attributes: [{ name: "sessionId", type: "S" }],
    tags: { owner: "sam.oconnor", ...CONFIDENTIAL },
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Block storage and compute (rows 18-23)
// ---------------------------------------------------------------------------------------------
const ordersVolume = new aws.ebs.Volume(
  "orders-data",
  { availabilityZone: "eu-west-1a", size: 100, encrypted: true, kmsKeyId: dataKey.arn, tags: CONFIDENTIAL },
  opts,
);
// Violating (aws-ebs-volume-require-kms-key): confidential, but encrypted with the AWS-managed key.
new aws.ebs.Volume("ci-scratch", { availabilityZone: "eu-west-1b", size: 50, encrypted: true, tags: CONFIDENTIAL }, opts);
// Compliant: internal data may use the AWS-managed key.
new aws.ebs.Volume("ci-cache", { availabilityZone: "eu-west-1b", size: 50, encrypted: true, tags: INTERNAL }, opts);
// Violating: not encrypted.
new aws.ebs.Volume("build-cache", { availabilityZone: "eu-west-1a", size: 200, encrypted: false }, opts);
// Not encrypted either, but covered by exception EX-1 until its migration in Q1 2027.
new aws.ebs.Volume("legacy-reports", { availabilityZone: "eu-west-1a", size: 500, encrypted: false }, opts);

// Violating (aws-ebs-account-enable-default-encryption), twice: the stack turns default EBS encryption off
// in the sandbox account, and never turns it on in the main account's eu-west-1, where its volumes are; so
// the encrypted-volume rules for instances and launch templates check each device's `encrypted` flag.
new aws.ebs.EncryptionByDefault("sandbox", { enabled: false }, { provider: sandbox });

new aws.ec2.Instance(
  "web",
  {
    ami: AMI,
    instanceType: "t3.small",
    subnetId: subnetA.id,
    monitoring: true,
    metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" },
    rootBlockDevice: { encrypted: true, kmsKeyId: dataKey.arn, volumeSize: 30 },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, kmsKeyId: dataKey.arn, volumeSize: 50 }],
  },
  opts,
);
// Violating: unencrypted root and data volumes, basic monitoring, IMDSv1 allowed. Owned by a team alias.
new aws.ec2.Instance(
  "bastion",
  {
    ami: AMI,
    instanceType: "t3.micro",
    subnetId: subnetB.id,
    monitoring: false,
    metadataOptions: { httpTokens: "optional" },
    rootBlockDevice: { encrypted: false, volumeSize: 8 },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: false, volumeSize: 20 }],
    tags: { owner: "platform-team" },
  },
  opts,
);

new aws.ec2.LaunchTemplate(
  "workers",
  {
    imageId: AMI,
    instanceType: "m7g.large",
    monitoring: { enabled: true },
    metadataOptions: { httpTokens: "required" },
    blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: dataKey.arn, volumeSize: 40 } }],
    tags: CONFIDENTIAL,
  },
  opts,
);
// Violating: unencrypted volume, IMDSv1, no detailed monitoring; confidential, so it also lacks a
// customer-managed key (aws-ec2-launchtemplate-require-kms-key).
new aws.ec2.LaunchTemplate(
  "spot-workers",
  {
    imageId: AMI,
    instanceType: "m7g.large",
    monitoring: { enabled: false },
    metadataOptions: { httpTokens: "optional" },
    blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false", volumeSize: 40 } }],
    tags: CONFIDENTIAL,
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// EFS (rows 24-25)
// ---------------------------------------------------------------------------------------------
const media = new aws.efs.FileSystem("media", { encrypted: true, kmsKeyId: dataKey.arn, tags: CONFIDENTIAL }, opts);
new aws.efs.BackupPolicy("media", { fileSystemId: media.id, backupPolicy: { status: "ENABLED" } }, opts);
// Violating (aws-efs-filesystem-require-kms-key): confidential, but encrypted with the AWS-managed key.
const hrShare = new aws.efs.FileSystem("hr-share", { encrypted: true, tags: CONFIDENTIAL }, opts);
new aws.efs.BackupPolicy("hr-share", { fileSystemId: hrShare.id, backupPolicy: { status: "ENABLED" } }, opts);
// Violating: unencrypted, backups disabled.
const tmpShare = new aws.efs.FileSystem("tmp-share", { encrypted: false }, opts);
new aws.efs.BackupPolicy("tmp-share", { fileSystemId: tmpShare.id, backupPolicy: { status: "DISABLED" } }, opts);

// ---------------------------------------------------------------------------------------------
// AWS Backup (rows 10, 47)
// ---------------------------------------------------------------------------------------------
const vault = new aws.backup.Vault("shop", { kmsKeyArn: dataKey.arn, tags: CONFIDENTIAL }, opts);
new aws.backup.VaultLockConfiguration(
  "shop",
  { backupVaultName: vault.name, minRetentionDays: 35, maxRetentionDays: 400, changeableForDays: 3 },
  opts,
);
const replicaVault = new aws.backup.Vault(
  "shop-replica",
  { kmsKeyArn: SANDBOX_KEY, tags: { owner: "lena.fischer", ...CONFIDENTIAL } },
  { provider: sandbox },
);
new aws.backup.VaultLockConfiguration("shop-replica", { backupVaultName: replicaVault.name, minRetentionDays: 35 }, { provider: sandbox });
const dailyPlan = new aws.backup.Plan(
  "daily",
  {
    rules: [
      {
        ruleName: "daily-35d",
        targetVaultName: vault.name,
        schedule: "cron(0 3 * * ? *)",
        lifecycle: { deleteAfter: 35 },
        copyActions: [{ destinationVaultArn: replicaVault.arn, lifecycle: { deleteAfter: 35 } }],
      },
    ],
    tags: CONFIDENTIAL,
  },
  opts,
);
const backupRole = new aws.iam.Role("backup", { assumeRolePolicy: assumedBy("backup.amazonaws.com") }, opts);
new aws.backup.Selection(
  "daily",
  {
    planId: dailyPlan.id,
    iamRoleArn: backupRole.arn,
    resources: [ordersDb.instance.arn, analytics.arn, carts.arn, ordersVolume.arn, media.arn],
    selectionTags: [{ type: "STRINGEQUALS", key: "backup", value: "daily" }],
  },
  opts,
);
// Violating: a confidential vault on the AWS-managed key without a lock (aws-backup-vault-require-kms-key), and a
// confidential plan keeping backups a week, below the 14 days, in one region (aws-backup-plan-limit-retention).
const scratchVault = new aws.backup.Vault("scratch", { tags: CONFIDENTIAL }, opts);
const weeklyPlan = new aws.backup.Plan(
  "weekly",
  {
    rules: [{ ruleName: "weekly-7d", targetVaultName: scratchVault.name, schedule: "cron(0 4 ? * SUN *)", lifecycle: { deleteAfter: 7 } }],
    tags: CONFIDENTIAL,
  },
  opts,
);
new aws.backup.Selection("weekly", { planId: weeklyPlan.id, iamRoleArn: backupRole.arn, resources: [reportingDb.arn] }, opts);

// ---------------------------------------------------------------------------------------------
// Messaging (rows 28-29)
// ---------------------------------------------------------------------------------------------
const orderEvents = new aws.sns.Topic("order-events", { kmsMasterKeyId: dataKey.arn, tags: CONFIDENTIAL }, opts);
new aws.sns.TopicPolicy(
  "order-events",
  { arn: orderEvents.arn, policy: denyInsecureTransport(orderEvents.arn, "sns:Publish", (arn) => [arn]) },
  opts,
);
// Violating: unencrypted, no TLS-only policy. It lives in the sandbox account and has no owner at all; its
// classification names no level (data-tag-require-classification), so it is held to the strictest one.
new aws.sns.Topic("sandbox-alerts", { tags: { "data-classification": "secret-ish" } }, { provider: sandbox });

const orderQueue = new aws.sqs.Queue(
  "order-queue",
  { kmsMasterKeyId: dataKey.arn, kmsDataKeyReusePeriodSeconds: 300, tags: CONFIDENTIAL },
  opts,
);
new aws.sqs.QueuePolicy(
  "order-queue",
  { queueUrl: orderQueue.url, policy: denyInsecureTransport(orderQueue.arn, "sqs:*", (arn) => [arn]) },
  opts,
);
// Violating: server-side encryption turned off, no TLS-only policy.
new aws.sqs.Queue("email-queue", { sqsManagedSseEnabled: false }, opts);

// ---------------------------------------------------------------------------------------------
// Audit trail (rows 30-32)
// ---------------------------------------------------------------------------------------------
const trailBucket = new SecureBucket("cloudtrail", { kmsKeyArn: dataKey.arn, logBucket: accessLogs }, { providers: { aws: eu } });
const trailRole = new aws.iam.Role("cloudtrail", { assumeRolePolicy: assumedBy("cloudtrail.amazonaws.com") }, opts);
new aws.cloudtrail.Trail(
  "organization",
  {
    s3BucketName: trailBucket.bucket.bucket,
    isMultiRegionTrail: true,
    includeGlobalServiceEvents: true,
    enableLogging: true,
    enableLogFileValidation: true,
    kmsKeyId: dataKey.arn,
    cloudWatchLogsGroupArn: pulumi.interpolate`${auditLogs.arn}:*`,
    cloudWatchLogsRoleArn: trailRole.arn,
  },
  opts,
);
// Violating: single-region, logging stopped, no log file validation, no key, not sent to CloudWatch.
new aws.cloudtrail.Trail(
  "sandbox",
  {
    s3BucketName: replica.bucket,
    isMultiRegionTrail: false,
    includeGlobalServiceEvents: false,
    enableLogging: false,
    tags: { owner: "lena.fischer" },
  },
  { provider: sandbox },
);

// ---------------------------------------------------------------------------------------------
// Load balancers (rows 35-36)
// ---------------------------------------------------------------------------------------------
const storefront = new aws.lb.LoadBalancer(
  "storefront",
  { loadBalancerType: "application", subnets, accessLogs: { bucket: accessLogs.bucket, prefix: "storefront", enabled: true } },
  opts,
);
const storefrontTargets = new aws.lb.TargetGroup("storefront", { port: 8080, protocol: "HTTP", vpcId: vpc.id }, opts);
new aws.lb.Listener(
  "storefront-https",
  {
    loadBalancerArn: storefront.arn,
    port: 443,
    protocol: "HTTPS",
    sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    certificateArn: CERTIFICATE,
    defaultActions: [{ type: "forward", targetGroupArn: storefrontTargets.arn }],
  },
  opts,
);
new aws.lb.Listener(
  "storefront-http",
  {
    loadBalancerArn: storefront.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
  },
  opts,
);
// Violating: no access logs, and plain HTTP forwarded to the targets.
const internalApi = new aws.alb.LoadBalancer("internal-api", { internal: true, subnets }, opts);
const internalTargets = new aws.alb.TargetGroup("internal-api", { port: 8080, protocol: "HTTP", vpcId: vpc.id }, opts);
new aws.alb.Listener(
  "internal-api-http",
  {
    loadBalancerArn: internalApi.arn,
    port: 80,
    protocol: "HTTP",
    defaultActions: [{ type: "forward", targetGroupArn: internalTargets.arn }],
  },
  opts,
);
// Compliant (aws-elb-loadbalancer-require-tls): a classic ELB that terminates TLS and writes access logs.
new aws.elb.LoadBalancer(
  "legacy-api",
  {
    subnets,
    listeners: [{ lbPort: 443, lbProtocol: "https", instancePort: 8443, instanceProtocol: "https", sslCertificateId: CERTIFICATE }],
    accessLogs: { bucket: accessLogs.bucket, bucketPrefix: "legacy-api", enabled: true },
  },
  opts,
);
// Violating: a classic ELB with an HTTP listener and no access logs.
new aws.elb.LoadBalancer(
  "legacy-web",
  { subnets, listeners: [{ lbPort: 80, lbProtocol: "http", instancePort: 8080, instanceProtocol: "http" }] },
  opts,
);

// ---------------------------------------------------------------------------------------------
// API Gateway (row 37)
// ---------------------------------------------------------------------------------------------
const api = new aws.apigateway.RestApi("shop", { description: "Shop API" }, opts);
const apiResource = new aws.apigateway.Resource("orders", { restApi: api.id, parentId: api.rootResourceId, pathPart: "orders" }, opts);
const apiMethod = new aws.apigateway.Method(
  "orders-get",
  { restApi: api.id, resourceId: apiResource.id, httpMethod: "GET", authorization: "AWS_IAM" },
  opts,
);
const apiIntegration = new aws.apigateway.Integration(
  "orders-get",
  { restApi: api.id, resourceId: apiResource.id, httpMethod: apiMethod.httpMethod, type: "MOCK" },
  opts,
);
const apiDeployment = new aws.apigateway.Deployment("shop", { restApi: api.id }, { ...opts, dependsOn: [apiIntegration] });
const apiAccessLogs = new aws.cloudwatch.LogGroup(
  "api-access",
  { name: "/shop/api-access", retentionInDays: 400, kmsKeyId: dataKey.arn, tags: CONFIDENTIAL },
  opts,
);
const prodStage = new aws.apigateway.Stage(
  "prod",
  {
    restApi: api.id,
    deployment: apiDeployment.id,
    stageName: "prod",
    cacheClusterEnabled: true,
    cacheClusterSize: "0.5",
    accessLogSettings: { destinationArn: apiAccessLogs.arn, format: '{"requestId":"$context.requestId","status":"$context.status"}' },
  },
  opts,
);
new aws.apigateway.MethodSettings(
  "prod",
  {
    restApi: api.id,
    stageName: prodStage.stageName,
    methodPath: "*/*",
    settings: { loggingLevel: "INFO", metricsEnabled: true, cachingEnabled: true, cacheDataEncrypted: true },
  },
  opts,
);
// Violating: no access logs, execution logging off, and an unencrypted cache.
const betaStage = new aws.apigateway.Stage(
  "beta",
  { restApi: api.id, deployment: apiDeployment.id, stageName: "beta", cacheClusterEnabled: true, cacheClusterSize: "0.5" },
  opts,
);
new aws.apigateway.MethodSettings(
  "beta",
  {
    restApi: api.id,
    stageName: betaStage.stageName,
    methodPath: "*/*",
    settings: { loggingLevel: "OFF", cachingEnabled: true, cacheDataEncrypted: false },
  },
  opts,
);
const webhooks = new aws.apigatewayv2.Api("webhooks", { protocolType: "HTTP" }, opts);
new aws.apigatewayv2.Stage(
  "webhooks-prod",
  {
    apiId: webhooks.id,
    name: "prod",
    autoDeploy: true,
    accessLogSettings: { destinationArn: apiAccessLogs.arn, format: "$context.requestId $context.status" },
  },
  opts,
);
// Violating: no access logs.
new aws.apigatewayv2.Stage("webhooks-test", { apiId: webhooks.id, name: "test", autoDeploy: true }, opts);

// ---------------------------------------------------------------------------------------------
// CloudFront (row 38)
// ---------------------------------------------------------------------------------------------
const cacheBehavior = {
  allowedMethods: ["GET", "HEAD"],
  cachedMethods: ["GET", "HEAD"],
  targetOriginId: "storefront",
  cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
};
new aws.cloudfront.Distribution(
  "storefront",
  {
    enabled: true,
    aliases: ["shop.northwind.example"],
    origins: [
      {
        originId: "storefront",
        domainName: storefront.dnsName,
        customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] },
      },
    ],
    defaultCacheBehavior: { ...cacheBehavior, viewerProtocolPolicy: "redirect-to-https" },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: {
      acmCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/2b1f0c0e-7a8e-4d0a-9d55-0b7f6c7f2d11",
      sslSupportMethod: "sni-only",
      minimumProtocolVersion: "TLSv1.2_2021",
    },
    loggingConfig: { bucket: accessLogs.bucketDomainName, prefix: "cloudfront/" },
  },
  opts,
);
// Violating: viewers may use HTTP, the default certificate allows TLS 1.0, the origin is plain HTTP, no logs.
new aws.cloudfront.Distribution(
  "downloads",
  {
    enabled: true,
    origins: [
      {
        originId: "storefront",
        domainName: storefront.dnsName,
        customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1"] },
      },
    ],
    defaultCacheBehavior: { ...cacheBehavior, viewerProtocolPolicy: "allow-all" },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Redshift (rows 39-42)
// ---------------------------------------------------------------------------------------------
const warehouseParameters = new aws.redshift.ParameterGroup(
  "warehouse",
  {
    family: "redshift-1.0",
    parameters: [
      { name: "require_ssl", value: "true" },
      { name: "enable_user_activity_logging", value: "true" },
    ],
  },
  opts,
);
const warehouse = new aws.redshift.Cluster(
  "warehouse",
  {
    clusterIdentifier: "shop-warehouse",
    nodeType: "ra3.xlplus",
    numberOfNodes: 2,
    masterUsername: "warehouse_admin",
    manageMasterPassword: true,
    encrypted: "true",
    kmsKeyId: dataKey.arn,
    clusterParameterGroupName: warehouseParameters.name,
    automatedSnapshotRetentionPeriod: 7,
    tags: INTERNAL,
  },
  opts,
);
new aws.redshift.Logging(
  "warehouse",
  {
    clusterIdentifier: warehouse.clusterIdentifier,
    logDestinationType: "cloudwatch",
    logExports: ["connectionlog", "userlog", "useractivitylog"],
  },
  opts,
);
// Violating: unencrypted, no audit logging, TLS not required, no automated snapshots, publicly accessible.
const sandboxWarehouseParameters = new aws.redshift.ParameterGroup(
  "sandbox-warehouse",
  { family: "redshift-1.0", parameters: [{ name: "require_ssl", value: "false" }] },
  opts,
);
new aws.redshift.Cluster(
  "sandbox-warehouse",
  {
    clusterIdentifier: "shop-sandbox-warehouse",
    nodeType: "ra3.xlplus",
    masterUsername: "sandbox_admin",
    manageMasterPassword: true,
    encrypted: "false",
    clusterParameterGroupName: sandboxWarehouseParameters.name,
    automatedSnapshotRetentionPeriod: 0,
    publiclyAccessible: true,
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Database migration (row 112)
// ---------------------------------------------------------------------------------------------
// Compliant: the migration instance stays inside the VPC.
new aws.dms.ReplicationInstance(
  "orders-migration",
  {
    replicationInstanceId: "orders-migration",
    replicationInstanceClass: "dms.t3.medium",
    allocatedStorage: 50,
    publiclyAccessible: false,
    kmsKeyArn: dataKey.arn,
  },
  opts,
);
// Violating: a one-off migration instance with a public address.
new aws.dms.ReplicationInstance(
  "legacy-import",
  { replicationInstanceId: "legacy-import", replicationInstanceClass: "dms.t3.small", allocatedStorage: 20, publiclyAccessible: true },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Search and cache (rows 43-45)
// ---------------------------------------------------------------------------------------------
const searchLogs = new aws.cloudwatch.LogGroup(
  "search",
  { name: "/shop/search", retentionInDays: 365, kmsKeyId: dataKey.arn, tags: CONFIDENTIAL },
  opts,
);
new aws.opensearch.Domain(
  "catalog",
  {
    engineVersion: "OpenSearch_2.17",
    clusterConfig: { instanceType: "r7g.large.search", instanceCount: 2 },
    ebsOptions: { ebsEnabled: true, volumeSize: 50 },
    encryptAtRest: { enabled: true, kmsKeyId: dataKey.arn },
    nodeToNodeEncryption: { enabled: true },
    domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
    logPublishingOptions: [
      { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: searchLogs.arn },
      { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: searchLogs.arn },
    ],
    tags: INTERNAL,
  },
  opts,
);
// Violating: no encryption at rest or between nodes, HTTP allowed, no logs.
new aws.elasticsearch.Domain(
  "legacy-search",
  {
    elasticsearchVersion: "7.10",
    clusterConfig: { instanceType: "t3.small.elasticsearch" },
    ebsOptions: { ebsEnabled: true, volumeSize: 10 },
    encryptAtRest: { enabled: false },
    nodeToNodeEncryption: { enabled: false },
    domainEndpointOptions: { enforceHttps: false },
  },
  opts,
);

new aws.elasticache.ReplicationGroup(
  "sessions-cache",
  {
    description: "Session cache",
    engine: "redis",
    nodeType: "cache.t4g.small",
    numCacheClusters: 2,
    atRestEncryptionEnabled: true,
    kmsKeyId: dataKey.arn,
    transitEncryptionEnabled: true,
    authToken: pulumi.secret("a-long-random-auth-token-from-secrets-manager"),
    snapshotRetentionLimit: 7,
    tags: INTERNAL,
  },
  opts,
);
// Violating: no encryption at rest or in transit, no auth, no snapshots.
new aws.elasticache.ReplicationGroup(
  "rate-limits",
  {
    description: "Rate limit counters",
    engine: "redis",
    nodeType: "cache.t4g.micro",
    numCacheClusters: 1,
    atRestEncryptionEnabled: false,
    transitEncryptionEnabled: false,
    snapshotRetentionLimit: 0,
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Secrets and parameters (rows 46, 49)
// ---------------------------------------------------------------------------------------------
const paymentsKey = new aws.secretsmanager.Secret("payments-api-key", { kmsKeyId: dataKey.arn, tags: CONFIDENTIAL }, opts);
new aws.secretsmanager.SecretRotation(
  "payments-api-key",
  {
    secretId: paymentsKey.id,
    rotationLambdaArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:rotate-payments-key`,
    rotationRules: { automaticallyAfterDays: 30 },
  },
  opts,
);
// Violating (aws-secretsmanager-secret-require-kms-key): confidential on the AWS-managed key, never rotated.
new aws.secretsmanager.Secret("smtp-password", { tags: CONFIDENTIAL }, opts);

new aws.ssm.Parameter(
  "db-password",
  { name: "/shop/orders/db-password", type: "SecureString", keyId: dataKey.arn, value: pulumi.secret("from-the-vault") },
  opts,
);
new aws.ssm.Parameter("feature-flags", { name: "/shop/feature-flags", type: "String", value: "checkout-v2=on" }, opts);
// Violating: a secret stored as plain String, and a SecureString on the AWS-managed key.
new aws.ssm.Parameter("smtp-password", { name: "/shop/smtp/password", type: "String", value: pulumi.secret("hunter2") }, opts);
// Encrypted (a SecureString), but confidential data on the AWS-managed key alias/aws/ssm: a key-management finding.
new aws.ssm.Parameter(
  "api-token",
  { name: "/shop/partner/api-token", type: "SecureString", value: pulumi.secret("tok"), tags: CONFIDENTIAL },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Kubernetes (row 48)
// ---------------------------------------------------------------------------------------------
const eksRole = new aws.iam.Role("eks", { assumeRolePolicy: assumedBy("eks.amazonaws.com") }, opts);
new aws.eks.Cluster(
  "shop",
  {
    roleArn: eksRole.arn,
    vpcConfig: { subnetIds: subnets, endpointPublicAccess: false, endpointPrivateAccess: true },
    encryptionConfig: { resources: ["secrets"], provider: { keyArn: dataKey.arn } },
    enabledClusterLogTypes: ["api", "audit", "authenticator", "controllerManager", "scheduler"],
  },
  opts,
);
// Violating: secrets not envelope-encrypted, no control-plane logs.
// Secrets envelope-encrypted by EKS with an AWS-owned key, where confidential data needs the organisation's key.
new aws.eks.Cluster("experiments", { roleArn: eksRole.arn, vpcConfig: { subnetIds: subnets }, tags: CONFIDENTIAL }, opts);

// ---------------------------------------------------------------------------------------------
// Identity (rows 50-53)
// ---------------------------------------------------------------------------------------------
new aws.iam.AccountPasswordPolicy(
  "shop",
  {
    minimumPasswordLength: 14,
    passwordReusePrevention: 24,
    requireLowercaseCharacters: true,
    requireUppercaseCharacters: true,
    requireNumbers: true,
    requireSymbols: true,
    maxPasswordAge: 90,
  },
  opts,
);
// Violating: the sandbox account's weak password policy.
new aws.iam.AccountPasswordPolicy(
  "sandbox",
  { minimumPasswordLength: 8, passwordReusePrevention: 0, requireSymbols: false },
  { provider: sandbox },
);

const consoleUsers = new aws.iam.Group("console-users", { name: "console-users" }, opts);
new aws.iam.GroupPolicy(
  "console-users-require-mfa",
  {
    group: consoleUsers.name,
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DenyAllExceptMfaSelfServiceWithoutMfa",
          Effect: "Deny",
          NotAction: ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices", "sts:GetSessionToken"],
          Resource: "*",
          Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
        },
      ],
    }),
  },
  opts,
);
const auditor = new aws.iam.User("auditor", { name: "auditor", tags: { owner: "mei.chen" } }, opts);
new aws.iam.UserLoginProfile("auditor", { user: auditor.name, passwordResetRequired: true }, opts);
new aws.iam.GroupMembership("console-users", { group: consoleUsers.name, users: [auditor.name] }, opts);
// Violating: a console user outside the group that enforces MFA.
const contractor = new aws.iam.User("contractor", { name: "contractor" }, opts);
new aws.iam.UserLoginProfile("contractor", { user: contractor.name }, opts);

// Violating: a long-lived access key for a CI user. The old key is deactivated (compliant).
const ciDeployer = new aws.iam.User("ci-deployer", { name: "ci-deployer" }, opts);
new aws.iam.AccessKey("ci-deployer", { user: ciDeployer.name }, opts);
new aws.iam.AccessKey("ci-deployer-retired", { user: ciDeployer.name, status: "Inactive" }, opts);

// Identity Center (access-review). Compliant: Diego's user, claimed in the map. Violating: the
// user of Sam O'Connor, who left, still exists with its group membership.
const IDENTITY_STORE = "d-93670c1a2b";
new aws.identitystore.User(
  "diego",
  {
    identityStoreId: IDENTITY_STORE,
    userName: "diego.alvarez@northwind.example",
    displayName: "Diego Alvarez",
    name: { givenName: "Diego", familyName: "Alvarez" },
    emails: { value: "diego.alvarez@northwind.example", primary: true },
  },
  opts,
);
const samUser = new aws.identitystore.User(
  "sam",
  {
    identityStoreId: IDENTITY_STORE,
    userName: "sam.oconnor@northwind.example",
    displayName: "Sam O'Connor",
    name: { givenName: "Sam", familyName: "O'Connor" },
    emails: { value: "sam.oconnor@northwind.example", primary: true },
  },
  opts,
);
new aws.identitystore.GroupMembership(
  "sam-admins",
  { identityStoreId: IDENTITY_STORE, groupId: "906702b4-6011-70e7-3f34-2e1b4c5d6e7f", memberId: samUser.userId },
  opts,
);

// Lambda (patching). Compliant: a supported runtime. Violating: Node.js 16, past end of support.
const lambdaRole = new aws.iam.Role("functions", { assumeRolePolicy: assumedBy("lambda.amazonaws.com") }, opts);
const handler = new pulumi.asset.AssetArchive({
  "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({ statusCode: 200 });"),
});
new aws.lambda.Function("thumbnails", { runtime: "nodejs22.x", handler: "index.handler", role: lambdaRole.arn, code: handler }, opts);
new aws.lambda.Function("legacy-webhook", { runtime: "nodejs16.x", handler: "index.handler", role: lambdaRole.arn, code: handler }, opts);

// Least privilege. Compliant: the functions' role may write their own logs. Violating: a deployer
// policy that allows every action on every resource, and a role that anyone in any account may assume.
new aws.iam.RolePolicy(
  "functions-logs",
  {
    role: lambdaRole.id,
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/*",
        },
      ],
    }),
  },
  opts,
);
new aws.iam.Policy(
  "deployer-admin",
  { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }) },
  opts,
);
// Violating (advisory, IAM.21): a reports policy that allows every S3 action on its bucket.
new aws.iam.Policy(
  "reports-s3-all",
  {
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::reports/*" }] }),
  },
  opts,
);
// Violating: the operators' role, which people of the account assume, holds AdministratorAccess.
const opsRole = new aws.iam.Role(
  "operators",
  {
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }],
    }),
  },
  opts,
);
new aws.iam.RolePolicyAttachment("operators-admin", { role: opsRole.name, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }, opts);
new aws.iam.Role(
  "partner-reports",
  {
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }],
    }),
  },
  opts,
);

new aws.cognito.UserPool(
  "customers",
  {
    mfaConfiguration: "ON",
    softwareTokenMfaConfiguration: { enabled: true },
    passwordPolicy: { minimumLength: 14, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true },
  },
  opts,
);
// Violating: MFA off and an 8-character password policy.
new aws.cognito.UserPool(
  "partners",
  {
    mfaConfiguration: "OFF",
    passwordPolicy: { minimumLength: 8, requireLowercase: true, requireUppercase: false, requireNumbers: false, requireSymbols: false },
  },
  opts,
);

export const ordersBucketName = orders.bucket.bucket;
export const ordersDbArn = ordersDb.instance.arn;

// --- R9p1: patching (automatic engine upgrades of managed data services) ---
// Compliant: the migration instance and the broker take minor engine versions as AWS releases them.
new aws.dms.ReplicationInstance(
  "catalog-migration",
  {
    replicationInstanceId: "catalog-migration",
    replicationInstanceClass: "dms.t3.medium",
    allocatedStorage: 50,
    publiclyAccessible: false,
    kmsKeyArn: dataKey.arn,
    autoMinorVersionUpgrade: true,
  },
  opts,
);
new aws.mq.Broker(
  "order-events",
  {
    brokerName: "shop-order-events",
    engineType: "ActiveMQ",
    engineVersion: "5.18",
    hostInstanceType: "mq.m5.large",
    autoMinorVersionUpgrade: true,
    encryptionOptions: { useAwsOwnedKey: false, kmsKeyId: dataKey.arn },
    users: [{ username: "order-events", password: pulumi.secret("a-long-random-broker-password-from-secrets-manager") }],
  },
  opts,
);
// Compliant: the MemoryDB cluster leaves the flag at its default (true).
new aws.memorydb.Cluster("carts", { nodeType: "db.t4g.small", aclName: "shop-carts", tlsEnabled: true, kmsKeyArn: dataKey.arn }, opts);
// Compliant: a search domain that takes service software updates by itself.
new aws.opensearch.Domain(
  "catalog-suggest",
  {
    engineVersion: "OpenSearch_2.17",
    clusterConfig: { instanceType: "r7g.large.search", instanceCount: 2 },
    ebsOptions: { ebsEnabled: true, volumeSize: 20 },
    encryptAtRest: { enabled: true, kmsKeyId: dataKey.arn },
    nodeToNodeEncryption: { enabled: true },
    domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
    logPublishingOptions: [
      { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: searchLogs.arn },
      { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: searchLogs.arn },
    ],
    softwareUpdateOptions: { autoSoftwareUpdateEnabled: true },
    tags: INTERNAL,
  },
  opts,
);
// Violating: a broker pinned to its minor version, a Redis cache cluster with the string flag "false",
// and a warehouse that refuses engine upgrades.
new aws.mq.Broker(
  "legacy-events",
  {
    brokerName: "shop-legacy-events",
    engineType: "ActiveMQ",
    engineVersion: "5.17.6",
    hostInstanceType: "mq.t3.micro",
    autoMinorVersionUpgrade: false,
    users: [{ username: "legacy-events", password: pulumi.secret("another-long-random-broker-password") }],
  },
  opts,
);
new aws.elasticache.Cluster(
  "price-cache",
  { engine: "redis", engineVersion: "7.1", nodeType: "cache.t4g.micro", numCacheNodes: 1, autoMinorVersionUpgrade: "false" },
  opts,
);
const pinnedWarehouse = new aws.redshift.Cluster(
  "warehouse-pinned",
  {
    clusterIdentifier: "shop-warehouse-pinned",
    nodeType: "ra3.xlplus",
    numberOfNodes: 2,
    masterUsername: "warehouse_admin",
    manageMasterPassword: true,
    encrypted: "true",
    kmsKeyId: dataKey.arn,
    clusterParameterGroupName: warehouseParameters.name,
    automatedSnapshotRetentionPeriod: 7,
    allowVersionUpgrade: false,
    tags: INTERNAL,
  },
  opts,
);
new aws.redshift.Logging(
  "warehouse-pinned",
  {
    clusterIdentifier: pinnedWarehouse.clusterIdentifier,
    logDestinationType: "cloudwatch",
    logExports: ["connectionlog", "userlog", "useractivitylog"],
  },
  opts,
);
// Compliant: a DocumentDB cluster on 5.0 (DocumentDB takes no automatic minor upgrades, so its version is judged).
new aws.docdb.Cluster(
  "reviews",
  {
    engineVersion: "5.0.0",
    masterUsername: "reviews_admin",
    manageMasterUserPassword: true,
    storageEncrypted: true,
    kmsKeyId: dataKey.arn,
    backupRetentionPeriod: 7,
  },
  opts,
);
// Violating: DocumentDB 3.6, past its end of standard support (2026-03-30).
new aws.docdb.Cluster(
  "legacy-reviews",
  {
    engineVersion: "3.6.0",
    masterUsername: "reviews_admin",
    manageMasterUserPassword: true,
    storageEncrypted: true,
    kmsKeyId: dataKey.arn,
    backupRetentionPeriod: 7,
  },
  opts,
);

// --- R9t1: threat-detection (account-level controls of the main account, eu-west-1) ---
// Compliant: GuardDuty, Security Hub with its default standards, an AWS Config recorder that is
// started and delivers, an external-access analyzer, a security contact and a root-usage alarm.
// The sandbox account declares none of them, and the map does not say the landing zone does.
const detector = new aws.guardduty.Detector("main", { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" }, opts);
// Violating: S3 protection turned off while the stack creates buckets.
new aws.guardduty.DetectorFeature("s3-protection", { detectorId: detector.id, name: "S3_DATA_EVENTS", status: "DISABLED" }, opts);
new aws.securityhub.Account("main", {}, opts);
const configRole = new aws.iam.Role("config", { assumeRolePolicy: assumedBy("config.amazonaws.com") }, opts);
const recorder = new aws.cfg.Recorder("main", { name: "default", roleArn: configRole.arn }, opts);
const channel = new aws.cfg.DeliveryChannel(
  "main",
  { name: "default", s3BucketName: "northwind-config-logs" },
  { ...opts, dependsOn: [recorder] },
);
new aws.cfg.RecorderStatus("main", { name: recorder.name, isEnabled: true }, { ...opts, dependsOn: [channel] });
new aws.accessanalyzer.Analyzer("external", { analyzerName: "external" }, opts);
new aws.account.AlternativeContact(
  "security",
  {
    alternateContactType: "SECURITY",
    name: "Northwind security operations",
    title: "SOC",
    emailAddress: "soc@northwind.example",
    phoneNumber: "+44 20 7946 0000",
  },
  opts,
);
new aws.cloudwatch.LogMetricFilter(
  "root-usage",
  {
    logGroupName: "cloudtrail/organisation",
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    metricTransformation: { name: "RootAccountUsage", namespace: "CISBenchmark", value: "1" },
  },
  opts,
);
new aws.cloudwatch.MetricAlarm(
  "root-usage",
  {
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    evaluationPeriods: 1,
    metricName: "RootAccountUsage",
    namespace: "CISBenchmark",
    period: 300,
    statistic: "Sum",
    threshold: 1,
    alarmActions: ["arn:aws:sns:eu-west-1:123456789012:security-alerts"],
  },
  opts,
);

// --- R9n1: network-exposure ---
// Violating: the account's S3 public access block leaves restrictPublicBuckets off.
new aws.s3.AccountPublicAccessBlock(
  "account-public-access-block",
  { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: false },
  opts,
);
// Compliant: the access-log bucket blocks public access.
new aws.s3.BucketPublicAccessBlock(
  "access-logs",
  { bucket: accessLogs.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
  opts,
);
// Violating: a website bucket made public by a canned ACL and an unconditioned bucket policy.
const website = new aws.s3.Bucket("website", { bucket: "northwind-website", tags: { owner: "lena.fischer", ...INTERNAL } }, opts);
new aws.s3.BucketAcl("website", { bucket: website.id, acl: "public-read" }, opts);
new aws.s3.BucketPolicy(
  "website",
  {
    bucket: website.id,
    policy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::northwind-website/*" }],
    }),
  },
  opts,
);
// Violating: a subnet that gives every instance a public address, and a launch template asking for one.
new aws.ec2.Subnet("shop-c", { vpcId: vpc.id, cidrBlock: "10.20.3.0/24", availabilityZone: "eu-west-1c", mapPublicIpOnLaunch: true }, opts);
new aws.ec2.LaunchTemplate(
  "jump-hosts",
  { imageId: AMI, instanceType: "t3.micro", networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "true" }] },
  opts,
);
// ECS services: private tasks (compliant) and tasks with public addresses (violating).
new aws.ecs.Service(
  "orders-api",
  { cluster: "shop", taskDefinition: "orders-api:1", launchType: "FARGATE", networkConfiguration: { subnets, assignPublicIp: false } },
  opts,
);
new aws.ecs.Service(
  "preview-api",
  { cluster: "shop", taskDefinition: "preview-api:1", launchType: "FARGATE", networkConfiguration: { subnets, assignPublicIp: true } },
  opts,
);
// EKS node groups: no SSH (compliant) and an SSH key with no source security groups (violating).
const nodeRole = `arn:aws:iam::${ACCOUNT}:role/eks-nodes`;
const scaling = { desiredSize: 2, maxSize: 3, minSize: 1 };
new aws.eks.NodeGroup("shop-workers", { clusterName: "shop", nodeRoleArn: nodeRole, subnetIds: subnets, scalingConfig: scaling }, opts);
new aws.eks.NodeGroup(
  "experiments-workers",
  { clusterName: "experiments", nodeRoleArn: nodeRole, subnetIds: subnets, scalingConfig: scaling, remoteAccess: { ec2SshKey: "ops" } },
  opts,
);
// EMR block public access: on in eu-west-1 (compliant), off in the sandbox account (violating).
new aws.emr.BlockPublicAccessConfiguration("emr", { blockPublicSecurityGroupRules: true }, opts);
new aws.emr.BlockPublicAccessConfiguration("sandbox-emr", { blockPublicSecurityGroupRules: false }, { provider: sandbox });
// MSK: private brokers (compliant) and brokers with public addresses (violating).
const brokers = (publicAccess: string) => ({
  instanceType: "kafka.m7g.large",
  clientSubnets: subnets,
  securityGroups: [web.id],
  connectivityInfo: { publicAccess: { type: publicAccess } },
});
new aws.msk.Cluster("events", { kafkaVersion: "3.6.0", numberOfBrokerNodes: 2, brokerNodeGroupInfo: brokers("DISABLED") }, opts);
new aws.msk.Cluster(
  "partner-events",
  { kafkaVersion: "3.6.0", numberOfBrokerNodes: 2, brokerNodeGroupInfo: brokers("SERVICE_PROVIDED_EIPS") },
  opts,
);
// Violating: a search domain with a public endpoint and an access policy open to everyone.
new aws.opensearch.Domain(
  "public-search",
  {
    engineVersion: "OpenSearch_2.17",
    clusterConfig: { instanceType: "r7g.large.search", instanceCount: 2 },
    ebsOptions: { ebsEnabled: true, volumeSize: 50 },
    encryptAtRest: { enabled: true, kmsKeyId: dataKey.arn },
    nodeToNodeEncryption: { enabled: true },
    domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-2019-07" },
    logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: searchLogs.arn }],
    accessPolicies: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: `arn:aws:es:eu-west-1:${ACCOUNT}:domain/public-search/*` },
      ],
    }),
    tags: INTERNAL,
  },
  opts,
);
// Compliant: a public subnet for load balancers, tagged as the public tier.
new aws.ec2.Subnet(
  "shop-public-a",
  { vpcId: vpc.id, cidrBlock: "10.20.100.0/24", availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: true, tags: { tier: "public" } },
  opts,
);
// Compliant: a function URL that requires signed (IAM) requests.
new aws.lambda.FunctionUrl("reports-url", { functionName: "reports", authorizationType: "AWS_IAM" }, opts);
// Violating: an anonymous function URL.
new aws.lambda.FunctionUrl("legacy-webhook-url", { functionName: "legacy-webhook", authorizationType: "NONE" }, opts);
// Compliant: S3 may invoke the function for one bucket.
new aws.lambda.Permission(
  "reports-invoke-s3",
  { action: "lambda:InvokeFunction", function: "reports", principal: "s3.amazonaws.com", sourceArn: "arn:aws:s3:::northwind-exports" },
  opts,
);
// Violating: any AWS account may invoke the function (principal "*" with no source or organisation).
new aws.lambda.Permission("reports-invoke-anyone", { action: "lambda:InvokeFunction", function: "reports", principal: "*" }, opts);
// Violating: a notebook left with direct internet access (the SDK default is Enabled).
new aws.sagemaker.NotebookInstance(
  "analysis",
  { instanceType: "ml.t3.medium", roleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`, tags: { owner: "lena.fischer", ...INTERNAL } },
  opts,
);
// Compliant: a notebook that reaches the internet only through the VPC.
new aws.sagemaker.NotebookInstance(
  "modelling",
  {
    instanceType: "ml.t3.medium",
    roleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
    subnetId: subnetA.id,
    securityGroups: [web.id],
    directInternetAccess: "Disabled",
    tags: { owner: "lena.fischer", ...INTERNAL },
  },
  opts,
);

// --- R9v: least-privilege (third-party access) ---
// Compliant: Blueline Security (the MSSP of the map, account 444455556666) assumes its SOC role with
// the external id agreed in its contract.
new aws.iam.Role(
  "blueline-soc",
  {
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::444455556666:root" },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "sts:ExternalId": "northwind-blueline-7f3a" } },
        },
      ],
    }),
  },
  opts,
);
// Violating: an account no third party of the map declares, trusted without an external id.
new aws.iam.Role(
  "legacy-vendor",
  {
    assumeRolePolicy: JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::999988887777:root" }, Action: "sts:AssumeRole" }],
    }),
  },
  opts,
);

// --- secrets hygiene: credentials belong in Secrets Manager or Parameter Store, not in plain settings ---
// Compliant: the function is given the ARN of its database secret, not the password.
new aws.lambda.Function(
  "invoices",
  {
    runtime: "nodejs22.x",
    handler: "index.handler",
    role: lambdaRole.arn,
    code: handler,
    environment: { variables: { DB_SECRET_ARN: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:invoices-db-AbCdEf`, STAGE: "prod" } },
  },
  opts,
);
// Violating (advisory): a database password written into the function's environment.
new aws.lambda.Function(
  "reports-export",
  {
    runtime: "nodejs22.x",
    handler: "index.handler",
    role: lambdaRole.arn,
    code: handler,
    environment: { variables: { DB_PASSWORD: "reports-export-2026" } },
  },
  opts,
);
const buildRole = new aws.iam.Role("builds", { assumeRolePolicy: assumedBy("codebuild.amazonaws.com") }, opts);
const buildEnvironment = { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/standard:7.0", type: "LINUX_CONTAINER" };
// Compliant: the npm token comes from Parameter Store. Violating (advisory): a token in a plaintext variable.
new aws.codebuild.Project(
  "site-build",
  {
    serviceRole: buildRole.arn,
    artifacts: { type: "NO_ARTIFACTS" },
    source: { type: "NO_SOURCE", buildspec: "version: 0.2" },
    environment: {
      ...buildEnvironment,
      environmentVariables: [{ name: "NPM_TOKEN", value: "/shop/ci/npm-token", type: "PARAMETER_STORE" }],
    },
  },
  opts,
);
new aws.codebuild.Project(
  "legacy-build",
  {
    serviceRole: buildRole.arn,
    artifacts: { type: "NO_ARTIFACTS" },
    source: { type: "NO_SOURCE", buildspec: "version: 0.2" },
    environment: { ...buildEnvironment, environmentVariables: [{ name: "NPM_TOKEN", value: "npm-legacy-build-token" }] },
  },
  opts,
);
// Compliant: the container's password is a secret reference. Violating (advisory): a plain environment value.
new aws.ecs.TaskDefinition(
  "checkout-task",
  {
    family: "checkout",
    containerDefinitions: JSON.stringify([
      {
        name: "app",
        image: "public.ecr.aws/nginx/nginx:1.27",
        essential: true,
        secrets: [{ name: "DB_PASSWORD", valueFrom: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:checkout-db-AbCdEf` }],
      },
    ]),
  },
  opts,
);
new aws.ecs.TaskDefinition(
  "reports-task",
  {
    family: "reports",
    containerDefinitions: JSON.stringify([
      {
        name: "app",
        image: "public.ecr.aws/nginx/nginx:1.27",
        essential: true,
        environment: [{ name: "DB_PASSWORD", value: "reports-2026" }],
      },
    ]),
  },
  opts,
);
// Violating: user data that exports an AWS access key (AWS's documentation example key, split so
// secret scanners do not flag this file).
new aws.ec2.Instance(
  "reports-worker",
  {
    ami: AMI,
    instanceType: "t3.small",
    subnetId: subnetA.id,
    monitoring: true,
    metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" },
    rootBlockDevice: { encrypted: true, kmsKeyId: dataKey.arn, volumeSize: 30 },
    userData: `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIA${"IOSFODNN7EXAMPLE"}\n/opt/reports/run\n`,
  },
  opts,
);

// --- R10p: patching (EKS versions, Fargate platform, notebook platform, SSM patching) ---
// Compliant: a cluster on a Kubernetes minor in standard support that EKS upgrades at its end, and a
// node group on the same minor. Violating: a cluster on 1.29 under paid extended support, and a node
// group left on an older minor than its cluster.
new aws.eks.Cluster(
  "payments",
  {
    name: "payments",
    roleArn: eksRole.arn,
    version: "1.34",
    upgradePolicy: { supportType: "STANDARD" },
    vpcConfig: { subnetIds: subnets, endpointPublicAccess: false, endpointPrivateAccess: true },
    encryptionConfig: { resources: ["secrets"], provider: { keyArn: dataKey.arn } },
    enabledClusterLogTypes: ["api", "audit", "authenticator"],
  },
  opts,
);
new aws.eks.NodeGroup(
  "payments-workers",
  { clusterName: "payments", version: "1.34", nodeRoleArn: nodeRole, subnetIds: subnets, scalingConfig: scaling },
  opts,
);
new aws.eks.NodeGroup(
  "payments-batch",
  { clusterName: "payments", version: "1.32", nodeRoleArn: nodeRole, subnetIds: subnets, scalingConfig: scaling },
  opts,
);
new aws.eks.Cluster(
  "legacy-k8s",
  {
    roleArn: eksRole.arn,
    version: "1.29",
    upgradePolicy: { supportType: "EXTENDED" },
    vpcConfig: { subnetIds: subnets, endpointPublicAccess: false, endpointPrivateAccess: true },
    encryptionConfig: { resources: ["secrets"], provider: { keyArn: dataKey.arn } },
    enabledClusterLogTypes: ["api", "audit", "authenticator"],
  },
  opts,
);
// Violating: a Fargate service pinned to platform version 1.3.0, and a notebook on a deprecated platform.
new aws.ecs.Service(
  "legacy-worker",
  {
    cluster: "shop",
    taskDefinition: "legacy-worker:1",
    launchType: "FARGATE",
    platformVersion: "1.3.0",
    networkConfiguration: { subnets, assignPublicIp: false },
  },
  opts,
);
new aws.sagemaker.NotebookInstance(
  "legacy-notebook",
  {
    instanceType: "ml.t3.medium",
    roleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
    platformIdentifier: "notebook-al2-v2",
    subnetId: subnetA.id,
    securityGroups: [web.id],
    directInternetAccess: "Disabled",
  },
  opts,
);
// Compliant: an instance in the "web" patch group, which a weekly association installs patches on.
// Violating: a baseline that approves patches 30 days after release and rates missing ones UNSPECIFIED.
new aws.ec2.Instance(
  "patched-web",
  {
    ami: AMI,
    instanceType: "t3.small",
    subnetId: subnetA.id,
    monitoring: true,
    metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" },
    rootBlockDevice: { encrypted: true, kmsKeyId: dataKey.arn, volumeSize: 30 },
    tags: { "Patch Group": "web" },
  },
  opts,
);
new aws.ssm.Association(
  "patch-web",
  {
    name: "AWS-RunPatchBaseline",
    parameters: { Operation: "Install" },
    targets: [{ key: "tag:Patch Group", values: ["web"] }],
    scheduleExpression: "rate(7 days)",
  },
  opts,
);
new aws.ssm.PatchBaseline(
  "slow-linux",
  {
    name: "slow-linux",
    operatingSystem: "AMAZON_LINUX_2023",
    approvalRules: [{ approveAfterDays: 30, patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }] }],
  },
  opts,
);
// Compliant: security patches approved after 7 days and rated CRITICAL when missing.
new aws.ssm.PatchBaseline(
  "linux",
  {
    name: "linux",
    operatingSystem: "AMAZON_LINUX_2023",
    approvalRules: [{ approveAfterDays: 7, complianceLevel: "CRITICAL", patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }] }],
  },
  opts,
);

// --- R10r: data-retention ---
// Log groups: internal logs may be kept at most 1095 days (map). Compliant: the app group above
// (90 days). Violating: an internal group that never deletes events.
new aws.cloudwatch.LogGroup("access-archive", { name: "/shop/access-archive", tags: { owner: "lena.fischer", ...INTERNAL } }, opts);
// S3: public data may be kept at most 3650 days. Compliant: the press-kit bucket expires objects
// after a year. Violating: the downloads bucket has no lifecycle rule.
const PUBLIC = { owner: "lena.fischer", "data-classification": "public" };
const pressKit = new SecureBucket("press-kit", { kmsKeyArn: dataKey.arn, logBucket: accessLogs, tags: PUBLIC }, { providers: { aws: eu } });
new aws.s3.BucketLifecycleConfiguration(
  "press-kit",
  { bucket: pressKit.bucket.id, rules: [{ id: "expire", status: "Enabled", filter: {}, expiration: { days: 365 } }] },
  opts,
);
new SecureBucket("downloads", { kmsKeyArn: dataKey.arn, logBucket: accessLogs, tags: PUBLIC }, { providers: { aws: eu } });
// ECR: the shop repository expires untagged images; the tools repository keeps every image.
const shopImages = new aws.ecr.Repository("shop", { name: "shop", imageTagMutability: "IMMUTABLE", tags: { owner: "lena.fischer" } }, opts);
new aws.ecr.LifecyclePolicy(
  "shop",
  {
    repository: shopImages.name,
    policy: JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          description: "Expire untagged images after 14 days",
          selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 },
          action: { type: "expire" },
        },
      ],
    }),
  },
  opts,
);
new aws.ecr.Repository("tools", { name: "tools", imageTagMutability: "IMMUTABLE", tags: { owner: "lena.fischer" } }, opts);
// Backup: the plans above delete recovery points (deleteAfter); the archive plan keeps them forever.
new aws.backup.Plan(
  "archive",
  { rules: [{ ruleName: "monthly", targetVaultName: scratchVault.name, schedule: "cron(0 3 1 * ? *)" }], tags: { owner: "lena.fischer" } },
  opts,
);

// --- R10s: secrets hygiene ---
// Compliant: the SMTP secret's value is written write-only, so it never reaches the state.
// Violating: a second version passes its text as `secretString`, kept in the state.
const SMTP_SECRET = `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:smtp-password-AbCdEf`;
new aws.secretsmanager.SecretVersion(
  "smtp-password",
  { secretId: SMTP_SECRET, secretStringWo: pulumi.secret("from-the-vault"), secretStringWoVersion: 1 },
  opts,
);
new aws.secretsmanager.SecretVersion(
  "smtp-password-legacy",
  { secretId: SMTP_SECRET, secretString: pulumi.secret("from-the-vault") },
  opts,
);
// Violating: a function whose SMTP password (a Pulumi secret) sits under the AWS managed key.
new aws.lambda.Function(
  "mailer",
  {
    runtime: "nodejs22.x",
    handler: "index.handler",
    role: lambdaRole.arn,
    code: handler,
    environment: { variables: { SMTP_PASSWORD: pulumi.secret("from-the-vault") } },
  },
  opts,
);
// Violating: DocumentDB and Redshift master passwords set as `masterPassword`, which the provider stores in the state.
new aws.docdb.Cluster(
  "reviews-archive",
  {
    engineVersion: "5.0.0",
    masterUsername: "reviews_admin",
    masterPassword: pulumi.secret("Reviews-Passw0rd!"),
    storageEncrypted: true,
    kmsKeyId: dataKey.arn,
    backupRetentionPeriod: 7,
  },
  opts,
);
const archiveWarehouse = new aws.redshift.Cluster(
  "warehouse-archive",
  {
    clusterIdentifier: "shop-warehouse-archive",
    nodeType: "ra3.xlplus",
    numberOfNodes: 2,
    masterUsername: "warehouse_admin",
    masterPassword: pulumi.secret("Warehouse-Passw0rd!"),
    encrypted: "true",
    kmsKeyId: dataKey.arn,
    clusterParameterGroupName: warehouseParameters.name,
    automatedSnapshotRetentionPeriod: 7,
    tags: INTERNAL,
  },
  opts,
);
new aws.redshift.Logging(
  "warehouse-archive",
  {
    clusterIdentifier: archiveWarehouse.clusterIdentifier,
    logDestinationType: "cloudwatch",
    logExports: ["connectionlog", "userlog", "useractivitylog"],
  },
  opts,
);
