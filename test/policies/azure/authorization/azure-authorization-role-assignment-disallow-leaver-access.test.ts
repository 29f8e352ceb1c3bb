import rule from "../../../../policies/azure/authorization/azure-authorization-role-assignment-disallow-leaver-access";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

// The bundled map: sam.oconnor (departed) claims object id 5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03; diego.alvarez (active) c3e1a9b7-52d4-4f0a-8e6b-71d2c5f4a830.
const SAM = "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03";
const DIEGO = "c3e1a9b7-52d4-4f0a-8e6b-71d2c5f4a830";
const SCOPE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app";
const ROLE = "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7";
const assignment = (props: Record<string, unknown>) =>
  resource(AZURE.roleAssignment, "reader", { scope: SCOPE, roleDefinitionId: ROLE, principalType: "User", principalId: DIEGO, ...props });
const eligibility = (principalId: unknown) =>
  resource(AZURE.pimRoleEligibilitySchedule, "eligible", { scope: SCOPE, roleDefinitionId: ROLE, principalId });
const cosmos = (principalId: unknown) =>
  resource(AZURE.cosmosSqlRoleAssignment, "data-reader", {
    resourceGroupName: "rg-app",
    accountName: "cosmos",
    roleDefinitionId: "00000000-0000-0000-0000-000000000001",
    scope: "/",
    principalId,
  });

describeRule(rule, {
  compliant: [
    { title: "role assigned to an active person", resources: [assignment({})] },
    {
      title: "role assigned to a group nobody claims",
      resources: [assignment({ principalType: "Group", principalId: "0b1d2c3e-4f50-4617-8293-a4b5c6d7e8f9" })],
    },
    { title: "PIM eligibility of an active person", resources: [eligibility(DIEGO)] },
    { title: "Cosmos data-plane role of an active person", resources: [cosmos(DIEGO.toUpperCase())] },
  ],
  violating: [
    { title: "role assigned to a departed person", resources: [assignment({ principalId: SAM })], codes: ["departed-identity"] },
    {
      title: "role assigned to a departed person without principalType",
      resources: [assignment({ principalId: SAM, principalType: undefined })],
      codes: ["departed-identity"],
    },
    { title: "PIM eligibility of a departed person", resources: [eligibility(SAM)], codes: ["departed-identity"] },
    { title: "Cosmos data-plane role of a departed person", resources: [cosmos(SAM)], codes: ["departed-identity"] },
    {
      title: "role assigned to a user nobody in the map claims",
      resources: [assignment({ principalId: "7e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b" })],
      codes: ["unclaimed-identity"],
      levels: ["advisory"],
    },
  ],
  notApplicable: [
    { title: "Cosmos role assignment without a principal", resources: [cosmos(undefined)], reason: "The assignment names no principal" },
  ],
  unknown: [{ title: "role assigned to a user created in the stack", resources: [assignment({ principalId: UNKNOWN.string })] }],
});
