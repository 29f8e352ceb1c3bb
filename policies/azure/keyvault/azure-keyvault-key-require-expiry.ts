import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";
import { keySettings } from "../support/arm-ids";

export default defineRule({
  name: "azure-keyvault-key-require-expiry",
  displayName: "Key Vault keys have an expiry date",
  description: "Every Key Vault key sets `properties.attributes.expires`.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.keyVaultKey],
  remediation:
    "Set `properties.attributes.expires` (seconds since 1970-01-01) on the key, or a `properties.rotationPolicy` with `attributes.expiryTime`.",
  why: "a leaked or forgotten key stays usable long after it should have been retired",
  controls: {
    nist: ["SC-12"],
    pciDss: ["3.7.4"],
    mcsb: ["DP-6"],
    cis: ["Azure 3.0 3.3.1", "Azure 3.0 3.3.2"],
    azurePolicy: ["152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"],
  },
  problems: { "no-expiry": "the key never expires" },
  check(key) {
    const { attributes, rotationPolicy: policy } = keySettings(key);
    // SDK (KeyAttributes.expires): "Expiry date in seconds since 1970-01-01T00:00:00Z"; unset never expires.
    if (isRecord(attributes) && typeof attributes["expires"] === "number") return pass;
    const policyAttributes = isRecord(policy) ? policy["attributes"] : undefined;
    if (isRecord(policyAttributes) && typeof policyAttributes["expiryTime"] === "string") return pass;
    return fail("The key never expires: `properties.attributes.expires` is not set and no rotation policy sets `attributes.expiryTime`", {
      code: "no-expiry",
    });
  },
});
