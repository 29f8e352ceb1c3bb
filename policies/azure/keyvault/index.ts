import keyRequireExpiry from "./azure-keyvault-key-require-expiry";
import keyRequireRotation from "./azure-keyvault-key-require-rotation";
import secretRequireExpiry from "./azure-keyvault-secret-require-expiry";
import vaultDisallowLeaverAccess from "./azure-keyvault-vault-disallow-leaver-access";
import vaultDisallowPublicAccess from "./azure-keyvault-vault-disallow-public-access";
import vaultEnablePurgeProtection from "./azure-keyvault-vault-enable-purge-protection";
import vaultRequireRbac from "./azure-keyvault-vault-require-rbac";

export const rules = [
  vaultDisallowLeaverAccess,
  vaultEnablePurgeProtection,
  vaultRequireRbac,
  vaultDisallowPublicAccess,
  keyRequireExpiry,
  keyRequireRotation,
  secretRequireExpiry,
];
