import rule from "../../../../policies/aws/iam/aws-iam-user-disallow-access-keys";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const key = (props: Record<string, unknown>) => resource(AWS.iamAccessKey, "ci-key", { user: "ci", ...props });
const user = resource(AWS.iamUser, "ci", { name: "ci" });
const ACTIVE_KEY =
  "The stack creates an active, long-lived access key for an IAM user; how old it is and whether it is rotated every 90 days cannot be seen from the stack";

describeRule(rule, {
  compliant: [{ title: "access key with status=Inactive", resources: [user, key({ status: "Inactive" })] }],
  violating: [
    { title: "access key with status unset (active)", resources: [user, key({})], problems: [ACTIVE_KEY] },
    { title: "access key with status=Active", resources: [key({ status: "Active" })], problems: [ACTIVE_KEY] },
  ],
  notApplicable: [
    {
      title: "access key where the map puts IAM authentication on the provider's side",
      resources: [key({})],
      map: mapWithScope("mfa", {
        provider: "aws",
        resourceTypes: ["aws:iam/accessKey:AccessKey"],
        side: "provider",
        note: "Break-glass key held in the vault.",
      }),
      reason:
        "The responsibility map puts multi-factor authentication for aws:iam/accessKey:AccessKey on the provider's side: Break-glass key held in the vault.",
    },
  ],
  unknown: [{ title: "access key whose status is computed", resources: [key({ status: UNKNOWN.string })] }],
});
