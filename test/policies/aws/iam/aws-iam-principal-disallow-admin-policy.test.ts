import rule from "../../../../policies/aws/iam/aws-iam-principal-disallow-admin-policy";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN, urnOf } from "../../../support/rules";

const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const trust = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", ...statement }] });
const PEOPLE_TRUST = trust({ Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" });
const SAML_TRUST = trust({ Principal: { Federated: "arn:aws:iam::111122223333:saml-provider/okta" }, Action: "sts:AssumeRoleWithSAML" });
const SERVICE_TRUST = trust({ Principal: { Service: "codebuild.amazonaws.com" }, Action: "sts:AssumeRole" });
const OIDC_TRUST = trust({
  Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
  Action: "sts:AssumeRoleWithWebIdentity",
});
const role = (name: string, assumeRolePolicy: unknown, extra: Record<string, unknown> = {}) =>
  resource(AWS.iamRole, name, { name: `${name}-role`, assumeRolePolicy, ...extra });
const roleAttachment = (roleName: string, policyArn: unknown, dependsOnRole = true) =>
  resource(
    AWS.iamRolePolicyAttachment,
    `${roleName}-attachment`,
    { role: dependsOnRole ? UNKNOWN.string : `${roleName}-role`, policyArn },
    dependsOnRole ? { propertyDependencies: { role: [urnOf(AWS.iamRole, roleName)] } } : {},
  );

describeRule(rule, {
  compliant: [
    { title: "AdministratorAccess on a CodeBuild service role", resources: [role("ci", SERVICE_TRUST), roleAttachment("ci", ADMIN)] },
    {
      title: "AdministratorAccess on a GitHub OIDC deploy role (a workload)",
      resources: [role("deploy", OIDC_TRUST), roleAttachment("deploy", ADMIN)],
    },
    { title: "ReadOnlyAccess on a role people assume", resources: [role("ops", PEOPLE_TRUST), roleAttachment("ops", READ_ONLY)] },
    {
      title: "ReadOnlyAccess on a user",
      resources: [resource(AWS.iamUserPolicyAttachment, "ann-ro", { user: "ann", policyArn: READ_ONLY })],
    },
    {
      title: "AdministratorAccess on a role that is not in the stack (who assumes it is unknown)",
      resources: [roleAttachment("elsewhere", ADMIN, false)],
    },
    { title: "a role people assume, no managed policies", resources: [role("ops", PEOPLE_TRUST)] },
  ],
  violating: [
    {
      title: "AdministratorAccess attached to a user",
      resources: [resource(AWS.iamUserPolicyAttachment, "ann-admin", { user: "ann", policyArn: ADMIN })],
      codes: ["user-admin"],
    },
    {
      title: "AdministratorAccess attached to a group (GovCloud partition)",
      resources: [
        resource(AWS.iamGroupPolicyAttachment, "admins", {
          group: "admins",
          policyArn: "arn:aws-us-gov:iam::aws:policy/AdministratorAccess",
        }),
      ],
      codes: ["group-admin"],
    },
    {
      title: "AdministratorAccess on a role assumed from the account (joined by dependency)",
      resources: [role("ops", PEOPLE_TRUST), roleAttachment("ops", ADMIN)],
      codes: ["role-admin"],
    },
    {
      title: "deployed state: attachment names the SAML role by its name",
      resources: [role("sso", SAML_TRUST), roleAttachment("sso", ADMIN, false)],
      codes: ["role-admin"],
    },
    {
      title: "role's deprecated managedPolicyArns holds AdministratorAccess",
      resources: [role("ops", PEOPLE_TRUST, { managedPolicyArns: [READ_ONLY, ADMIN] })],
      codes: ["role-admin"],
    },
    {
      title: "shared PolicyAttachment to users, groups and a people role",
      resources: [
        role("ops", PEOPLE_TRUST),
        role("ci", SERVICE_TRUST),
        resource(AWS.iamPolicyAttachment, "admins", {
          policyArn: ADMIN,
          users: ["ann"],
          groups: ["admins"],
          roles: ["ops-role", "ci-role"],
        }),
      ],
      codes: ["user-admin", "group-admin", "role-admin"],
    },
    {
      title: "a user's AdministratorAccess still fails beside a role attachment whose trust is unknown at preview",
      resources: [
        role("ops", UNKNOWN.string),
        roleAttachment("ops", ADMIN),
        resource(AWS.iamUserPolicyAttachment, "ann-admin", { user: "ann", policyArn: ADMIN }),
      ],
      codes: ["user-admin"],
      undecided: ["ops-attachment"],
    },
  ],
  notApplicable: [
    {
      title: "attachment where the map puts least privilege on the provider's side",
      resources: [resource(AWS.iamUserPolicyAttachment, "ann-admin", { user: "ann", policyArn: ADMIN })],
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
    {
      title: "policy ARN computed at deployment",
      resources: [resource(AWS.iamUserPolicyAttachment, "ann-x", { user: "ann", policyArn: UNKNOWN.string })],
    },
    {
      title: "trust policy of the attached role computed at deployment",
      resources: [role("ops", UNKNOWN.string), roleAttachment("ops", ADMIN)],
    },
  ],
});
