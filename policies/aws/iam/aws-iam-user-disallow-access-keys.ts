import type { AccessKeyArgs } from "@pulumi/aws/iam";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type AccessKey = Pick<AccessKeyArgs, "status">;

export default defineRule({
  name: "aws-iam-user-disallow-access-keys",
  displayName: "IAM users have no long-lived access keys",
  description:
    "The stack creates no active IAM access keys (`status` other than Inactive); workloads use roles and people use IAM Identity Center.",
  duty: "mfa",
  severity: "medium",
  resourceTypes: [AWS.iamAccessKey],
  remediation:
    "Remove the `aws.iam.AccessKey`: give workloads an IAM role (instance profile, IRSA, OIDC federation) and people IAM Identity Center access with MFA.",
  why: "a long-lived key works from anywhere without MFA until someone notices it has leaked",
  controls: { nist: ["IA-5(1)"], pciDss: ["8.3.9"], cis: ["AWS 1.14"], securityHub: ["IAM.3"] },
  problems: { "active-access-key": "the stack creates an active, long-lived access key for an IAM user" },
  check(key) {
    const { status } = key.props as AccessKey;
    // iam/accessKey.d.ts: `status` "Defaults to `Active`. Valid values are `Active` and `Inactive`";
    // an inactive key cannot sign requests.
    if (status === "Inactive") return pass;
    return fail(
      "The stack creates an active, long-lived access key for an IAM user; how old it is and whether it is rotated every 90 days cannot be seen from the stack",
      { code: "active-access-key" },
    );
  },
});
