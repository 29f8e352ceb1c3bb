import rule from "../../../../policies/azure/authorization/azure-authorization-role-definition-disallow-role-assignment-write";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const SCOPE = "/subscriptions/00000000-0000-0000-0000-000000000001";
const definition = (permissions: unknown) =>
  resource(AZURE.roleDefinition, "ops", { roleName: "Ops", scope: SCOPE, assignableScopes: [SCOPE], permissions });

describeRule(rule, {
  compliant: [
    {
      title: "role listing the actions it needs",
      resources: [
        definition([{ actions: ["Microsoft.Compute/virtualMachines/restart/action", "Microsoft.Compute/virtualMachines/read"] }]),
      ],
    },
    {
      title: "contributor-like role: * with Microsoft.Authorization writes excluded",
      resources: [definition([{ actions: ["*"], notActions: ["Microsoft.Authorization/*/Write", "Microsoft.Authorization/*/Delete"] }])],
    },
    {
      title: "role reading role assignments only",
      resources: [definition([{ actions: ["Microsoft.Authorization/roleAssignments/read"] }])],
    },
    {
      title: "role with data actions only",
      resources: [definition([{ dataActions: ["Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"] }])],
    },
  ],
  violating: [
    { title: 'custom owner: actions ["*"]', resources: [definition([{ actions: ["*"] }])], codes: ["assigns-roles"] },
    {
      title: "Microsoft.Authorization/* in lower case",
      resources: [definition([{ actions: ["microsoft.authorization/*"] }])],
      codes: ["assigns-roles"],
    },
    {
      title: "role assignment writes granted directly; notActions excludes something else",
      resources: [
        definition([{ actions: ["Microsoft.Authorization/roleAssignments/write"], notActions: ["Microsoft.Authorization/locks/*"] }]),
      ],
      codes: ["assigns-roles"],
    },
    {
      title: "second permission block grants *",
      resources: [definition([{ actions: ["Microsoft.Compute/*/read"] }, { actions: ["*"], notActions: ["Microsoft.Compute/*"] }])],
      codes: ["assigns-roles"],
    },
  ],
  notApplicable: [
    {
      title: "role definition where the map puts least privilege on the provider's side",
      resources: [definition([{ actions: ["*"] }])],
      map: mapWithScope("least-privilege", {
        provider: "azure",
        resourceTypes: ["azure-native:authorization:*"],
        side: "provider",
        note: "Central IT owns RBAC.",
      }),
      reason: /Central IT owns RBAC\.$/,
    },
  ],
  unknown: [
    { title: "permissions computed at deployment", resources: [definition(UNKNOWN.array)] },
    { title: "actions computed at deployment", resources: [definition([{ actions: UNKNOWN.array }])] },
  ],
});
