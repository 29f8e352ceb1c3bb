import rule from "../../../../policies/aws/iam/aws-iam-policy-disallow-service-wildcard";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const READ_LOGS = {
  Effect: "Allow",
  Action: ["logs:GetLogEvents", "logs:FilterLogEvents"],
  Resource: "arn:aws:logs:eu-west-1:111122223333:log-group:app:*",
};
const S3_ALL = { Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::reports/*" };
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const policy = (policyDocument: unknown, type: string = AWS.iamPolicy) => resource(type, "deployer", { policy: policyDocument });
const ROLE_TRUST = doc({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" });
const role = (inlinePolicies: unknown) => resource(AWS.iamRole, "worker", { assumeRolePolicy: ROLE_TRUST, inlinePolicies });

describeRule(rule, {
  compliant: [
    { title: "policy scoped to named actions", resources: [policy(doc(READ_LOGS))] },
    {
      title: "prefix with a suffixed wildcard (ec2:Describe*)",
      resources: [policy(doc({ Effect: "Allow", Action: ["ec2:Describe*", "s3:Get*"], Resource: "*" }))],
    },
    {
      title: "Deny of a whole service (a guard rail, not a grant)",
      resources: [policy(doc({ Effect: "Deny", Action: "iam:*", Resource: "*" }))],
    },
    {
      title: "every action on every resource (full administration: the full-admin rule's finding)",
      resources: [policy(doc({ Effect: "Allow", Action: ["*", "s3:*"], Resource: "*" }))],
    },
    {
      title: "Deny with NotAction (deny everything but the listed)",
      resources: [policy(doc({ Effect: "Deny", NotAction: ["iam:ChangePassword"], Resource: "*" }))],
    },
    { title: "role whose inline policies are scoped", resources: [role([{ name: "logs", policy: doc(READ_LOGS) }])] },
    { title: "role without inline policies", resources: [resource(AWS.iamRole, "worker", { assumeRolePolicy: ROLE_TRUST })] },
  ],
  violating: [
    { title: "customer-managed policy with s3:* on one bucket", resources: [policy(doc(READ_LOGS, S3_ALL))], codes: ["service-wildcard"] },
    {
      title: "user policy with two service wildcards in one statement (one finding)",
      resources: [policy(doc({ Effect: "Allow", Action: ["iam:*", "kms:*"], Resource: "*" }), AWS.iamUserPolicy)],
      codes: ["service-wildcard"],
    },
    {
      title: "every action on one bucket (every service's wildcard there)",
      resources: [policy(doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::reports/*" }), AWS.iamRolePolicy)],
      codes: ["service-wildcard"],
    },
    {
      title: "group policy as an object, with a Condition (still every action of the service)",
      resources: [
        policy(
          { Version: "2012-10-17", Statement: [{ ...S3_ALL, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }] },
          AWS.iamGroupPolicy,
        ),
      ],
      codes: ["service-wildcard"],
    },
    {
      title: "Allow with NotAction on every resource",
      resources: [policy(doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }))],
      codes: ["allow-not-action"],
    },
    {
      title: "role inline policies: one finding per statement",
      resources: [
        role([
          { name: "logs", policy: doc(READ_LOGS, S3_ALL) },
          {
            name: "data",
            policy: doc({ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }, { Effect: "Allow", NotAction: "s3:*", Resource: "*" }),
          },
        ]),
      ],
      codes: ["service-wildcard", "service-wildcard", "allow-not-action"],
    },
  ],
  notApplicable: [
    {
      title: "policy where the map puts least privilege on the provider's side",
      resources: [policy(doc(S3_ALL))],
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
    {
      title: "policy object whose Action is computed",
      resources: [policy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: UNKNOWN.array, Resource: "*" }] })],
    },
    { title: "role whose inline policies are computed", resources: [role(UNKNOWN.array)] },
  ],
});
