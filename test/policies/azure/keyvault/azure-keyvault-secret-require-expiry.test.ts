import rule from "../../../../policies/azure/keyvault/azure-keyvault-secret-require-expiry";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, mapWithScope, resource, secret, UNKNOWN } from "../../../support/rules";

const keyVaultSecret = (properties: Record<string, unknown>) =>
  resource(AZURE.keyVaultSecret, "db-password", {
    resourceGroupName: "rg-app",
    vaultName: "kv-app",
    properties: { value: secret("s3cr3t"), attributes: { expires: 1893456000 }, ...properties },
  });
const NEVER = "The secret never expires: `properties.attributes.expires` is not set";

describeRule(rule, {
  compliant: [{ title: "secret with attributes.expires", resources: [keyVaultSecret({})] }],
  violating: [
    { title: "secret without attributes", resources: [keyVaultSecret({ attributes: undefined })], problems: [NEVER] },
    { title: "secret with attributes but no expires", resources: [keyVaultSecret({ attributes: { enabled: true } })], problems: [NEVER] },
  ],
  notApplicable: [
    {
      title: "secret where the map puts key management on the provider's side",
      resources: [keyVaultSecret({ attributes: undefined })],
      map: mapWithScope("key-management", { provider: "azure", side: "provider", note: "Secrets are managed by the provider." }),
      reason: /on the provider's side/,
    },
  ],
  unknown: [{ title: "expiry computed", resources: [keyVaultSecret({ attributes: { expires: UNKNOWN.number } })] }],
});
