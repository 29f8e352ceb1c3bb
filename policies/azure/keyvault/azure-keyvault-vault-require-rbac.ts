import type { VaultArgs } from "@pulumi/azure-native/keyvault";
import { isRecord } from "../../core/resource";
import { defineRule, fail, pass } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Vault = Pick<VaultArgs, "properties">;

export default defineRule({
  name: "azure-keyvault-vault-require-rbac",
  displayName: "Key vaults authorize data access with Azure RBAC",
  description: "Every key vault sets `properties.enableRbacAuthorization` to true instead of relying on access policies.",
  duty: "key-management",
  severity: "medium",
  resourceTypes: [AZURE.keyVault],
  remediation: "Set `properties.enableRbacAuthorization: true` on the key vault and grant access with role assignments.",
  why: "key access is granted by vault access policies that escape central role reviews and privileged-access controls",
  controls: {
    nist: ["SC-12"],
    pciDss: ["3.6"],
    mcsb: ["PA-7"],
    cis: ["Azure 3.0 3.3.6"],
    azurePolicy: ["12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5"],
  },
  problems: { "access-policies": "the vault authorizes with access policies, not Azure RBAC" },
  check(vault) {
    const { properties } = vault.props as Vault;
    const rbac = isRecord(properties) ? properties["enableRbacAuthorization"] : undefined;
    // SDK: "If null or not specified, the vault is created with the default value of false."
    if (rbac === true) return pass;
    return fail(
      rbac === undefined
        ? "The vault uses access policies: `properties.enableRbacAuthorization` is not set, and Azure then treats it as false"
        : "The vault uses access policies: `properties.enableRbacAuthorization` is false",
      { code: "access-policies" },
    );
  },
});
