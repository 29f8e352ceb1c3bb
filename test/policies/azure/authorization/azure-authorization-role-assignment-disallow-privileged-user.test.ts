import rule from "../../../../policies/azure/authorization/azure-authorization-role-assignment-disallow-privileged-user";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const SUBSCRIPTION = "/subscriptions/00000000-0000-0000-0000-000000000000";
const role = (guid: string) => `${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const OWNER = role("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
const USER_ACCESS_ADMIN = role("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9");
const READER = role("acdd72a7-3385-48ef-bd42-f606fba81ae7");
const assignment = (props: Record<string, unknown>) =>
  resource(AZURE.roleAssignment, "admin", {
    scope: SUBSCRIPTION,
    roleDefinitionId: OWNER,
    principalType: "User",
    principalId: "c3e1a9b7-52d4-4f0a-8e6b-71d2c5f4a830",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "Owner on the subscription for a group", resources: [assignment({ principalType: "Group" })] },
    { title: "Owner on the subscription for a service principal", resources: [assignment({ principalType: "ServicePrincipal" })] },
    { title: "a user with Reader on the subscription", resources: [assignment({ roleDefinitionId: READER })] },
    { title: "a user who owns one resource group", resources: [assignment({ scope: `${SUBSCRIPTION}/resourceGroups/rg-app` })] },
  ],
  violating: [
    { title: "a user who owns the subscription", resources: [assignment({})], codes: ["privileged-user"] },
    {
      title: "a user who administers access on a management group (bare role GUID, other case)",
      resources: [
        assignment({
          scope: "/providers/microsoft.management/managementGroups/platform",
          roleDefinitionId: "18D7D88D-D35E-4FB5-A5C3-7773C20A72D9",
        }),
      ],
      codes: ["privileged-user"],
    },
    {
      title: "User Access Administrator on the subscription without principalType (the SDK sends User)",
      resources: [assignment({ principalType: undefined, roleDefinitionId: USER_ACCESS_ADMIN, scope: `${SUBSCRIPTION}/` })],
      codes: ["privileged-user"],
    },
    { title: "a user who owns the tenant root", resources: [assignment({ scope: "/" })], codes: ["privileged-user"] },
  ],
  notApplicable: [
    {
      title: "assignment where the map puts least privilege on the provider's side",
      resources: [assignment({})],
      map: mapWithScope("least-privilege", {
        provider: "azure",
        resourceTypes: ["azure-native:authorization:*"],
        side: "provider",
        note: "The platform team's landing zone owns subscription access.",
      }),
      reason: /landing zone owns subscription access\.$/,
    },
  ],
  unknown: [
    { title: "role computed at deployment", resources: [assignment({ roleDefinitionId: UNKNOWN.string })] },
    { title: "scope computed at deployment", resources: [assignment({ scope: UNKNOWN.string })] },
    { title: "principal type computed at deployment", resources: [assignment({ principalType: UNKNOWN.string })] },
  ],
});
