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
    cloud: "any",
    check: "Live cloud state (drift, settings changed in the console)",
    reason: "Rules are pure functions of the program or the state file; they never call cloud APIs.",
  },
];
