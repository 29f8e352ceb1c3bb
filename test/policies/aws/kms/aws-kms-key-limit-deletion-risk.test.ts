import rule from "../../../../policies/aws/kms/aws-kms-key-limit-deletion-risk";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const ADMIN = { Sid: "Admin", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };
const PUBLIC = { Sid: "Anyone", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" };
const policy = (...statements: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const key = (props: Record<string, unknown>) => resource(AWS.kmsKey, "data", { policy: policy(ADMIN), ...props });

describeRule(rule, {
  compliant: [
    { title: "key with defaults and a private policy", resources: [key({})] },
    {
      title: "key with deletionWindowInDays=30 and a conditioned public statement",
      resources: [
        key({
          deletionWindowInDays: 30,
          policy: policy(ADMIN, { ...PUBLIC, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-123" } } }),
        }),
      ],
    },
    {
      title: "key with a 7-day window when 7 days are allowed",
      resources: [key({ deletionWindowInDays: 7 })],
      config: { minimumDeletionWindowDays: 7 },
    },
  ],
  violating: [
    {
      title: "key with bypassPolicyLockoutSafetyCheck=true",
      resources: [key({ bypassPolicyLockoutSafetyCheck: true })],
      codes: ["lockout-check-bypassed"],
    },
    {
      title: "key with deletionWindowInDays=7",
      resources: [key({ deletionWindowInDays: 7 })],
      codes: ["deletion-window-short"],
    },
    {
      title: "key policy object allowing every principal",
      resources: [key({ policy: { Statement: [ADMIN, { ...PUBLIC, Principal: { AWS: "*" } }] } })],
      codes: ["policy-public"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "key whose policy is computed", resources: [key({ policy: UNKNOWN.string })] }],
});
