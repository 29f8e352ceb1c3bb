import { expect, it } from "vitest";
import rule from "../../../../policies/aws/iam/aws-iam-role-limit-third-party-trust";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, MAP, mapWithScope, resource, run, UNKNOWN } from "../../../support/rules";

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const role = (assumeRolePolicy: unknown) => resource(AWS.iamRole, "vendor-access", { assumeRolePolicy });
const trust = (AWS: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: "Allow",
  Principal: { AWS },
  Action: "sts:AssumeRole",
  ...extra,
});
const EXTERNAL_ID = { Condition: { StringEquals: { "sts:ExternalId": "nw-7f3a" } } };
// The bundled map: Northwind owns 123456789012, 210987654321 and 345678901234; Blueline declares 444455556666.
const BLUELINE = "arn:aws:iam::444455556666:root";
const STRANGER = "999988887777";
const NO_OWN_ACCOUNTS = { ...MAP, settings: { ...MAP.settings, ownAccounts: { awsAccountIds: [], azureTenantIds: [] } } };

describeRule(rule, {
  compliant: [
    { title: "a declared third party's account, with an external id", resources: [role(doc(trust(BLUELINE, EXTERNAL_ID)))] },
    {
      title: "the organisation's own accounts, by id and by role ARN",
      resources: [role(doc(trust(["210987654321", "arn:aws:iam::345678901234:role/deployer"])))],
    },
    {
      title: "a third party's role ARN in the object form, external id under StringLike in any case",
      resources: [
        role({
          Version: "2012-10-17",
          Statement: [trust("arn:aws:iam::444455556666:role/soc", { Condition: { stringlike: { "STS:ExternalId": "nw-*" } } })],
        }),
      ],
    },
    {
      title: "a service principal",
      resources: [role(doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }))],
    },
    { title: "an outside account denied", resources: [role(doc(trust(STRANGER, { Effect: "Deny" })))] },
    { title: "an outside account allowed only to tag sessions", resources: [role(doc(trust(STRANGER, { Action: "sts:TagSession" })))] },
  ],
  violating: [
    {
      title: "an undeclared account without an external id",
      resources: [role(doc(trust(STRANGER)))],
      codes: ["undeclared-account", "no-external-id"],
    },
    {
      title: "an undeclared account's role with an external id, listed in two statements (reported once)",
      resources: [role(doc(trust(`arn:aws:iam::${STRANGER}:role/x`, EXTERNAL_ID), trust(STRANGER, { ...EXTERNAL_ID, Action: "sts:*" })))],
      codes: ["undeclared-account"],
    },
    {
      title: "a declared third party without an external id",
      resources: [role(doc(trust([BLUELINE, "123456789012"], { Action: ["sts:TagSession", "sts:AssumeRole"] })))],
      codes: ["no-external-id"],
    },
    {
      title: "a declared third party whose external id check is only IfExists (absent passes)",
      resources: [role(doc(trust(BLUELINE, { Condition: { StringEqualsIfExists: { "sts:ExternalId": "nw-7f3a" } } })))],
      codes: ["no-external-id"],
    },
    {
      title: "a declared third party with an external id of * under StringLike",
      resources: [role(doc(trust(BLUELINE, { Condition: { StringLike: { "sts:ExternalId": "*" } } })))],
      codes: ["no-external-id"],
    },
    {
      title: "a GovCloud STS ARN of an undeclared account, granted by NotAction",
      resources: [
        role(
          doc({
            Effect: "Allow",
            Principal: { AWS: `arn:aws-us-gov:sts::${STRANGER}:assumed-role/r/s` },
            NotAction: "iam:*",
            ...EXTERNAL_ID,
          }),
        ),
      ],
      codes: ["undeclared-account"],
    },
  ],
  notApplicable: [
    {
      title: "a map that lists none of the organisation's own accounts",
      resources: [role(doc(trust(STRANGER)))],
      map: NO_OWN_ACCOUNTS,
      reason: /cannot tell which trusted accounts are outside the organisation$/,
    },
    {
      title: "least privilege on the provider's side",
      resources: [role(doc(trust(STRANGER)))],
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
    { title: "trust policy computed at deployment", resources: [role(UNKNOWN.string)] },
    {
      title: "a principal computed at deployment in the object form",
      resources: [role({ Version: "2012-10-17", Statement: [trust(UNKNOWN.string)] })],
    },
  ],
});

it("names the third party, or says none is declared, and the accountable person", () => {
  const messages = run(rule, [role(doc(trust([BLUELINE, STRANGER])))]).map((f) => f.message);
  expect(messages).toHaveLength(2);
  expect(messages[0]).toContain("lets account 999988887777 (no third party of the responsibility map declares it) assume it (Statement 0)");
  expect(messages[1]).toContain(
    "lets account 444455556666 of third party Blueline Security (blueline-mssp) and account 999988887777 (no third party of the responsibility map declares it) assume it without requiring `sts:ExternalId`",
  );
  for (const message of messages) expect(message).toContain("Accountable for least privilege: Mei Chen <mei.chen@northwind.example>.");
});
