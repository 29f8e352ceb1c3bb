/**
 * Northwind's shop on Azure: storage, databases, keys, compute, Kubernetes and web apps in one
 * resource group. Some resources meet the customer's duties and some do not, on purpose: see
 * README.md for the findings to expect. azure-native has no provider-level default tags, so every
 * resource carries its own `owner` tag.
 */
import * as azure from "@pulumi/azure-native";
import * as pulumi from "@pulumi/pulumi";

const SUBSCRIPTION = "00000000-0000-4000-8000-000000000001";
const TENANT = "00000000-0000-4000-8000-0000000000aa";
const PLATFORM_ADMINS_GROUP = "00000000-0000-4000-8000-0000000000bb";
/** Entra object ids of two people in the map: Diego (active) and Sam O'Connor (departed). */
const DIEGO = "c3e1a9b7-52d4-4f0a-8e6b-71d2c5f4a830";
const SAM = "5a0c7e1d-3b2f-4c8e-9d61-2f4b8a7c9e03";
const SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE platform@northwind";
const KEY_URI = "https://kv-shop-keys.vault.azure.net/keys/shop-data";

const westeurope = new azure.Provider("westeurope", { location: "westeurope", subscriptionId: SUBSCRIPTION, tenantId: TENANT });
const opts: pulumi.CustomResourceOptions = { provider: westeurope };

/**
 * The `data-classification` tag (responsibility-map/map.yaml): the level sets whether a resource needs a
 * customer-managed key, and how long its logs and backups are kept. Untagged resources are `internal`
 * (no customer-managed key, logs 90 days, backups 7 days); `confidential` asks for a customer-managed key,
 * logs 365 days and backups 14 days.
 */
const INTERNAL = { "data-classification": "internal" };
const CONFIDENTIAL = { "data-classification": "confidential" };

/** The owner tag, for one of the people in the responsibility map. */
function ownedBy(owner: string, extra: Record<string, string> = {}): Record<string, string> {
  return { owner, project: "shop", ...extra };
}

const group = new azure.resources.ResourceGroup("shop", { resourceGroupName: "rg-shop-dev", tags: ownedBy("tomas.novak") }, opts);
const resourceGroupName = group.name;
// Violating (ownership): a resource group owned by a team alias, not a person.
new azure.resources.ResourceGroup("sandbox", { resourceGroupName: "rg-shop-sandbox", tags: ownedBy("platform-team") }, opts);

// Access review. Compliant: Diego reads the resource group. Violating: Sam O'Connor, who left, still
// holds Contributor on it.
const READER = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
const CONTRIBUTOR = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`;
new azure.authorization.RoleAssignment(
  "diego-reader",
  { scope: group.id, roleDefinitionId: READER, principalId: DIEGO, principalType: "User" },
  opts,
);
new azure.authorization.RoleAssignment(
  "sam-contributor",
  { scope: group.id, roleDefinitionId: CONTRIBUTOR, principalId: SAM, principalType: "User" },
  opts,
);

// Least privilege. Compliant: a custom role that restarts VMs. Violating: a custom role with every
// action, which can assign any role (a custom Owner).
const SUBSCRIPTION_SCOPE = `/subscriptions/${SUBSCRIPTION}`;
new azure.authorization.RoleDefinition(
  "vm-operator",
  {
    roleName: "VM operator",
    scope: SUBSCRIPTION_SCOPE,
    assignableScopes: [SUBSCRIPTION_SCOPE],
    permissions: [{ actions: ["Microsoft.Compute/virtualMachines/read", "Microsoft.Compute/virtualMachines/restart/action"] }],
  },
  opts,
);
new azure.authorization.RoleDefinition(
  "ops-admin",
  { roleName: "Ops admin", scope: SUBSCRIPTION_SCOPE, assignableScopes: [SUBSCRIPTION_SCOPE], permissions: [{ actions: ["*"] }] },
  opts,
);
// Violating (advisory): a person who owns the whole subscription, standing, instead of through PIM.
new azure.authorization.RoleAssignment(
  "subscription-owner",
  {
    scope: SUBSCRIPTION_SCOPE,
    roleDefinitionId: `${SUBSCRIPTION_SCOPE}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
    principalType: "User",
    principalId: DIEGO,
  },
  opts,
);

const identity = new azure.managedidentity.UserAssignedIdentity("shop-data", { resourceGroupName, tags: ownedBy("mei.chen") }, opts);
const userAssigned = { type: "UserAssigned", userAssignedIdentities: [identity.id] };
// Some resource providers take the identities as a map keyed by resource id.
const userAssignedMap = { type: "UserAssigned", userAssignedIdentities: identity.id.apply((id) => ({ [id]: {} })) };
const workspace = new azure.operationalinsights.Workspace(
  "shop",
  { resourceGroupName, sku: { name: "PerGB2018" }, retentionInDays: 365, tags: ownedBy("mei.chen") },
  opts,
);

/** Sends a resource's audit logs to the shared workspace (row 59). */
function auditLogsOf(name: string, resourceUri: pulumi.Input<string>, parent?: pulumi.Resource): azure.monitor.DiagnosticSetting {
  return new azure.monitor.DiagnosticSetting(
    name,
    { name: "to-workspace", resourceUri, workspaceId: workspace.id, logs: [{ categoryGroup: "allLogs", enabled: true }] },
    parent ? { parent } : opts,
  );
}

// ---------------------------------------------------------------------------------------------
// Key Vault (rows 65-66)
// ---------------------------------------------------------------------------------------------
const keyVault = new azure.keyvault.Vault(
  "shop-keys",
  {
    resourceGroupName,
    vaultName: "kv-shop-keys",
    properties: {
      tenantId: TENANT,
      sku: { family: "A", name: "premium" },
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      enableRbacAuthorization: true,
      publicNetworkAccess: "Disabled",
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    },
    tags: ownedBy("mei.chen", CONFIDENTIAL),
  },
  opts,
);
auditLogsOf("shop-keys", keyVault.id);
// 2027-12-31T00:00:00Z: keys and secrets expire.
const EXPIRES = 1830211200;
new azure.keyvault.Key(
  "shop-data",
  {
    resourceGroupName,
    vaultName: keyVault.name,
    keyName: "shop-data",
    properties: {
      kty: "RSA",
      keySize: 3072,
      attributes: { enabled: true, expires: EXPIRES },
      rotationPolicy: {
        attributes: { expiryTime: "P1Y" },
        lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P90D" } }],
      },
    },
    tags: ownedBy("mei.chen"),
  },
  opts,
);
new azure.keyvault.Secret(
  "partner-api-token",
  {
    resourceGroupName,
    vaultName: keyVault.name,
    secretName: "partner-api-token",
    properties: { value: pulumi.secret("tok"), attributes: { expires: EXPIRES } },
    tags: ownedBy("mei.chen"),
  },
  opts,
);
// Violating: soft delete off, no purge protection, access policies instead of RBAC, reachable from
// anywhere, and a secret-reading access policy still held by Sam O'Connor, who left.
const teamVault = new azure.keyvault.Vault(
  "team-secrets",
  {
    resourceGroupName,
    vaultName: "kv-shop-team",
    properties: {
      tenantId: TENANT,
      sku: { family: "A", name: "standard" },
      enableSoftDelete: false,
      enableRbacAuthorization: false,
      accessPolicies: [{ tenantId: TENANT, objectId: SAM, permissions: { secrets: ["get", "list"] } }],
      publicNetworkAccess: "Enabled",
    },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);
// Violating: a key that never expires and is never rotated, and a secret that never expires.
new azure.keyvault.Key(
  "signing",
  {
    resourceGroupName,
    vaultName: teamVault.name,
    keyName: "signing",
    properties: { kty: "EC", curveName: "P-256" },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);
new azure.keyvault.Secret(
  "smtp-password",
  {
    resourceGroupName,
    vaultName: teamVault.name,
    secretName: "smtp-password",
    properties: { value: pulumi.secret("hunter2") },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Storage (rows 55-59): a component for the platform's standard storage account
// ---------------------------------------------------------------------------------------------
interface SecureStorageArgs {
  resourceGroupName: pulumi.Input<string>;
  owner: string;
}

class SecureStorage extends pulumi.ComponentResource {
  readonly account: azure.storage.StorageAccount;

  constructor(name: string, args: SecureStorageArgs, options: pulumi.ComponentResourceOptions = {}) {
    super("northwind:storage:SecureStorage", name, {}, options);
    const child = { parent: this };
    this.account = new azure.storage.StorageAccount(
      name,
      {
        resourceGroupName: args.resourceGroupName,
        kind: "StorageV2",
        sku: { name: "Standard_GRS" },
        identity: userAssigned,
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        defaultToOAuthAuthentication: true,
        encryption: {
          keySource: "Microsoft.Keyvault",
          keyVaultProperties: { keyName: "shop-data", keyVaultUri: "https://kv-shop-keys.vault.azure.net" },
          encryptionIdentity: { encryptionUserAssignedIdentity: identity.id },
          requireInfrastructureEncryption: true,
          services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
        },
        tags: ownedBy(args.owner, CONFIDENTIAL),
      },
      child,
    );
    const blobs = new azure.storage.BlobServiceProperties(
      name,
      {
        resourceGroupName: args.resourceGroupName,
        accountName: this.account.name,
        blobServicesName: "default",
        isVersioningEnabled: true,
        changeFeed: { enabled: true },
        deleteRetentionPolicy: { enabled: true, days: 14 },
        containerDeleteRetentionPolicy: { enabled: true, days: 14 },
        restorePolicy: { enabled: true, days: 7 },
      },
      child,
    );
    auditLogsOf(`${name}-account`, this.account.id, this);
    auditLogsOf(`${name}-blobs`, blobs.id, this);
    this.registerOutputs({ accountName: this.account.name });
  }
}

const shopData = new SecureStorage("shopdata", { resourceGroupName, owner: "lena.fischer" }, { providers: { "azure-native": westeurope } });
// Violating: plain HTTP and TLS 1.0 for a partner bridge. Exception EX-2 covered it, but expired on 2026-10-31.
// Also: Microsoft-managed keys, shared keys allowed, no soft delete or versioning, no diagnostic settings.
new azure.storage.StorageAccount(
  "legacyexports",
  {
    resourceGroupName,
    kind: "StorageV2",
    sku: { name: "Standard_LRS" },
    enableHttpsTrafficOnly: false,
    minimumTlsVersion: "TLS1_0",
    allowSharedKeyAccess: true,
    encryption: { keySource: "Microsoft.Storage", services: { blob: { enabled: true } } },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);
// Violating: versioning off and blobs deleted for good; owned by someone who has left.
const scratch = new azure.storage.StorageAccount(
  "scratchdata",
  {
    resourceGroupName,
    kind: "StorageV2",
    sku: { name: "Standard_LRS" },
    enableHttpsTrafficOnly: true,
    minimumTlsVersion: "TLS1_2",
    allowSharedKeyAccess: false,
    defaultToOAuthAuthentication: true,
    tags: ownedBy("sam.oconnor"),
  },
  opts,
);
new azure.storage.BlobServiceProperties(
  "scratchdata",
  {
    resourceGroupName,
    accountName: scratch.name,
    blobServicesName: "default",
    isVersioningEnabled: false,
    deleteRetentionPolicy: { enabled: false },
    containerDeleteRetentionPolicy: { enabled: false },
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Azure SQL (rows 60-64)
// ---------------------------------------------------------------------------------------------
const sqlServer = new azure.sql.Server(
  "orders-sql",
  {
    resourceGroupName,
    serverName: "sql-shop-orders",
    minimalTlsVersion: "1.2",
    publicNetworkAccess: "Disabled",
    identity: userAssigned,
    primaryUserAssignedIdentityId: identity.id,
    keyId: `${KEY_URI}/0f1e2d3c4b5a69788796a5b4c3d2e1f0`,
    administrators: {
      administratorType: "ActiveDirectory",
      azureADOnlyAuthentication: true,
      login: "platform-admins",
      sid: PLATFORM_ADMINS_GROUP,
      tenantId: TENANT,
      principalType: "Group",
    },
    tags: ownedBy("lena.fischer", CONFIDENTIAL),
  },
  opts,
);
new azure.sql.ServerBlobAuditingPolicy(
  "orders-sql",
  {
    resourceGroupName,
    serverName: sqlServer.name,
    blobAuditingPolicyName: "default",
    state: "Enabled",
    retentionDays: 365,
    isAzureMonitorTargetEnabled: true,
  },
  opts,
);
const ordersDb = new azure.sql.Database(
  "orders",
  {
    resourceGroupName,
    serverName: sqlServer.name,
    databaseName: "orders",
    sku: { name: "GP_Gen5_2" },
    requestedBackupStorageRedundancy: "Geo",
    tags: ownedBy("lena.fischer", CONFIDENTIAL),
  },
  opts,
);
new azure.sql.TransparentDataEncryption(
  "orders",
  { resourceGroupName, serverName: sqlServer.name, databaseName: ordersDb.name, tdeName: "current", state: "Enabled" },
  opts,
);
new azure.sql.BackupShortTermRetentionPolicy(
  "orders",
  { resourceGroupName, serverName: sqlServer.name, databaseName: ordersDb.name, policyName: "default", retentionDays: 14 },
  opts,
);
new azure.sql.BackupLongTermRetentionPolicy(
  "orders",
  {
    resourceGroupName,
    serverName: sqlServer.name,
    databaseName: ordersDb.name,
    policyName: "default",
    weeklyRetention: "P5W",
    monthlyRetention: "P12M",
    yearlyRetention: "P7Y",
    weekOfYear: 1,
  },
  opts,
);
auditLogsOf("orders-sql", ordersDb.id);
auditLogsOf("orders-sql-server", sqlServer.id);
// Violating: TLS 1.0, SQL logins, a departed person as Entra admin, auditing off, and confidential without a customer-managed key
// (azure-sql-server-require-cmk); its database has TDE off, 1 day of PITR and local backups only.
const reportingSql = new azure.sql.Server(
  "reporting-sql",
  {
    resourceGroupName,
    serverName: "sql-shop-reporting",
    minimalTlsVersion: "1.0",
    administratorLogin: "reporting",
    administratorLoginPassword: pulumi.secret("Reporting-Passw0rd!"),
    administrators: {
      administratorType: "ActiveDirectory",
      azureADOnlyAuthentication: false,
      login: "sam.oconnor@northwind.example",
      sid: SAM,
      tenantId: TENANT,
      principalType: "User",
    },
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);
new azure.sql.ServerBlobAuditingPolicy(
  "reporting-sql",
  { resourceGroupName, serverName: reportingSql.name, blobAuditingPolicyName: "default", state: "Disabled" },
  opts,
);
const reportingDb = new azure.sql.Database(
  "reporting",
  {
    resourceGroupName,
    serverName: reportingSql.name,
    databaseName: "reporting",
    sku: { name: "S0" },
    requestedBackupStorageRedundancy: "Local",
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);
new azure.sql.TransparentDataEncryption(
  "reporting",
  { resourceGroupName, serverName: reportingSql.name, databaseName: reportingDb.name, tdeName: "current", state: "Disabled" },
  opts,
);
new azure.sql.BackupShortTermRetentionPolicy(
  "reporting",
  { resourceGroupName, serverName: reportingSql.name, databaseName: reportingDb.name, policyName: "default", retentionDays: 1 },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Virtual machines and disks (rows 67-70)
// ---------------------------------------------------------------------------------------------
const network = new azure.network.VirtualNetwork(
  "shop",
  { resourceGroupName, addressSpace: { addressPrefixes: ["10.40.0.0/16"] }, tags: ownedBy("tomas.novak") },
  opts,
);
const subnet = new azure.network.Subnet(
  "apps",
  { resourceGroupName, virtualNetworkName: network.name, addressPrefix: "10.40.1.0/24" },
  opts,
);
const diskEncryptionSet = new azure.compute.DiskEncryptionSet(
  "shop",
  {
    resourceGroupName,
    encryptionType: "EncryptionAtRestWithCustomerKey",
    activeKey: { keyUrl: `${KEY_URI}/0f1e2d3c4b5a69788796a5b4c3d2e1f0` },
    identity: userAssigned,
    rotationToLatestKeyVersionEnabled: true,
    tags: ownedBy("mei.chen"),
  },
  opts,
);

function nic(name: string, owner: string): azure.network.NetworkInterface {
  return new azure.network.NetworkInterface(
    name,
    {
      resourceGroupName,
      ipConfigurations: [{ name: "primary", subnet: { id: subnet.id }, privateIPAllocationMethod: "Dynamic" }],
      tags: ownedBy(owner),
    },
    opts,
  );
}

const image = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };
const appVm = new azure.compute.VirtualMachine(
  "app",
  {
    resourceGroupName,
    hardwareProfile: { vmSize: "Standard_D2s_v5" },
    networkProfile: { networkInterfaces: [{ id: nic("app", "lena.fischer").id, primary: true }] },
    securityProfile: { encryptionAtHost: true },
    storageProfile: {
      imageReference: image,
      osDisk: {
        createOption: "FromImage",
        managedDisk: { storageAccountType: "Premium_LRS", diskEncryptionSet: { id: diskEncryptionSet.id } },
      },
    },
    osProfile: {
      computerName: "app",
      adminUsername: "azureuser",
      linuxConfiguration: {
        disablePasswordAuthentication: true,
        ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: SSH_KEY }] },
      },
    },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);
// Violating: no encryption at host, password sign-in, not backed up.
new azure.compute.VirtualMachine(
  "jumpbox",
  {
    resourceGroupName,
    hardwareProfile: { vmSize: "Standard_B2s" },
    networkProfile: { networkInterfaces: [{ id: nic("jumpbox", "diego.alvarez").id, primary: true }] },
    securityProfile: { encryptionAtHost: false },
    storageProfile: {
      imageReference: image,
      osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "StandardSSD_LRS" } },
    },
    osProfile: {
      computerName: "jumpbox",
      adminUsername: "azureuser",
      adminPassword: pulumi.secret("Jumpbox-Passw0rd!"),
      linuxConfiguration: { disablePasswordAuthentication: false },
    },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);

new azure.compute.Disk(
  "app-data",
  {
    resourceGroupName,
    creationData: { createOption: "Empty" },
    diskSizeGB: 256,
    sku: { name: "Premium_LRS" },
    encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: diskEncryptionSet.id },
    tags: ownedBy("lena.fischer", CONFIDENTIAL),
  },
  opts,
);
// Violating (azure-compute-disk-require-cmk): confidential, on the platform-managed key only.
new azure.compute.Disk(
  "scratch-data",
  {
    resourceGroupName,
    creationData: { createOption: "Empty" },
    diskSizeGB: 128,
    sku: { name: "StandardSSD_LRS" },
    encryption: { type: "EncryptionAtRestWithPlatformKey" },
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);

const backupVault = new azure.recoveryservices.Vault(
  "shop-backup",
  {
    resourceGroupName,
    sku: { name: "RS0", tier: "Standard" },
    identity: userAssigned,
    properties: {
      publicNetworkAccess: "Disabled",
      securitySettings: {
        softDeleteSettings: { softDeleteState: "AlwaysON", softDeleteRetentionPeriodInDays: 14 },
        immutabilitySettings: { state: "Locked" },
      },
      encryption: {
        keyVaultProperties: { keyUri: KEY_URI },
        kekIdentity: { userAssignedIdentity: identity.id },
        infrastructureEncryption: "Enabled",
      },
    },
    tags: ownedBy("lena.fischer", CONFIDENTIAL),
  },
  opts,
);
auditLogsOf("shop-backup", backupVault.id);
const dailyVmPolicy = new azure.recoveryservices.ProtectionPolicy(
  "daily-vm",
  {
    resourceGroupName,
    vaultName: backupVault.name,
    policyName: "daily-vm",
    properties: {
      backupManagementType: "AzureIaasVM",
      schedulePolicy: {
        schedulePolicyType: "SimpleSchedulePolicy",
        scheduleRunFrequency: "Daily",
        scheduleRunTimes: ["2026-01-01T02:00:00Z"],
      },
      retentionPolicy: {
        retentionPolicyType: "LongTermRetentionPolicy",
        dailySchedule: { retentionTimes: ["2026-01-01T02:00:00Z"], retentionDuration: { count: 35, durationType: "Days" } },
      },
    },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);
new azure.recoveryservices.ProtectedItem(
  "app",
  {
    resourceGroupName,
    vaultName: backupVault.name,
    fabricName: "Azure",
    containerName: pulumi.interpolate`iaasvmcontainerv2;rg-shop-dev;${appVm.name}`,
    protectedItemName: pulumi.interpolate`vm;iaasvmcontainerv2;rg-shop-dev;${appVm.name}`,
    properties: { protectedItemType: "Microsoft.Compute/virtualMachines", sourceResourceId: appVm.id, policyId: dailyVmPolicy.id },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);
// Violating: a vault whose soft delete is off, confidential without a customer-managed key
// (azure-recoveryservices-vault-require-cmk).
new azure.recoveryservices.Vault(
  "sandbox-backup",
  {
    resourceGroupName,
    sku: { name: "RS0", tier: "Standard" },
    properties: { publicNetworkAccess: "Enabled", securitySettings: { softDeleteSettings: { softDeleteState: "Disabled" } } },
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// Cosmos DB (row 71)
// ---------------------------------------------------------------------------------------------
const catalog = new azure.cosmosdb.DatabaseAccount(
  "catalog",
  {
    resourceGroupName,
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope", failoverPriority: 0 }],
    disableLocalAuth: true,
    keyVaultKeyUri: KEY_URI,
    defaultIdentity: pulumi.interpolate`UserAssignedIdentity=${identity.id}`,
    identity: { type: azure.cosmosdb.ResourceIdentityType.UserAssigned, userAssignedIdentities: [identity.id] },
    backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } },
    minimalTlsVersion: "Tls12",
    tags: ownedBy("mei.chen", CONFIDENTIAL),
  },
  opts,
);
auditLogsOf("catalog", catalog.id);
// Violating: account keys allowed, periodic backups, TLS 1.0, and confidential on the Microsoft-managed key
// (azure-cosmosdb-account-require-cmk).
new azure.cosmosdb.DatabaseAccount(
  "recommendations",
  {
    resourceGroupName,
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope", failoverPriority: 0 }],
    disableLocalAuth: false,
    backupPolicy: { type: "Periodic", periodicModeProperties: { backupIntervalInMinutes: 240, backupRetentionIntervalInHours: 8 } },
    minimalTlsVersion: "Tls",
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// AKS (rows 72-73)
// ---------------------------------------------------------------------------------------------
const cluster = new azure.containerservice.ManagedCluster(
  "shop",
  {
    resourceGroupName,
    dnsPrefix: "shop",
    identity: { type: azure.containerservice.ResourceIdentityType.UserAssigned, userAssignedIdentities: [identity.id] },
    enableRBAC: true,
    disableLocalAccounts: true,
    aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: [PLATFORM_ADMINS_GROUP], tenantID: TENANT },
    diskEncryptionSetID: diskEncryptionSet.id,
    agentPoolProfiles: [
      { name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5", vnetSubnetID: subnet.id, enableEncryptionAtHost: true },
    ],
    tags: ownedBy("tomas.novak", CONFIDENTIAL),
  },
  opts,
);
auditLogsOf("shop-aks", cluster.id);
// Violating: local admin accounts, Kubernetes RBAC off, no Entra integration, a departed person's id
// among its admins, no encryption at host, and confidential without a customer-managed key
// (azure-containerservice-cluster-require-cmk).
new azure.containerservice.ManagedCluster(
  "experiments",
  {
    resourceGroupName,
    dnsPrefix: "experiments",
    identity: { type: "SystemAssigned" },
    enableRBAC: false,
    disableLocalAccounts: false,
    aadProfile: { adminGroupObjectIDs: [SAM] },
    agentPoolProfiles: [{ name: "default", mode: "System", count: 1, vmSize: "Standard_B4ms", enableEncryptionAtHost: false }],
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);

// ---------------------------------------------------------------------------------------------
// App Service (rows 74-75)
// ---------------------------------------------------------------------------------------------
const plan = new azure.web.AppServicePlan(
  "shop",
  { resourceGroupName, kind: "linux", reserved: true, sku: { name: "P1v3", tier: "PremiumV3" }, tags: ownedBy("tomas.novak") },
  opts,
);
const storefront = new azure.web.WebApp(
  "storefront",
  {
    resourceGroupName,
    serverFarmId: plan.id,
    httpsOnly: true,
    siteConfig: { linuxFxVersion: "NODE|20-lts", minTlsVersion: "1.2", ftpsState: "Disabled", http20Enabled: true },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);
new azure.web.WebAppAuthSettingsV2(
  "storefront",
  {
    resourceGroupName,
    name: storefront.name,
    platform: { enabled: true },
    globalValidation: { requireAuthentication: true, unauthenticatedClientAction: "RedirectToLoginPage" },
    identityProviders: {
      azureActiveDirectory: {
        enabled: true,
        registration: {
          clientId: "00000000-0000-4000-8000-0000000000cc",
          openIdIssuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
        },
      },
    },
  },
  opts,
);
new azure.web.WebAppFtpAllowed("storefront", { resourceGroupName, name: storefront.name, allow: false }, opts);
new azure.web.WebAppScmAllowed("storefront", { resourceGroupName, name: storefront.name, allow: false }, opts);
auditLogsOf("storefront", storefront.id);
// Violating: HTTP allowed, TLS 1.0, plain FTP, no sign-in, basic publishing credentials on.
const adminApp = new azure.web.WebApp(
  "admin",
  {
    resourceGroupName,
    serverFarmId: plan.id,
    httpsOnly: false,
    siteConfig: { linuxFxVersion: "NODE|20-lts", minTlsVersion: "1.0", ftpsState: "AllAllowed" },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);
new azure.web.WebAppFtpAllowed("admin", { resourceGroupName, name: adminApp.name, allow: true }, opts);
new azure.web.WebAppScmAllowed("admin", { resourceGroupName, name: adminApp.name, allow: true }, opts);

// ---------------------------------------------------------------------------------------------
// PostgreSQL and MySQL flexible servers (rows 76-77)
// ---------------------------------------------------------------------------------------------
const dataEncryption = {
  type: "AzureKeyVault",
  primaryKeyURI: `${KEY_URI}/0f1e2d3c4b5a69788796a5b4c3d2e1f0`,
  primaryUserAssignedIdentityId: identity.id,
};
const ordersPg = new azure.dbforpostgresql.Server(
  "orders-pg",
  {
    resourceGroupName,
    version: "16",
    sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
    storage: { storageSizeGB: 128 },
    identity: userAssignedMap,
    authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled", tenantId: TENANT },
    backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 35 },
    dataEncryption,
    tags: ownedBy("lena.fischer", CONFIDENTIAL),
  },
  opts,
);
for (const [name, value] of [
  ["require_secure_transport", "on"],
  ["ssl_min_protocol_version", "TLSv1.2"],
  ["log_connections", "on"],
  ["log_checkpoints", "on"],
  ["shared_preload_libraries", "pg_stat_statements,pgaudit"],
  ["pgaudit.log", "ddl,role"],
] as const) {
  new azure.dbforpostgresql.Configuration(
    `orders-pg-${name}`,
    { resourceGroupName, serverName: ordersPg.name, configurationName: name, value, source: "user-override" },
    opts,
  );
}
auditLogsOf("orders-pg", ordersPg.id);
// Violating: password sign-in, local backups kept 7 days, TLS not required, and confidential on the
// Microsoft-managed key (azure-dbforpostgresql-server-require-cmk).
const legacyPg = new azure.dbforpostgresql.Server(
  "legacy-pg",
  {
    resourceGroupName,
    version: "13",
    sku: { name: "Standard_B1ms", tier: "Burstable" },
    storage: { storageSizeGB: 32 },
    administratorLogin: "legacy",
    administratorLoginPassword: pulumi.secret("Legacy-Passw0rd!"),
    authConfig: { activeDirectoryAuth: "Disabled", passwordAuth: "Enabled" },
    backup: { geoRedundantBackup: "Disabled", backupRetentionDays: 7 },
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);
new azure.dbforpostgresql.Configuration(
  "legacy-pg-require_secure_transport",
  { resourceGroupName, serverName: legacyPg.name, configurationName: "require_secure_transport", value: "off", source: "user-override" },
  opts,
);
new azure.dbforpostgresql.Configuration(
  "legacy-pg-log_connections",
  { resourceGroupName, serverName: legacyPg.name, configurationName: "log_connections", value: "off", source: "user-override" },
  opts,
);

const ordersMysql = new azure.dbformysql.Server(
  "orders-mysql",
  {
    resourceGroupName,
    version: "8.0.21",
    sku: { name: "Standard_D2ds_v4", tier: "GeneralPurpose" },
    identity: userAssigned,
    backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 35 },
    dataEncryption: { type: "AzureKeyVault", primaryKeyURI: dataEncryption.primaryKeyURI, primaryUserAssignedIdentityId: identity.id },
    tags: ownedBy("lena.fischer", CONFIDENTIAL),
  },
  opts,
);
for (const [name, value] of [
  ["require_secure_transport", "ON"],
  ["tls_version", "TLSv1.2,TLSv1.3"],
  ["aad_auth_only", "ON"],
  ["audit_log_enabled", "ON"],
] as const) {
  new azure.dbformysql.Configuration(
    `orders-mysql-${name}`,
    { resourceGroupName, serverName: ordersMysql.name, configurationName: name, value, source: "user-override" },
    opts,
  );
}
new azure.dbformysql.AzureADAdministrator(
  "orders-mysql",
  {
    resourceGroupName,
    serverName: ordersMysql.name,
    administratorName: "ActiveDirectory",
    administratorType: "ActiveDirectory",
    login: "platform-admins",
    sid: PLATFORM_ADMINS_GROUP,
    tenantId: TENANT,
    identityResourceId: identity.id,
  },
  opts,
);
auditLogsOf("orders-mysql", ordersMysql.id);
// Violating: TLS not required, TLS 1.0 allowed, passwords allowed, local backups, no audit log, and
// confidential on the Microsoft-managed key (azure-dbformysql-server-require-cmk).
const wikiMysql = new azure.dbformysql.Server(
  "wiki-mysql",
  {
    resourceGroupName,
    version: "8.0.21",
    sku: { name: "Standard_B1ms", tier: "Burstable" },
    administratorLogin: "wiki",
    administratorLoginPassword: pulumi.secret("Wiki-Passw0rd!"),
    backup: { geoRedundantBackup: "Disabled", backupRetentionDays: 7 },
    tags: ownedBy("diego.alvarez", CONFIDENTIAL),
  },
  opts,
);
for (const [name, value] of [
  ["require_secure_transport", "OFF"],
  ["tls_version", "TLSv1,TLSv1.1,TLSv1.2"],
  ["audit_log_enabled", "OFF"],
] as const) {
  new azure.dbformysql.Configuration(
    `wiki-mysql-${name}`,
    { resourceGroupName, serverName: wikiMysql.name, configurationName: name, value, source: "user-override" },
    opts,
  );
}

// ---------------------------------------------------------------------------------------------
// Azure Cache for Redis (row 78)
// ---------------------------------------------------------------------------------------------
new azure.redis.Redis(
  "sessions",
  {
    resourceGroupName,
    sku: { name: "Standard", family: "C", capacity: 1 },
    enableNonSslPort: false,
    minimumTlsVersion: "1.2",
    disableAccessKeyAuthentication: true,
    publicNetworkAccess: "Disabled",
    tags: ownedBy("lena.fischer", INTERNAL),
  },
  opts,
);
// Violating: the non-TLS port open, TLS 1.0, access keys. Nobody tagged an owner.
new azure.redis.Redis(
  "rate-limits",
  { resourceGroupName, sku: { name: "Basic", family: "C", capacity: 0 }, enableNonSslPort: true, minimumTlsVersion: "1.0" },
  opts,
);

export const storageAccountName = shopData.account.name;
export const webAppName = storefront.name;

// --- R9p3: patching ---
// Compliant: platform-patched and assessed Linux scale set that upgrades its OS image on a rolling schedule.
new azure.compute.VirtualMachineScaleSet(
  "workers",
  {
    resourceGroupName,
    sku: { name: "Standard_D2s_v5", capacity: 2 },
    upgradePolicy: { mode: "Rolling", automaticOSUpgradePolicy: { enableAutomaticOSUpgrade: true } },
    virtualMachineProfile: {
      securityProfile: { encryptionAtHost: true },
      storageProfile: { imageReference: image, osDisk: { createOption: "FromImage" } },
      osProfile: {
        computerNamePrefix: "worker",
        adminUsername: "azureuser",
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: SSH_KEY }] },
          patchSettings: { patchMode: "AutomaticByPlatform", assessmentMode: "AutomaticByPlatform" },
        },
      },
    },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);
// Violating (advisory): a Functions host on ~3, past its end of support.
new azure.web.WebAppApplicationSettings(
  "storefront-settings",
  { resourceGroupName, name: storefront.name, properties: { FUNCTIONS_EXTENSION_VERSION: "~3" } },
  opts,
);
// Compliant: a function app's settings on the ~4 host.
new azure.web.WebAppApplicationSettings(
  "admin-settings",
  { resourceGroupName, name: adminApp.name, properties: { FUNCTIONS_EXTENSION_VERSION: "~4" } },
  opts,
);
// Violating (advisory): a scale set that never upgrades its OS image, in Manual upgrade mode.
new azure.compute.VirtualMachineScaleSet(
  "batch",
  {
    resourceGroupName,
    sku: { name: "Standard_D2s_v5", capacity: 1 },
    upgradePolicy: { mode: "Manual" },
    virtualMachineProfile: {
      securityProfile: { encryptionAtHost: true },
      storageProfile: { imageReference: image, osDisk: { createOption: "FromImage" } },
      osProfile: {
        computerNamePrefix: "batch",
        adminUsername: "azureuser",
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: SSH_KEY }] },
          patchSettings: { patchMode: "AutomaticByPlatform", assessmentMode: "AutomaticByPlatform" },
        },
      },
    },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);
// Compliant: an AKS cluster on the patch channel with weekly node images (otherwise as "shop").
new azure.containerservice.ManagedCluster(
  "checkout",
  {
    resourceGroupName,
    dnsPrefix: "checkout",
    identity: { type: azure.containerservice.ResourceIdentityType.UserAssigned, userAssignedIdentities: [identity.id] },
    enableRBAC: true,
    disableLocalAccounts: true,
    aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: [PLATFORM_ADMINS_GROUP], tenantID: TENANT },
    diskEncryptionSetID: diskEncryptionSet.id,
    autoUpgradeProfile: { upgradeChannel: "patch", nodeOSUpgradeChannel: "NodeImage" },
    agentPoolProfiles: [
      { name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5", vnetSubnetID: subnet.id, enableEncryptionAtHost: true },
    ],
    tags: ownedBy("tomas.novak", INTERNAL),
  },
  opts,
);
// Compliant: a MySQL flexible server on 8.4 (otherwise as "orders-mysql", without its parameters).
new azure.dbformysql.Server(
  "catalog-mysql",
  {
    resourceGroupName,
    version: "8.4",
    sku: { name: "Standard_D2ds_v4", tier: "GeneralPurpose" },
    identity: userAssigned,
    backup: { geoRedundantBackup: "Enabled", backupRetentionDays: 35 },
    dataEncryption: { type: "AzureKeyVault", primaryKeyURI: dataEncryption.primaryKeyURI, primaryUserAssignedIdentityId: identity.id },
    tags: ownedBy("lena.fischer", INTERNAL),
  },
  opts,
);
// Violating (advisory): a cache pinned to the retired Redis 4.
new azure.redis.Redis(
  "legacy-cache",
  {
    resourceGroupName,
    sku: { name: "Standard", family: "C", capacity: 1 },
    redisVersion: "4",
    enableNonSslPort: false,
    minimumTlsVersion: "1.2",
    disableAccessKeyAuthentication: true,
    publicNetworkAccess: "Disabled",
    tags: ownedBy("lena.fischer", INTERNAL),
  },
  opts,
);

// --- R9t2: threat detection at subscription level (Defender plans, security contact, activity-log alerts and export) ---
// Compliant: the shop subscription sends its activity log to the workspace, alerts on the CIS operations,
// e-mails High alerts to the SOC and the owners, and has Defender for Servers on Standard.
new azure.monitor.SubscriptionDiagnosticSetting(
  "activity-log",
  {
    name: "activity-log-to-workspace",
    workspaceId: workspace.id,
    logs: ["Administrative", "Security", "Alert", "Policy"].map((category) => ({ category, enabled: true })),
  },
  opts,
);
/** CIS Azure 6.2.1-6.2.10: the administrative operations an activity-log alert should raise on. */
const CIS_OPERATIONS = [
  "Microsoft.Authorization/policyAssignments",
  "Microsoft.Network/networkSecurityGroups",
  "Microsoft.Security/securitySolutions",
  "Microsoft.Sql/servers/firewallRules",
  "Microsoft.Network/publicIPAddresses",
].flatMap((kind) => [`${kind}/write`, `${kind}/delete`]);
new azure.monitor.ActivityLogAlert(
  "cis-operations",
  {
    resourceGroupName,
    location: "Global",
    scopes: [SUBSCRIPTION_SCOPE],
    enabled: true,
    actions: {
      actionGroups: [{ actionGroupId: `${SUBSCRIPTION_SCOPE}/resourceGroups/rg-shop-dev/providers/Microsoft.Insights/actionGroups/soc` }],
    },
    condition: {
      allOf: [
        { field: "category", equals: "Administrative" },
        { field: "operationName", containsAny: CIS_OPERATIONS },
      ],
    },
    tags: ownedBy("tomas.novak"),
  },
  opts,
);
new azure.security.SecurityContact(
  "default",
  {
    securityContactName: "default",
    emails: "soc@northwind.example",
    isEnabled: true,
    notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }],
    notificationsByRole: { state: "On", roles: ["Owner"] },
  },
  opts,
);
new azure.security.Pricing(
  "defender-servers",
  { scopeId: SUBSCRIPTION_SCOPE, pricingName: "VirtualMachines", pricingTier: "Standard" },
  opts,
);
// Violating: Defender for Key Vault declared on Free while the stack deploys vaults; the other plans the
// stack's resources need are not declared at all.
new azure.security.Pricing("defender-key-vaults", { scopeId: SUBSCRIPTION_SCOPE, pricingName: "KeyVaults", pricingTier: "Free" }, opts);
// Violating: a second subscription (the analytics sandbox) with none of the subscription-level controls.
const analytics = new azure.Provider("analytics", {
  location: "westeurope",
  subscriptionId: "00000000-0000-4000-8000-000000000002",
  tenantId: TENANT,
});
new azure.resources.ResourceGroup(
  "analytics",
  { resourceGroupName: "rg-shop-analytics", tags: ownedBy("tomas.novak") },
  { provider: analytics },
);

// --- R9n2: network-exposure ---
// Compliant: HTTPS from the internet and SSH only from the VPN range.
const webNsg = new azure.network.NetworkSecurityGroup(
  "web-tier",
  {
    resourceGroupName,
    securityRules: [
      {
        name: "https-in",
        priority: 100,
        direction: "Inbound",
        access: "Allow",
        protocol: "Tcp",
        sourceAddressPrefix: "Internet",
        sourcePortRange: "*",
        destinationAddressPrefix: "*",
        destinationPortRange: "443",
      },
      {
        name: "ssh-from-vpn",
        priority: 110,
        direction: "Inbound",
        access: "Allow",
        protocol: "Tcp",
        sourceAddressPrefix: "10.20.0.0/16",
        sourcePortRange: "*",
        destinationAddressPrefix: "*",
        destinationPortRange: "22",
      },
    ],
    tags: ownedBy("tomas.novak"),
  },
  opts,
);
// Violating: RDP and SSH (a range 20-25) from anywhere.
new azure.network.SecurityRule(
  "admin-from-anywhere",
  {
    resourceGroupName,
    networkSecurityGroupName: webNsg.name,
    priority: 200,
    direction: "Inbound",
    access: "Allow",
    protocol: "*",
    sourceAddressPrefix: "*",
    sourcePortRange: "*",
    destinationAddressPrefix: "*",
    destinationPortRanges: ["20-25", "3389"],
  },
  opts,
);
// Violating: a jump box with its own public address (not tagged as a public tier).
new azure.network.NetworkInterface(
  "jumpbox-public",
  {
    resourceGroupName,
    ipConfigurations: [
      {
        name: "ipconfig1",
        subnet: { id: subnet.id },
        publicIPAddress: {
          id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shop-dev/providers/Microsoft.Network/publicIPAddresses/jumpbox`,
        },
      },
    ],
    tags: ownedBy("tomas.novak"),
  },
  opts,
);
// Compliant: the office address on each database server. Violating: the whole internet on Azure SQL,
// PostgreSQL and MySQL, and "allow Azure services" (0.0.0.0) on PostgreSQL (advisory).
new azure.sql.FirewallRule(
  "office",
  { resourceGroupName, serverName: sqlServer.name, startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.10" },
  opts,
);
new azure.sql.FirewallRule(
  "anyone",
  { resourceGroupName, serverName: sqlServer.name, startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
  opts,
);
new azure.dbforpostgresql.FirewallRule(
  "office",
  { resourceGroupName, serverName: ordersPg.name, startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.10" },
  opts,
);
new azure.dbforpostgresql.FirewallRule(
  "anyone",
  { resourceGroupName, serverName: ordersPg.name, startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
  opts,
);
new azure.dbforpostgresql.FirewallRule(
  "azure-services",
  { resourceGroupName, serverName: ordersPg.name, startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" },
  opts,
);
new azure.dbformysql.FirewallRule(
  "office",
  { resourceGroupName, serverName: ordersMysql.name, startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.10" },
  opts,
);
new azure.dbformysql.FirewallRule(
  "anyone",
  { resourceGroupName, serverName: ordersMysql.name, startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
  opts,
);
// Compliant: a private container and an account reached only through private endpoints.
// Violating: a container anyone can read.
new azure.storage.BlobContainer("invoices", { resourceGroupName, accountName: shopData.account.name, publicAccess: "None" }, opts);
new azure.storage.BlobContainer("product-images", { resourceGroupName, accountName: scratch.name, publicAccess: "Blob" }, opts);
const privateData = new azure.storage.StorageAccount(
  "privatedata",
  {
    resourceGroupName,
    kind: "StorageV2",
    sku: { name: "Standard_ZRS" },
    enableHttpsTrafficOnly: true,
    minimumTlsVersion: "TLS1_2",
    allowSharedKeyAccess: false,
    defaultToOAuthAuthentication: true,
    publicNetworkAccess: "Disabled",
    tags: ownedBy("lena.fischer", INTERNAL),
  },
  opts,
);
new azure.storage.BlobServiceProperties(
  "privatedata",
  {
    resourceGroupName,
    accountName: privateData.name,
    blobServicesName: "default",
    isVersioningEnabled: true,
    deleteRetentionPolicy: { enabled: true, days: 14 },
    containerDeleteRetentionPolicy: { enabled: true, days: 14 },
  },
  opts,
);
auditLogsOf("privatedata", privateData.id);
// Compliant: a data disk that cannot be exported.
new azure.compute.Disk(
  "ledger-data",
  {
    resourceGroupName,
    creationData: { createOption: "Empty" },
    diskSizeGB: 64,
    networkAccessPolicy: "DenyAll",
    tags: ownedBy("tomas.novak", INTERNAL),
  },
  opts,
);
// Compliant: a Cosmos DB account and an AKS cluster reached only privately.
const privateCatalog = new azure.cosmosdb.DatabaseAccount(
  "private-catalog",
  {
    resourceGroupName,
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: "westeurope", failoverPriority: 0 }],
    disableLocalAuth: true,
    backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } },
    minimalTlsVersion: "Tls12",
    publicNetworkAccess: "Disabled",
    tags: ownedBy("mei.chen", INTERNAL),
  },
  opts,
);
auditLogsOf("private-catalog", privateCatalog.id);
const privateCluster = new azure.containerservice.ManagedCluster(
  "internal",
  {
    resourceGroupName,
    dnsPrefix: "internal",
    identity: { type: azure.containerservice.ResourceIdentityType.UserAssigned, userAssignedIdentities: [identity.id] },
    enableRBAC: true,
    disableLocalAccounts: true,
    aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: [PLATFORM_ADMINS_GROUP], tenantID: TENANT },
    apiServerAccessProfile: { enablePrivateCluster: true },
    agentPoolProfiles: [
      { name: "system", mode: "System", count: 3, vmSize: "Standard_D4s_v5", vnetSubnetID: subnet.id, enableEncryptionAtHost: true },
    ],
    tags: ownedBy("tomas.novak", INTERNAL),
  },
  opts,
);
auditLogsOf("internal-aks", privateCluster.id);
// Compliant: an internal API reachable only through a private endpoint.
const ordersApi = new azure.web.WebApp(
  "orders-api",
  {
    resourceGroupName,
    serverFarmId: plan.id,
    httpsOnly: true,
    publicNetworkAccess: "Disabled",
    siteConfig: { linuxFxVersion: "NODE|20-lts", minTlsVersion: "1.2", ftpsState: "Disabled", http20Enabled: true },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);
new azure.web.WebAppFtpAllowed("orders-api", { resourceGroupName, name: ordersApi.name, allow: false }, opts);
new azure.web.WebAppScmAllowed("orders-api", { resourceGroupName, name: ordersApi.name, allow: false }, opts);
auditLogsOf("orders-api", ordersApi.id);
// Compliant: an internal worker. Violating: a container app with external ingress and a public
// container group, neither tagged as a public tier.
const appsEnvironment = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shop-dev/providers/Microsoft.App/managedEnvironments/shop`;
new azure.app.ContainerApp(
  "pricing-worker",
  {
    resourceGroupName,
    environmentId: appsEnvironment,
    configuration: { ingress: { external: false, targetPort: 8080 } },
    tags: ownedBy("mei.chen"),
  },
  opts,
);
new azure.app.ContainerApp(
  "pricing-preview",
  {
    resourceGroupName,
    environmentId: appsEnvironment,
    configuration: { ingress: { external: true, targetPort: 8080 } },
    tags: ownedBy("mei.chen"),
  },
  opts,
);
const jobContainers = [{ name: "job", image: "northwind.azurecr.io/jobs:1.4", resources: { requests: { cpu: 1, memoryInGB: 1.5 } } }];
new azure.containerinstance.ContainerGroup(
  "nightly-jobs",
  {
    resourceGroupName,
    osType: "Linux",
    containers: jobContainers,
    ipAddress: { type: "Private", ports: [{ port: 8080 }] },
    subnetIds: [{ id: subnet.id }],
    tags: ownedBy("mei.chen"),
  },
  opts,
);
new azure.containerinstance.ContainerGroup(
  "debug-shell",
  {
    resourceGroupName,
    osType: "Linux",
    containers: jobContainers,
    ipAddress: { type: "Public", ports: [{ port: 8080 }] },
    tags: ownedBy("diego.alvarez"),
  },
  opts,
);

// --- R9v: least-privilege (third-party access) ---
// Compliant: an Azure Lighthouse registration for Blueline Security's tenant (declared in the map),
// with Reader for its SOC analysts and Contributor for its responders.
const BLUELINE_TENANT = "3c6f2a1e-8b4d-4f7a-9e2c-5d1b0a9f8e7c";
const BLUELINE_SOC_GROUP = "5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
const blueline = new azure.managedservices.RegistrationDefinition(
  "blueline-soc",
  {
    scope: SUBSCRIPTION_SCOPE,
    properties: {
      registrationDefinitionName: "Blueline Security managed detection and response",
      managedByTenantId: BLUELINE_TENANT,
      authorizations: [
        {
          principalId: BLUELINE_SOC_GROUP,
          principalIdDisplayName: "Blueline SOC",
          roleDefinitionId: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
        },
        {
          principalId: BLUELINE_SOC_GROUP,
          principalIdDisplayName: "Blueline responders",
          roleDefinitionId: "b24988ac-6180-42a0-ab88-20f7382dd24c",
        },
      ],
    },
  },
  opts,
);
new azure.managedservices.RegistrationAssignment(
  "blueline-soc",
  { scope: SUBSCRIPTION_SCOPE, properties: { registrationDefinitionId: blueline.id } },
  opts,
);
// Violating: a registration for a tenant no third party of the map declares, granting User Access
// Administrator (it may assign Contributor to anyone in its tenant).
new azure.managedservices.RegistrationDefinition(
  "old-integrator",
  {
    scope: SUBSCRIPTION_SCOPE,
    properties: {
      registrationDefinitionName: "Integrator access (2024 project)",
      managedByTenantId: "9d2b7c4e-1a3f-4e5d-8c6b-2f1e0d9c8b7a",
      authorizations: [
        {
          principalId: "2a4c6e8f-0b1d-4f3a-9c5e-7d9f1b3c5e7a",
          roleDefinitionId: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
          delegatedRoleDefinitionIds: ["b24988ac-6180-42a0-ab88-20f7382dd24c"],
        },
      ],
    },
  },
  opts,
);

// --- secrets hygiene: settings reference Key Vault instead of holding credentials ---
// Compliant: the orders API reads its database password through a Key Vault reference.
new azure.web.WebAppApplicationSettings(
  "orders-api-settings",
  {
    resourceGroupName,
    name: ordersApi.name,
    properties: { DB_PASSWORD: "@Microsoft.KeyVault(SecretUri=https://shop-kv.vault.azure.net/secrets/orders-db-password/)" },
  },
  opts,
);
// Violating (advisory): the admin app's settings hold a password in plain text.
new azure.web.WebAppConnectionStrings(
  "admin-connection-strings",
  {
    resourceGroupName,
    name: adminApp.name,
    properties: {
      orders: { type: "SQLAzure", value: "Server=tcp:orders.database.windows.net;Database=orders;User ID=admin;Password=admin-2026;" },
    },
  },
  opts,
);
// Violating (advisory): a container app and a container group given an API token as a plain value.
new azure.app.ContainerApp(
  "pricing-sync",
  {
    resourceGroupName,
    environmentId: appsEnvironment,
    configuration: { ingress: { external: false, targetPort: 8080 } },
    template: {
      containers: [
        { name: "sync", image: "northwind.azurecr.io/pricing-sync:2.0", env: [{ name: "API_TOKEN", value: "pricing-sync-token" }] },
      ],
    },
    tags: ownedBy("mei.chen"),
  },
  opts,
);
new azure.containerinstance.ContainerGroup(
  "report-jobs",
  {
    resourceGroupName,
    osType: "Linux",
    containers: [
      {
        name: "job",
        image: "northwind.azurecr.io/jobs:1.4",
        resources: { requests: { cpu: 1, memoryInGB: 1.5 } },
        environmentVariables: [{ name: "DB_PASSWORD", value: "report-jobs-2026" }],
      },
    ],
    ipAddress: { type: "Private", ports: [{ port: 8080 }] },
    subnetIds: [{ id: subnet.id }],
    tags: ownedBy("mei.chen"),
  },
  opts,
);

// --- R10r: data-retention ---
// Log Analytics: internal logs may be kept at most 1095 days (map). Compliant: the shop workspace
// above (365 days). Violating: a workspace keeping internal logs seven years.
new azure.operationalinsights.Workspace(
  "archive",
  { resourceGroupName, sku: { name: "PerGB2018" }, retentionInDays: 2556, tags: ownedBy("mei.chen", INTERNAL) },
  opts,
);

// --- R10s: secrets hygiene ---
// Violating: the scale set's cloud-init clones a repository with a password in the URL.
new azure.compute.VirtualMachineScaleSet(
  "render-workers",
  {
    resourceGroupName,
    sku: { name: "Standard_D2s_v5", capacity: 2 },
    virtualMachineProfile: {
      securityProfile: { encryptionAtHost: true },
      osProfile: {
        computerNamePrefix: "worker",
        adminUsername: "azureuser",
        customData: Buffer.from("#cloud-config\nruncmd:\n  - git clone https://deploy:s3cr3t@git.example.com/shop/worker.git\n").toString(
          "base64",
        ),
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: SSH_KEY }] },
        },
      },
    },
    tags: ownedBy("lena.fischer"),
  },
  opts,
);

// --- third-party access: another tenant's group given a role directly ---
// Violating (advisory): a partner's group reads the resource group through a plain role assignment,
// which names no tenant; access for a third party goes through a declared Lighthouse registration.
new azure.authorization.RoleAssignment(
  "partner-readers",
  { scope: group.id, roleDefinitionId: READER, principalId: "5f2c8d1e-9a4b-4c3d-8e7f-6a5b4c3d2e1f", principalType: "ForeignGroup" },
  opts,
);
