import { expect, it } from "vitest";
import rule from "../../../../policies/azure/keyvault/azure-keyvault-key-require-rotation";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, run, UNKNOWN } from "../../../support/rules";

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
      codes: ["no-rotation"],
    },
    {
      title: "deployed key without rotation policy",
      resources: [deployedKey(undefined)],
      codes: ["no-rotation"],
    },
    {
      title: "deployed key rotating after 2 years",
      resources: [deployedKey(rotate({ timeAfterCreate: "P2Y" }))],
      codes: ["rotation-too-rare"],
    },
    {
      title: "key with only a notify action",
      resources: [key({ lifetimeActions: [{ action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } }] })],
      codes: ["no-rotation"],
    },
    {
      title: "key rotating after 2 years",
      resources: [key(rotate({ timeAfterCreate: "P2Y" }))],
      codes: ["rotation-too-rare"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "rotation policy computed", resources: [key(UNKNOWN.object)] },
    { title: "trigger computed", resources: [key(rotate({ timeAfterCreate: UNKNOWN.string }))] },
  ],
});

// The finding states the interval it read (P2Y as 730 days) against the allowed maximum.
it("reports the rotation interval in days against the maximum", () => {
  const [finding] = run(rule, [key(rotate({ timeAfterCreate: "P2Y" }))]);
  expect(finding?.problem).toContain("its rotation policy rotates 730 days after creation, above the allowed 90");
});
