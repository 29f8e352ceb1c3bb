import type { PimRoleEligibilityScheduleArgs, RoleAssignmentArgs } from "@pulumi/azure-native/authorization";
import type { SqlResourceSqlRoleAssignmentArgs } from "@pulumi/azure-native/cosmosdb";
import { FLAG_UNCLAIMED_OPTION, leaverViolations } from "../../core/identities";
import { defineRule, notApplicable } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { objectIdRef } from "../support/identities";

interface Config {
  readonly flagUnclaimed: boolean;
}

const ACCESS: Readonly<Record<string, string>> = {
  [AZURE.roleAssignment]: "an Azure role",
  [AZURE.pimRoleEligibilitySchedule]: "eligibility for an Azure role (PIM)",
  [AZURE.cosmosSqlRoleAssignment]: "a Cosmos DB data-plane role",
};

export default defineRule<Config>({
  name: "azure-authorization-role-assignment-disallow-leaver-access",
  displayName: "No Azure role remains with people who left",
  description:
    "No role assignment, PIM role eligibility or Cosmos DB SQL role assignment names the Entra object id of a departed person in the responsibility map; assignments to users name a person of the map.",
  duty: "access-review",
  severity: "high",
  resourceTypes: Object.keys(ACCESS),
  remediation:
    "Delete the assignment, or assign the role to an active person (better: a group) and list their object id under `identities.entraObjectIds` in the responsibility map.",
  why: "access that outlives the person who held it is a way in that nobody watches",
  controls: { nist: ["AC-2(3)", "AC-6", "PS-4"], mcsb: ["PA-4"], pciDss: ["8.2.5"], iso27001: ["A.5.18", "A.6.5"] },
  options: FLAG_UNCLAIMED_OPTION,
  problems: {
    "departed-identity": "the assignment names the Entra object id of a person who left",
    "unclaimed-identity": "a role assigned to a user (principalType User) whom no person in the map claims (advisory)",
  },
  check(resource, ctx) {
    let human = false;
    if (resource.type === AZURE.roleAssignment) {
      // RoleAssignmentArgs.principalType: enum User / Group / ServicePrincipal (and others),
      // optional; only `User` says the principal is a person.
      const type = (resource.props as Partial<RoleAssignmentArgs>).principalType;
      human = type === "User";
    }
    // PimRoleEligibilityScheduleArgs takes no principalType (it is output-only), and Cosmos's
    // SqlResourceSqlRoleAssignmentArgs.principalId names "the associated AAD principal" of any kind:
    // only an id the map lists for a person decides.
    const principalId = (resource.props as Partial<RoleAssignmentArgs | PimRoleEligibilityScheduleArgs | SqlResourceSqlRoleAssignmentArgs>)
      .principalId;
    const refs = objectIdRef(principalId, "principalId", human);
    if (refs.length === 0) return notApplicable("The assignment names no principal");
    return leaverViolations(refs, ctx.map, {
      access: ACCESS[resource.type] ?? "a role",
      flagUnclaimed: ctx.config.flagUnclaimed,
      fix: "Delete this assignment (the person left), or assign the role to an active person or a group.",
    });
  },
});
