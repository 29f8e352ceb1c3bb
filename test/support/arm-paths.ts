/**
 * The ARM resource id of each azure-native type the rules read, as a template over its Args' path
 * parameters. This is the one part of an Azure resource's deployed form the SDK declarations do not
 * state (its outputs carry the `id` but not the parameters it is built from); the paths are those of
 * each resource's "Get" operation in the Azure REST API reference (learn.microsoft.com/rest/api/<service>),
 * which azure-native's generated resources call. `own` is the parameter naming the resource itself;
 * `defaults` are the fixed names ARM gives singleton children when the Args leave them out (the SDK
 * doc comments say so, e.g. sql TransparentDataEncryption `tdeName`: "The name of the transparent data
 * encryption configuration", always `current`). `name` is the deployed `name` output where it is not
 * the last path segment.
 */
export interface ArmPath {
  readonly path: string;
  readonly own: string;
  readonly defaults?: Readonly<Record<string, string>>;
  readonly name?: (value: (param: string) => string) => string;
}

const RG = "/subscriptions/{subscription}/resourceGroups/{resourceGroupName}/providers";

export const ARM_PATHS: Readonly<Record<string, ArmPath>> = {
  // learn.microsoft.com/rest/api/redis/redis/get
  "azure-native:redis:Redis": { path: `${RG}/Microsoft.Cache/redis/{name}`, own: "name" },
  "azure-native:cache:Redis": { path: `${RG}/Microsoft.Cache/redis/{name}`, own: "name" },
  // learn.microsoft.com/rest/api/compute/disks/get, virtual-machines/get, virtual-machine-scale-sets/get
  "azure-native:compute:Disk": { path: `${RG}/Microsoft.Compute/disks/{diskName}`, own: "diskName" },
  "azure-native:compute:VirtualMachine": { path: `${RG}/Microsoft.Compute/virtualMachines/{vmName}`, own: "vmName" },
  "azure-native:compute:VirtualMachineScaleSet": {
    path: `${RG}/Microsoft.Compute/virtualMachineScaleSets/{vmScaleSetName}`,
    own: "vmScaleSetName",
  },
  // learn.microsoft.com/rest/api/aks/managed-clusters/get, agent-pools/get
  "azure-native:containerservice:ManagedCluster": {
    path: `${RG}/Microsoft.ContainerService/managedClusters/{resourceName}`,
    own: "resourceName",
  },
  "azure-native:containerservice:AgentPool": {
    path: `${RG}/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}`,
    own: "agentPoolName",
  },
  // learn.microsoft.com/rest/api/cosmos-db-resource-provider/database-accounts/get
  "azure-native:cosmosdb:DatabaseAccount": { path: `${RG}/Microsoft.DocumentDB/databaseAccounts/{accountName}`, own: "accountName" },
  // learn.microsoft.com/rest/api/mysql/flexibleserver/servers/get, configurations/get, azure-ad-administrators/get
  "azure-native:dbformysql:Server": { path: `${RG}/Microsoft.DBforMySQL/flexibleServers/{serverName}`, own: "serverName" },
  "azure-native:dbformysql:Configuration": {
    path: `${RG}/Microsoft.DBforMySQL/flexibleServers/{serverName}/configurations/{configurationName}`,
    own: "configurationName",
  },
  "azure-native:dbformysql:AzureADAdministrator": {
    path: `${RG}/Microsoft.DBforMySQL/flexibleServers/{serverName}/administrators/{administratorName}`,
    own: "administratorName",
    defaults: { administratorName: "ActiveDirectory" },
  },
  // learn.microsoft.com/rest/api/postgresql/flexibleserver/servers/get, configurations/get
  "azure-native:dbforpostgresql:Server": { path: `${RG}/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}`, own: "serverName" },
  "azure-native:dbforpostgresql:Configuration": {
    path: `${RG}/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}`,
    own: "configurationName",
  },
  // learn.microsoft.com/rest/api/keyvault/keyvault/vaults/get, keys/get, secrets/get
  "azure-native:keyvault:Vault": { path: `${RG}/Microsoft.KeyVault/vaults/{vaultName}`, own: "vaultName" },
  "azure-native:keyvault:Key": { path: `${RG}/Microsoft.KeyVault/vaults/{vaultName}/keys/{keyName}`, own: "keyName" },
  "azure-native:keyvault:Secret": { path: `${RG}/Microsoft.KeyVault/vaults/{vaultName}/secrets/{secretName}`, own: "secretName" },
  // learn.microsoft.com/rest/api/monitor/diagnostic-settings/get: the setting nests under the resource it watches.
  // learn.microsoft.com/rest/api/defenderforcloud/pricings/get: GET {scopeId}/providers/Microsoft.Security/pricings/{pricingName}
  "azure-native:security:Pricing": { path: "{scopeId}/providers/Microsoft.Security/pricings/{pricingName}", own: "pricingName" },
  "azure-native:monitor:DiagnosticSetting": { path: "{resourceUri}/providers/Microsoft.Insights/diagnosticSettings/{name}", own: "name" },
  // learn.microsoft.com/rest/api/backup/protected-items/get, protection-policies/get; recoveryservices/vaults/get
  "azure-native:recoveryservices:Vault": { path: `${RG}/Microsoft.RecoveryServices/vaults/{vaultName}`, own: "vaultName" },
  "azure-native:recoveryservices:ProtectionPolicy": {
    path: `${RG}/Microsoft.RecoveryServices/vaults/{vaultName}/backupPolicies/{policyName}`,
    own: "policyName",
  },
  "azure-native:recoveryservices:ProtectedItem": {
    path: `${RG}/Microsoft.RecoveryServices/vaults/{vaultName}/backupFabrics/{fabricName}/protectionContainers/{containerName}/protectedItems/{protectedItemName}`,
    own: "protectedItemName",
    defaults: { fabricName: "Azure" },
  },
  // learn.microsoft.com/rest/api/resources/resource-groups/get
  "azure-native:resources:ResourceGroup": {
    path: "/subscriptions/{subscription}/resourceGroups/{resourceGroupName}",
    own: "resourceGroupName",
  },
  // learn.microsoft.com/rest/api/sql/: servers, databases and their singleton children
  "azure-native:sql:Server": { path: `${RG}/Microsoft.Sql/servers/{serverName}`, own: "serverName" },
  "azure-native:sql:Database": { path: `${RG}/Microsoft.Sql/servers/{serverName}/databases/{databaseName}`, own: "databaseName" },
  "azure-native:sql:BackupLongTermRetentionPolicy": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/backupLongTermRetentionPolicies/{policyName}`,
    own: "policyName",
    defaults: { policyName: "default" },
  },
  "azure-native:sql:LongTermRetentionPolicy": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/backupLongTermRetentionPolicies/{policyName}`,
    own: "policyName",
    defaults: { policyName: "default" },
  },
  "azure-native:sql:BackupShortTermRetentionPolicy": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/backupShortTermRetentionPolicies/{policyName}`,
    own: "policyName",
    defaults: { policyName: "default" },
  },
  "azure-native:sql:TransparentDataEncryption": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/transparentDataEncryption/{tdeName}`,
    own: "tdeName",
    defaults: { tdeName: "current" },
  },
  "azure-native:sql:EncryptionProtector": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/encryptionProtector/{encryptionProtectorName}`,
    own: "encryptionProtectorName",
    defaults: { encryptionProtectorName: "current" },
  },
  "azure-native:sql:ServerAzureADAdministrator": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/administrators/{administratorName}`,
    own: "administratorName",
    defaults: { administratorName: "ActiveDirectory" },
  },
  "azure-native:sql:ServerAzureADOnlyAuthentication": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/azureADOnlyAuthentications/{authenticationName}`,
    own: "authenticationName",
    defaults: { authenticationName: "Default" },
  },
  "azure-native:sql:ServerBlobAuditingPolicy": {
    path: `${RG}/Microsoft.Sql/servers/{serverName}/auditingSettings/{blobAuditingPolicyName}`,
    own: "blobAuditingPolicyName",
    defaults: { blobAuditingPolicyName: "default" },
  },
  // learn.microsoft.com/rest/api/storagerp/storage-accounts/get-properties, blob-services/get-service-properties
  "azure-native:storage:StorageAccount": { path: `${RG}/Microsoft.Storage/storageAccounts/{accountName}`, own: "accountName" },
  "azure-native:storage:BlobServiceProperties": {
    path: `${RG}/Microsoft.Storage/storageAccounts/{accountName}/blobServices/{blobServicesName}`,
    own: "blobServicesName",
    defaults: { blobServicesName: "default" },
  },
  // learn.microsoft.com/rest/api/appservice/web-apps/get, get-slot, get-ftp-allowed, get-scm-allowed (and -slot)
  "azure-native:web:WebApp": { path: `${RG}/Microsoft.Web/sites/{name}`, own: "name" },
  "azure-native:web:WebAppSlot": {
    path: `${RG}/Microsoft.Web/sites/{name}/slots/{slot}`,
    own: "slot",
    name: (value) => `${value("name")}/${value("slot")}`,
  },
  "azure-native:web:WebAppFtpAllowed": {
    path: `${RG}/Microsoft.Web/sites/{name}/basicPublishingCredentialsPolicies/ftp`,
    own: "name",
    name: () => "ftp",
  },
  "azure-native:web:WebAppScmAllowed": {
    path: `${RG}/Microsoft.Web/sites/{name}/basicPublishingCredentialsPolicies/scm`,
    own: "name",
    name: () => "scm",
  },
  "azure-native:web:WebAppFtpAllowedSlot": {
    path: `${RG}/Microsoft.Web/sites/{name}/slots/{slot}/basicPublishingCredentialsPolicies/ftp`,
    own: "name",
    name: () => "ftp",
  },
  "azure-native:web:WebAppScmAllowedSlot": {
    path: `${RG}/Microsoft.Web/sites/{name}/slots/{slot}/basicPublishingCredentialsPolicies/scm`,
    own: "name",
    name: () => "scm",
  },
  // learn.microsoft.com/rest/api/resource-manager/containerapps/container-apps/get
  "azure-native:app:ContainerApp": { path: `${RG}/Microsoft.App/containerApps/{containerAppName}`, own: "containerAppName" },
  // learn.microsoft.com/rest/api/container-instances/container-groups/get
  "azure-native:containerinstance:ContainerGroup": {
    path: `${RG}/Microsoft.ContainerInstance/containerGroups/{containerGroupName}`,
    own: "containerGroupName",
  },
  // learn.microsoft.com/rest/api/appservice/web-apps/list-application-settings, list-connection-strings (and -slot)
  "azure-native:web:WebAppApplicationSettings": {
    path: `${RG}/Microsoft.Web/sites/{name}/config/appsettings`,
    own: "name",
    name: () => "appsettings",
  },
  "azure-native:web:WebAppApplicationSettingsSlot": {
    path: `${RG}/Microsoft.Web/sites/{name}/slots/{slot}/config/appsettings`,
    own: "name",
    name: () => "appsettings",
  },
  "azure-native:web:WebAppConnectionStrings": {
    path: `${RG}/Microsoft.Web/sites/{name}/config/connectionstrings`,
    own: "name",
    name: () => "connectionstrings",
  },
  "azure-native:web:WebAppConnectionStringsSlot": {
    path: `${RG}/Microsoft.Web/sites/{name}/slots/{slot}/config/connectionstrings`,
    own: "name",
    name: () => "connectionstrings",
  },
};
