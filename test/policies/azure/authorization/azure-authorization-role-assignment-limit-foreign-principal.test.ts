import rule from "../../../../policies/azure/authorization/azure-authorization-role-assignment-limit-foreign-principal";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const SUBSCRIPTION = "/subscriptions/00000000-0000-0000-0000-000000000000";
const role = (guid: string) => `${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const OWNER = role("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
const READER = role("acdd72a7-3385-48ef-bd42-f606fba81ae7");
const assignment = (props: Record<string, unknown>) =>
  resource(AZURE.roleAssignment, "partner", {
    scope: SUBSCRIPTION,
    roleDefinitionId: READER,
    principalType: "ForeignGroup",
    principalId: "5f2c8d1e-9a4b-4c3d-8e7f-6a5b4c3d2e1f",
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "Reader for a group of the organisation's own tenant", resources: [assignment({ principalType: "Group" })] },
    { title: "a role for a service principal", resources: [assignment({ principalType: "ServicePrincipal", roleDefinitionId: OWNER })] },
    { title: "a role for a user (principalType unset: the SDK sends User)", resources: [assignment({ principalType: undefined })] },
  ],
  violating: [
    { title: "Reader on the subscription for another tenant's group", resources: [assignment({})], codes: ["foreign-principal"] },
    {
      title: "Owner for another tenant's group, named in the message",
      resources: [assignment({ roleDefinitionId: OWNER })],
      problems: [
        "A group of another Entra tenant (`principalType: ForeignGroup`) is given the built-in Owner role, and the assignment names no tenant, so no third party of the map can be matched to it",
      ],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "principal type computed at deployment", resources: [assignment({ principalType: UNKNOWN.string })] }],
});
