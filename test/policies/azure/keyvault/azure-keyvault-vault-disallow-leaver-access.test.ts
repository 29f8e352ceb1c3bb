import rule from "../../../../policies/azure/keyvault/azure-keyvault-vault-disallow-leaver-access";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const SAM = "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03";
const DIEGO = "c3e1a9b7-52d4-4f0a-8e6b-71d2c5f4a830";
const TENANT = "00000000-0000-0000-0000-000000000000";
const entry = (objectId: unknown) => ({ tenantId: TENANT, objectId, permissions: { secrets: ["get"] } });
const vault = (accessPolicies: unknown[] | undefined) =>
  resource(AZURE.keyVault, "kv", {
    resourceGroupName: "rg-app",
    properties: { tenantId: TENANT, sku: { family: "A", name: "standard" }, ...(accessPolicies ? { accessPolicies } : {}) },
  });
const policy = (objectId: unknown) =>
  resource(AZURE.keyVaultAccessPolicy, "kv-policy", { resourceGroupName: "rg-app", vaultName: "kv", policy: entry(objectId) });

describeRule(rule, {
  compliant: [
    {
      title: "vault whose access policies name an active person and an application",
      resources: [vault([entry(DIEGO), entry("11111111-2222-4333-8444-555555555555")])],
    },
    { title: "access policy for an active person", resources: [policy(DIEGO)] },
  ],
  violating: [
    {
      title: "vault with an access policy for a departed person",
      resources: [vault([entry(DIEGO), entry(SAM)])],
      codes: ["departed-identity"],
    },
    { title: "access policy resource for a departed person", resources: [policy(SAM)], codes: ["departed-identity"] },
  ],
  notApplicable: [{ title: "vault without access policies", resources: [vault(undefined)], reason: "The vault has no access policies" }],
  unknown: [{ title: "access policy whose object id is a new user's", resources: [policy(UNKNOWN.string)] }],
});
