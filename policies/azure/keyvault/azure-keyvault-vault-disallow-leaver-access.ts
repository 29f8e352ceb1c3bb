import type { AccessPolicyArgs, VaultArgs } from "@pulumi/azure-native/keyvault";
import { type IdentityRef, leaverViolations } from "../../core/identities";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { objectIdRef } from "../support/identities";

/**
 * AccessPolicyEntry.objectId: "The object ID of a user, service principal or security group": no
 * field says which, so only an id the map lists for a person decides (never an unclaimed advisory).
 */
function refsOf(type: string, props: Readonly<Record<string, unknown>>): IdentityRef[] {
  if (type === AZURE.keyVaultAccessPolicy) {
    const policy = (props as Partial<AccessPolicyArgs>).policy as unknown;
    return isRecord(policy) ? objectIdRef(policy["objectId"], "policy.objectId", false) : [];
  }
  const properties = (props as Partial<VaultArgs>).properties as unknown;
  const policies = isRecord(properties) ? properties["accessPolicies"] : undefined;
  if (!Array.isArray(policies)) return [];
  return policies.flatMap((entry, index) =>
    isRecord(entry) ? objectIdRef(entry["objectId"], `properties.accessPolicies[${index}].objectId`, false) : [],
  );
}

export default defineRule({
  name: "azure-keyvault-vault-disallow-leaver-access",
  displayName: "No Key Vault access policy remains with people who left",
  description:
    "No Key Vault access policy, inline on the vault or a separate `keyvault.AccessPolicy`, names the Entra object id of a departed person in the responsibility map.",
  duty: "access-review",
  severity: "high",
  resourceTypes: [AZURE.keyVault, AZURE.keyVaultAccessPolicy],
  remediation:
    "Remove the departed person's entry from `properties.accessPolicies` (or delete the `keyvault.AccessPolicy`); better, switch the vault to RBAC (`enableRbacAuthorization: true`).",
  why: "access that outlives the person who held it is a way in that nobody watches",
  controls: {
    nist: ["AC-2(3)", "AC-6", "PS-4"],
    mcsb: ["PA-4"],
    pciDss: ["8.2.5"],
    iso27001: ["A.5.18", "A.6.5"],
    azurePolicy: ["12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5"],
  },
  problems: { "departed-identity": "an access policy names the Entra object id of a person who left" },
  check(resource, ctx) {
    const refs = refsOf(resource.type, resource.props);
    if (refs.length === 0) return notApplicable("The vault has no access policies");
    return leaverViolations(refs, ctx.map, {
      access: "access to the vault's keys, secrets or certificates",
      flagUnclaimed: false,
      fix: "Remove this access policy (the person left), or give the access to an active person or a group.",
    });
  },
});
