import rule from "../../../../policies/azure/keyvault/azure-keyvault-key-require-rotation";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

const rotate = (trigger: Record<string, unknown>) => ({ lifetimeActions: [{ action: { type: "rotate" }, trigger }] });
const key = (rotationPolicy: unknown) =>
  resource(AZURE.keyVaultKey, "cmk", {
    resourceGroupName: "rg-app",
    vaultName: "kv-app",
    properties: { kty: "RSA", keySize: 3072, rotationPolicy },
  });

/** Deployed outputs: no `properties`; `rotationPolicy` at the top level. */
const deployedKey = (rotationPolicy: unknown) =>
  resource(
    AZURE.keyVaultKey,
    "cmk",
    { name: "cmk", kty: "RSA", keySize: 3072, attributes: { enabled: true }, rotationPolicy },
    { id: "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app/keys/cmk" },
  );

describeRule(rule, {
  compliant: [
    { title: "key rotating 90 days after creation", resources: [key(rotate({ timeAfterCreate: "P90D" }))] },
    { title: "key rotating 3 months after creation", resources: [key(rotate({ timeAfterCreate: "P3M" }))] },
    { title: "deployed key rotating 90 days after creation", resources: [deployedKey(rotate({ timeAfterCreate: "P90D" }))] },
    { title: "key rotating 30 days before expiry", resources: [key(rotate({ timeBeforeExpiry: "P30D" }))] },
    {
      title: "key rotating yearly with a 365-day option",
      resources: [key(rotate({ timeAfterCreate: "P1Y" }))],
      config: { maximumRotationDays: 365 },
    },
  ],
  violating: [
    {
      title: "key without rotation policy",
      resources: [key(undefined)],
      problems: ["The key never rotates: `properties.rotationPolicy` has no rotate action"],
    },
    {
      title: "deployed key without rotation policy",
      resources: [deployedKey(undefined)],
      problems: ["The key never rotates: `properties.rotationPolicy` has no rotate action"],
    },
    {
      title: "deployed key rotating after 2 years",
      resources: [deployedKey(rotate({ timeAfterCreate: "P2Y" }))],
      problems: ["The key rotates too rarely: its rotation policy rotates 730 days after creation, above the allowed 90"],
    },
    {
      title: "key with only a notify action",
      resources: [key({ lifetimeActions: [{ action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } }] })],
      problems: ["The key never rotates: `properties.rotationPolicy` has no rotate action"],
    },
    {
      title: "key rotating after 2 years",
      resources: [key(rotate({ timeAfterCreate: "P2Y" }))],
      problems: ["The key rotates too rarely: its rotation policy rotates 730 days after creation, above the allowed 90"],
    },
  ],
  notApplicable: [
    {
      title: "key where the map puts key management on the provider's side",
      resources: [key(undefined)],
      map: mapWithScope("key-management", { provider: "azure", side: "provider", note: "Keys are managed by the provider." }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [
    { title: "rotation policy computed", resources: [key(UNKNOWN.object)] },
    { title: "trigger computed", resources: [key(rotate({ timeAfterCreate: UNKNOWN.string }))] },
  ],
});
