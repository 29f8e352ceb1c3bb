import { flexibleServerCmkRule, MYSQL_FLEXIBLE } from "../support/flexible-server";

export default flexibleServerCmkRule({
  name: "azure-dbformysql-server-require-cmk",
  displayName: "MySQL flexible servers encrypt with a customer-managed key",
  description: 'Every MySQL flexible server sets `dataEncryption.type` to "AzureKeyVault" with a customer-managed key.',
  engine: MYSQL_FLEXIBLE,
  // enums/dbformysql DataEncryptionType: AzureKeyVault | SystemManaged, "The key type, AzureKeyVault
  // for enable cmk, SystemManaged for disable cmk".
  unsetDefault: "SystemManaged",
});
