import rule from "../../../../policies/azure/keyvault/azure-keyvault-secret-require-expiry";
import { AZURE } from "../../../../policies/core/tokens";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const keyVaultSecret = (properties: Record<string, unknown>) =>
  resource(AZURE.keyVaultSecret, "db-password", {
    resourceGroupName: "rg-app",
    vaultName: "kv-app",
    properties: { value: secret("s3cr3t"), attributes: { expires: 1893456000 }, ...properties },
  });

describeRule(rule, {
  compliant: [{ title: "secret with attributes.expires", resources: [keyVaultSecret({})] }],
  violating: [
    { title: "secret without attributes", resources: [keyVaultSecret({ attributes: undefined })], codes: ["no-expiry"] },
    {
      title: "secret with attributes but no expires",
      resources: [keyVaultSecret({ attributes: { enabled: true } })],
      codes: ["no-expiry"],
    },
  ],
  notApplicable: [],
  unknown: [{ title: "expiry computed", resources: [keyVaultSecret({ attributes: { expires: UNKNOWN.number } })] }],
});
