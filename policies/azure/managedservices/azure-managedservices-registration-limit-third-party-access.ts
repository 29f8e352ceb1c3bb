import type { RegistrationDefinitionArgs } from "@pulumi/azure-native/managedservices";
import type * as inputs from "@pulumi/azure-native/types/input";
import { isOwnAccount, thirdPartyOf } from "../../../responsibility-map/model";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AZURE } from "../../core/tokens";
import { privilegedRole } from "../support/roles";

type Properties = Partial<inputs.managedservices.RegistrationDefinitionPropertiesArgs>;

export default defineRule({
  name: "azure-managedservices-registration-limit-third-party-access",
  displayName: "Azure Lighthouse delegates only to declared third parties, without Owner or User Access Administrator",
  description:
    "An Azure Lighthouse registration definition (`managedservices:RegistrationDefinition`) delegates to a tenant (`properties.managedByTenantId`) that a third party of the responsibility map declares (or one of the organisation's own tenants), and none of its `authorizations` or `eligibleAuthorizations` grants the built-in Owner or User Access Administrator role.",
  duty: "least-privilege",
  severity: "medium",
  resourceTypes: [AZURE.lighthouseDefinition],
  remediation:
    "List the managing tenant under its third party's `identifiers.azureTenantIds` in the responsibility map (or remove the registration), and grant the narrowest built-in role that does the job (Reader, or Contributor at a resource group) instead of Owner or User Access Administrator.",
  why: "an outside organisation's people hold standing access to the subscription that nobody has agreed to, reviews or can hold to a contract",
  controls: { nist: ["AC-6", "AC-6(5)", "SA-9"], mcsb: ["PA-1", "PA-7"], iso27001: ["A.5.19", "A.5.20"] },
  problems: {
    "undeclared-tenant": "the registration delegates to a tenant that no third party of the map declares",
    "privileged-role": "the registration grants the managing tenant Owner or User Access Administrator",
  },
  check(definition, ctx) {
    // RegistrationDefinitionArgs.properties and its managedByTenantId / authorizations[].roleDefinitionId
    // are in both shapes (RegistrationDefinitionPropertiesResponse, AuthorizationResponse).
    const properties = (definition.props as Pick<RegistrationDefinitionArgs, "properties">).properties as Properties | undefined;
    if (!isRecord(properties)) return [];
    const violations: Violation[] = [];
    const tenant = properties.managedByTenantId;
    if (typeof tenant === "string" && !isOwnAccount(ctx.map, "azureTenantIds", tenant)) {
      const party = thirdPartyOf(ctx.map, "azureTenantIds", tenant);
      if (party === undefined) {
        const noOwn =
          ctx.map.settings.ownAccounts.azureTenantIds.length === 0 ? " (and the map lists none of the organisation's own tenants)" : "";
        violations.push({
          code: "undeclared-tenant",
          subject: "properties.managedByTenantId",
          actual: `The registration delegates to tenant ${marked(tenant)}, which no third party of the responsibility map declares${noOwn}`,
          fix: "Name the tenant under its third party's `identifiers.azureTenantIds` in the responsibility map, with the duties it shares, or remove the registration.",
        });
      }
    }
    const holder = describeTenant(ctx.map, tenant);
    for (const list of ["authorizations", "eligibleAuthorizations"] as const) {
      const entries = properties[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry: unknown, i: number) => {
        if (!isRecord(entry)) return;
        // AuthorizationArgs.roleDefinitionId: "The identifier of the Azure built-in role".
        const role = privilegedRole(entry["roleDefinitionId"]);
        if (role === undefined) return;
        violations.push({
          code: "privileged-role",
          subject: `properties.${list}[${i}]`,
          actual: `\`properties.${list}[${i}]\` grants ${holder} the built-in ${role} role`,
          why: "the managing tenant can then grant any access to anyone, its own people included, without the organisation taking part",
          fix: "Grant a narrower built-in role (Reader, Contributor, or a service's own contributor role) in this authorization.",
        });
      });
    }
    return violations;
  },
});

function describeTenant(map: Parameters<typeof thirdPartyOf>[0], tenant: unknown): string {
  if (typeof tenant !== "string") return "the managing tenant";
  const party = thirdPartyOf(map, "azureTenantIds", tenant);
  return party === undefined ? "the managing tenant" : `third party ${party.name} (${party.id})`;
}
