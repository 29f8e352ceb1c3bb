import rule from "../../../../policies/azure/keyvault/azure-keyvault-key-require-expiry";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const key = (properties: Record<string, unknown>) =>
  resource(AZURE.keyVaultKey, "cmk", {
    resourceGroupName: "rg-app",
    vaultName: "kv-app",
    properties: { kty: "RSA", keySize: 3072, attributes: { expires: 1893456000 }, ...properties },
  });
/** Deployed outputs: no path parameters and no `properties`; `attributes` and `rotationPolicy` at the top level. */
const deployedKey = (props: Record<string, unknown>) =>
  resource(
    AZURE.keyVaultKey,
    "cmk",
    { name: "cmk", kty: "RSA", keySize: 3072, keyUri: "https://kv-app.vault.azure.net/keys/cmk", ...props },
    { id: "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app/keys/cmk" },
  );

describeRule(rule, {
  compliant: [
    { title: "key with attributes.expires", resources: [key({})] },
    {
      title: "key whose rotation policy sets expiryTime",
      resources: [key({ attributes: undefined, rotationPolicy: { attributes: { expiryTime: "P1Y" } } })],
    },
    {
      title: "deployed key with top-level attributes.expires",
      resources: [deployedKey({ attributes: { enabled: true, expires: 1893456000 } })],
    },
    {
      title: "deployed key whose top-level rotation policy sets expiryTime",
      resources: [deployedKey({ attributes: { enabled: true }, rotationPolicy: { attributes: { expiryTime: "P1Y" } } })],
    },
  ],
  violating: [
    { title: "key without attributes", resources: [key({ attributes: undefined })], codes: ["no-expiry"] },
    { title: "key with attributes but no expires", resources: [key({ attributes: { enabled: true } })], codes: ["no-expiry"] },
    {
      title: "deployed key whose attributes set no expiry",
      resources: [deployedKey({ attributes: { enabled: true } })],
      codes: ["no-expiry"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "expiry computed", resources: [key({ attributes: { expires: UNKNOWN.number } })] },
    { title: "deployed expiry computed", resources: [deployedKey({ attributes: { expires: UNKNOWN.number } })] },
  ],
});
