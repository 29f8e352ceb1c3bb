import type { RoleAssignmentArgs } from "@pulumi/azure-native/authorization";
import { defineRule } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { privilegedRole } from "../support/roles";

type RoleAssignment = Pick<RoleAssignmentArgs, "principalType" | "roleDefinitionId">;

/**
 * Third-party access on Azure is declared through an Azure Lighthouse registration, which names the
 * managing tenant (azure-managedservices-registration-limit-third-party-access checks it against the
 * map). A role assignment to a principal of another tenant names no tenant at all, so the map cannot
 * say which third party holds it: such access is reported, with the way to declare it.
 */
export default defineRule({
  name: "azure-authorization-role-assignment-limit-foreign-principal",
  displayName: "Access for another tenant's principals goes through a declared Lighthouse registration",
  description:
    "No role assignment gives a group of another Entra tenant (`principalType: ForeignGroup`) a role: such an assignment names no tenant, so no third party of the responsibility map can answer for it.",
  duty: "least-privilege",
  severity: "medium",
  resourceTypes: [AZURE.roleAssignment],
  remediation:
    "Grant the third party access through an Azure Lighthouse registration (`managedservices.RegistrationDefinition` with its `managedByTenantId`) and name that tenant under the third party's `identifiers.azureTenantIds` in the map, or remove the assignment.",
  why: "access held from another tenant is invisible to the organisation's own reviews, and nobody in the map answers for it",
  controls: { nist: ["AC-6", "AC-2", "SA-9"], mcsb: ["PA-1", "PA-7"], iso27001: ["A.5.19", "A.5.20", "A.8.2"] },
  problems: {
    "foreign-principal": "a group of another tenant is given a role, and the assignment names no tenant to match to a third party",
  },
  check(assignment) {
    const props = assignment.props as Partial<RoleAssignment>;
    // SDK enum authorization.PrincipalType: "ForeignGroup" (a group of an external tenant, per the
    // Azure RBAC REST reference). An unset type is sent as "User" (azure-authorization-role-assignment-disallow-privileged-user).
    if (props.principalType !== "ForeignGroup") return [];
    const role = privilegedRole(props.roleDefinitionId);
    return [
      {
        code: "foreign-principal",
        subject: "principalId",
        actual: `A group of another Entra tenant (\`principalType: ForeignGroup\`) is given ${role === undefined ? "a role" : `the built-in ${role} role`}, and the assignment names no tenant, so no third party of the map can be matched to it`,
      },
    ];
  },
});
