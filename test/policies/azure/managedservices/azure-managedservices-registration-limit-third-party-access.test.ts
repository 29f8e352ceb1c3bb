import { expect, it } from "vitest";
import rule from "../../../../policies/azure/managedservices/azure-managedservices-registration-limit-third-party-access";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, environment, MAP, mapWithScope, resource, run, UNKNOWN } from "../../../support/rules";

// The bundled map: Blueline declares tenant 3c6f2a1e-…; Northwind's own tenant is 00000000-…-0000000000aa.
const BLUELINE = "3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c";
const OWN = "00000000-0000-4000-8000-0000000000aa";
const STRANGER = "9d2b7c4e-1a3f-4e5d-8c6b-2f1e0d9c8b7a";
const READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
const CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
const OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
const UAA = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
const SOC = "5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
const SCOPE = "/subscriptions/00000000-0000-4000-8000-000000000001";

const grant = (roleDefinitionId: unknown) => ({ principalId: SOC, principalIdDisplayName: "Blueline SOC", roleDefinitionId });
const definition = (managedByTenantId: unknown, authorizations: unknown[], extra: Record<string, unknown> = {}) =>
  resource(AZURE.lighthouseDefinition, "blueline-soc", {
    scope: SCOPE,
    properties: { registrationDefinitionName: "Blueline SOC", managedByTenantId, authorizations, ...extra },
  });

describeRule(rule, {
  compliant: [
    { title: "a declared third party with Reader and Contributor", resources: [definition(BLUELINE, [grant(READER), grant(CONTRIBUTOR)])] },
    {
      title: "one of the organisation's own tenants (upper case), role as a full resource id",
      resources: [definition(OWN.toUpperCase(), [grant(`/providers/Microsoft.Authorization/roleDefinitions/${CONTRIBUTOR}`)])],
    },
  ],
  violating: [
    { title: "a tenant no third party declares", resources: [definition(STRANGER, [grant(READER)])], codes: ["undeclared-tenant"] },
    {
      title: "Owner for a declared third party",
      resources: [definition(BLUELINE, [grant(READER), grant(OWNER)])],
      codes: ["privileged-role"],
    },
    {
      title: "User Access Administrator made eligible (just in time) for an undeclared tenant",
      resources: [definition(STRANGER, [grant(READER)], { eligibleAuthorizations: [grant(UAA)] })],
      codes: ["undeclared-tenant", "privileged-role"],
    },
  ],
  notApplicable: [
    {
      title: "least privilege on the provider's side for Lighthouse",
      resources: [definition(STRANGER, [grant(OWNER)])],
      map: mapWithScope("least-privilege", {
        provider: "azure",
        resourceTypes: ["azure-native:managedservices:*"],
        side: "provider",
        note: "The landing zone owns Lighthouse.",
      }),
      reason: /The landing zone owns Lighthouse\.$/,
    },
  ],
  unknown: [
    { title: "managing tenant computed at deployment", resources: [definition(UNKNOWN.string, [grant(READER)])] },
    { title: "role computed at deployment", resources: [definition(BLUELINE, [grant(UNKNOWN.string)])] },
  ],
});

it("names the third party, or says no third party declares the tenant, and the accountable person", () => {
  const [owner] = run(rule, [definition(BLUELINE, [grant(OWNER)])]).map((f) => f.message);
  expect(owner).toContain("`properties.authorizations[0]` grants third party Blueline Security (blueline-mssp) the built-in Owner role");
  const [stranger] = run(rule, [definition(STRANGER, [grant(READER)])]).map((f) => f.message);
  expect(stranger).toContain(`delegates to tenant ${STRANGER}, which no third party of the responsibility map declares,`);
  const noOwn = { ...MAP, settings: { ...MAP.settings, ownAccounts: { awsAccountIds: [], azureTenantIds: [] } } };
  const [unlisted] = run(rule, [definition(OWN, [grant(READER)])], {}, environment(noOwn)).map((f) => f.message);
  expect(unlisted).toContain("(and the map lists none of the organisation's own tenants)");
  for (const message of [owner, stranger])
    expect(message).toContain("Accountable for least privilege: Mei Chen <mei.chen@northwind.example>.");
});
