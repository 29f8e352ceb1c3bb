import rule from "../../../../policies/aws/iam/aws-iam-role-disallow-public-trust";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const role = (assumeRolePolicy: unknown) => resource(AWS.iamRole, "deployer", { assumeRolePolicy });
const ANYONE = { Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" };

describeRule(rule, {
  compliant: [
    {
      title: "service role for Lambda",
      resources: [role(doc({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }))],
    },
    {
      title: "another account of the organisation",
      resources: [role(doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }))],
    },
    {
      title: "any principal narrowed to the organisation by aws:PrincipalOrgID",
      resources: [role(doc({ ...ANYONE, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }))],
    },
    { title: "Deny with Principal * (not a grant)", resources: [role(doc({ ...ANYONE, Effect: "Deny" }))] },
    {
      title: "trust policy as an iam.PolicyDocument object naming a federated provider",
      resources: [
        role({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
              Action: "sts:AssumeRoleWithWebIdentity",
              Condition: { StringLike: { "token.actions.githubusercontent.com:sub": "repo:northwind/shop:*" } },
            },
          ],
        }),
      ],
    },
  ],
  violating: [
    { title: 'Principal "*" without a Condition', resources: [role(doc(ANYONE))], codes: ["any-principal"] },
    { title: 'Principal {"AWS": "*"}', resources: [role(doc({ ...ANYONE, Principal: { AWS: "*" } }))], codes: ["any-principal"] },
    {
      title: "AWS principal list holding * next to a named account, empty Condition",
      resources: [role(doc({ ...ANYONE, Principal: { AWS: ["arn:aws:iam::111122223333:root", "*"] }, Condition: {} }))],
      codes: ["any-principal"],
    },
  ],
  notApplicable: [
    {
      title: "role where the map puts least privilege on the provider's side",
      resources: [role(doc(ANYONE))],
      map: mapWithScope("least-privilege", {
        provider: "aws",
        resourceTypes: ["aws:iam/*"],
        side: "provider",
        note: "The landing zone owns IAM.",
      }),
      reason: /The landing zone owns IAM\.$/,
    },
  ],
  unknown: [{ title: "trust policy computed at deployment", resources: [role(UNKNOWN.string)] }],
});
