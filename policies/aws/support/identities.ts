/**
 * The IAM user an ARN names: `arn:<partition>:iam::<account>:user/<path/>name` (IAM identifiers,
 * "IAM ARNs"); a user path may hold slashes, the name is the last part. Undefined for roles and
 * anything that is not an IAM user ARN.
 */
export function iamUserFromArn(arn: string): string | undefined {
  const match = /^arn:aws[a-z-]*:iam::\d{12}:user\/(?:[^/]+\/)*([A-Za-z0-9+=,.@_-]{1,64})$/.exec(arn);
  return match?.[1];
}
