import vaultEnableSoftDelete from "./azure-recoveryservices-vault-enable-soft-delete";
import vaultRequireCmk from "./azure-recoveryservices-vault-require-cmk";

export const rules = [vaultEnableSoftDelete, vaultRequireCmk];
