import type { SecretArgs } from "@pulumi/azure-native/keyvault";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Secret = Pick<SecretArgs, "properties">;

export default defineRule({
  name: "azure-keyvault-secret-require-expiry",
  displayName: "Key Vault secrets have an expiry date",
  description: "Every Key Vault secret sets `properties.attributes.expires`.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.keyVaultSecret],
  remediation: "Set `properties.attributes.expires` (seconds since 1970-01-01) on the secret.",
  why: "a leaked or forgotten secret stays usable long after it should have been rotated",
  controls: {
    nist: ["SC-12"],
    pciDss: ["3.7.4"],
    mcsb: ["DP-6"],
    cis: ["Azure 3.0 3.3.3", "Azure 3.0 3.3.4"],
    azurePolicy: ["98728c90-32c7-4049-8429-847dc0f4fe37"],
  },
  problems: { "no-expiry": "the secret never expires" },
  check(secret) {
    const { properties } = secret.props as Secret;
    const attributes = isRecord(properties) ? properties["attributes"] : undefined;
    // SDK (SecretAttributes.expires): "Expiry date in seconds since 1970-01-01T00:00:00Z"; unset never expires.
    // Secret outputs keep `properties.attributes`, as inputs do.
    if (isRecord(attributes) && typeof attributes["expires"] === "number") return pass;
    return fail("The secret never expires: `properties.attributes.expires` is not set", { code: "no-expiry" });
  },
});
