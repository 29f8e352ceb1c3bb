import { flexibleServerCmkRule, POSTGRES_FLEXIBLE } from "../support/flexible-server";

export default flexibleServerCmkRule({
  name: "azure-dbforpostgresql-server-require-cmk",
  displayName: "PostgreSQL flexible servers encrypt with a customer-managed key",
  description: 'Every PostgreSQL flexible server sets `dataEncryption.type` to "AzureKeyVault" with a customer-managed key.',
  engine: POSTGRES_FLEXIBLE,
  // enums/dbforpostgresql DataEncryptionType: AzureKeyVault | SystemAssigned.
  unsetDefault: "SystemAssigned",
});
