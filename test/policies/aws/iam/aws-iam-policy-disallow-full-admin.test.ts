import rule from "../../../../policies/aws/iam/aws-iam-policy-disallow-full-admin";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const ADMIN = { Effect: "Allow", Action: "*", Resource: "*" };
const READ_LOGS = {
  Effect: "Allow",
  Action: ["logs:GetLogEvents", "logs:FilterLogEvents"],
  Resource: "arn:aws:logs:eu-west-1:111122223333:log-group:app:*",
};
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const policy = (policyDocument: unknown, type: string = AWS.iamPolicy) => resource(type, "deployer", { policy: policyDocument });
const ROLE_TRUST = doc({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" });
const role = (inlinePolicies: unknown) => resource(AWS.iamRole, "worker", { assumeRolePolicy: ROLE_TRUST, inlinePolicies });

describeRule(rule, {
  compliant: [
    { title: "policy scoped to named actions and resources", resources: [policy(doc(READ_LOGS))] },
    { title: "Deny of everything (a guard rail, not a grant)", resources: [policy(doc({ Effect: "Deny", Action: "*", Resource: "*" }))] },
    {
      title: "every action on one bucket only",
      resources: [policy(doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::reports/*" }))],
    },
    {
      title: "service wildcard on every resource (not full administration)",
      resources: [policy(doc({ Effect: "Allow", Action: "s3:*", Resource: "*" }))],
    },
    {
      title: "policy given as an iam.PolicyDocument object",
      resources: [policy({ Version: "2012-10-17", Statement: [READ_LOGS] }, AWS.iamRolePolicy)],
    },
    { title: "role whose inline policies are scoped", resources: [role([{ name: "logs", policy: doc(READ_LOGS) }])] },
    { title: "role without inline policies", resources: [resource(AWS.iamRole, "worker", { assumeRolePolicy: ROLE_TRUST })] },
  ],
  violating: [
    { title: "customer-managed policy allowing * on *", resources: [policy(doc(READ_LOGS, ADMIN))], codes: ["full-admin"] },
    {
      title: "user policy with Action and Resource as lists holding *",
      resources: [policy(doc({ Effect: "Allow", Action: ["*"], Resource: ["*"] }), AWS.iamUserPolicy)],
      codes: ["full-admin"],
    },
    {
      title: "group policy as an object, with a Condition (still full administration)",
      resources: [
        policy(
          { Version: "2012-10-17", Statement: [{ ...ADMIN, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }] },
          AWS.iamGroupPolicy,
        ),
      ],
      codes: ["full-admin"],
    },
    {
      title: "role inline policy allowing * on *",
      resources: [
        role([
          { name: "logs", policy: doc(READ_LOGS) },
          { name: "admin", policy: doc(ADMIN) },
        ]),
      ],
      codes: ["full-admin"],
    },
    {
      title: "two admin statements in one policy, one finding each",
      resources: [policy(doc(ADMIN, ADMIN), AWS.iamRolePolicy)],
      codes: ["full-admin", "full-admin"],
    },
  ],
  notApplicable: [
    {
      title: "policy where the map puts least privilege on the provider's side",
      resources: [policy(doc(ADMIN))],
      map: mapWithScope("least-privilege", {
        provider: "aws",
        resourceTypes: ["aws:iam/*"],
        side: "provider",
        note: "The landing zone owns IAM.",
      }),
      reason: /The landing zone owns IAM\.$/,
    },
  ],
  unknown: [
    { title: "policy document computed at deployment", resources: [policy(UNKNOWN.string)] },
    { title: "role whose inline policies are computed", resources: [role(UNKNOWN.array)] },
  ],
});
