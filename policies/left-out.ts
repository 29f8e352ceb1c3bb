/** Checks the pack deliberately does not make, and why; rendered into docs/rules.md. */
export interface LeftOut {
  readonly cloud: "aws" | "azure" | "any";
  readonly check: string;
  readonly reason: string;
}

export const LEFT_OUT: readonly LeftOut[] = [
  {
    cloud: "aws",
    check: "DynamoDB encryption at rest",
    reason: "DynamoDB always encrypts tables at rest; only the choice of key is the customer's (see the key-management rule).",
  },
  {
    cloud: "aws",
    check: "Root-account MFA",
    reason: "The root user is not a resource of any stack; it cannot be seen from a Pulumi program or its state.",
  },
  {
    cloud: "aws",
    check: "Access-key age and rotation",
    reason: "Key age is only known to IAM at run time; the pack flags IAM-user access keys instead and steers to roles and SSO.",
  },
  {
    cloud: "aws",
    check: "MFA device bound to a console user",
    reason:
      "In @pulumi/aws v7 `VirtualMfaDevice.userName` is output-only, so the pack proves MFA through a deny-without-MFA policy instead.",
  },
  {
    cloud: "azure",
    check: "Conditional-access MFA policies",
    reason:
      "Conditional access lives in Entra ID (Microsoft Graph), outside azure-native; the pack requires Entra-only authentication instead.",
  },
  {
    cloud: "aws",
    check: "KMS key of launch-configuration volumes",
    reason:
      "`aws.ec2.LaunchConfiguration` block devices have no `kmsKeyId` in @pulumi/aws v7 (encrypted ones use the account's default EBS key), so the key rule covers launch templates only.",
  },
  {
    cloud: "aws",
    check: "Account default EBS key (`aws.ebs.DefaultKmsKey`) in place of a per-device `kmsKeyId`",
    reason:
      "The default key is a per-account, per-region setting often made outside the stack; the key rules ask for `kmsKeyId` on each volume or launch-template device rather than trust a setting they cannot see.",
  },
  {
    cloud: "aws",
    check: "Region of a backup copy whose destination or plan region is not a literal",
    reason:
      "The region is read from the destination vault ARN and the plan's `region` or its provider's `region`; when either is computed elsewhere (an environment variable, a vault outside the stack) any copy action counts as off-site.",
  },
  {
    cloud: "aws",
    check: "AWS Backup selections matched by anything but ARN and equality tag conditions",
    reason:
      "Selections are matched to resources only by the ARNs in `resources`, `selectionTags` of type STRINGEQUALS and `conditions.stringEquals`; `conditions.stringLike` and `conditions.stringNotEquals` are ignored, so a resource covered only through them is reported as not backed up.",
  },
  {
    cloud: "aws",
    check: "CloudFront access logging through CloudWatch log delivery",
    reason:
      "Standard logging v2 is configured with `aws.cloudwatch.LogDelivery` resources joined by distribution ARN across regions; the pack reads only the distribution's own `loggingConfig`.",
  },
  {
    cloud: "aws",
    check: "TLS for Oracle and Db2 RDS instances",
    reason:
      "These engines enforce TLS through option-group options (Oracle `SSL`, Db2 SSL port settings), not the parameter groups the TLS rule reads.",
  },
  {
    cloud: "aws",
    check: "S3 TLS-only bucket policies covering `bucket/*`",
    reason:
      "The TLS rule looks for a Deny on `aws:SecureTransport=false`; it does not check that the statement's `Resource` covers the objects (`arn:...:bucket/*`) as well as the bucket.",
  },
  {
    cloud: "azure",
    check: "Authentication (EasyAuth) on web apps",
    reason: "Whether an app is user-facing, and so needs App Service authentication, cannot be known from its configuration.",
  },
  {
    cloud: "azure",
    check: "Azure Disk Encryption extensions as an alternative to encryption at host",
    reason:
      "ADE is a VM extension whose settings (key vault, volume type) are opaque JSON and which Microsoft is retiring in favour of encryption at host; the pack requires `securityProfile.encryptionAtHost` and does not accept an ADE extension instead.",
  },
  {
    cloud: "any",
    check: "Live cloud state (drift, settings changed in the console)",
    reason: "Rules are pure functions of the program or the state file; they never call cloud APIs.",
  },
];
