/**
 * The Azure Policy built-in definitions that rules cite in `controls.azurePolicy`: definition name
 * (its GUID, as in `/providers/Microsoft.Authorization/policyDefinitions/<GUID>`) to display name.
 * Copied from the `name` and `properties.displayName` of github.com/Azure/azure-policy
 * built-in-policies/policyDefinitions (release 3.2026.0417.1). A test keeps rule metadata and this
 * table equal. Microsoft's TDE definition really is named `17k78e20-...` (not hexadecimal).
 */
export const AZURE_POLICY_DEFINITIONS: Readonly<Record<string, string>> = {
  "013e242c-8828-4970-87b3-ab247555486d": "Azure Backup should be enabled for Virtual Machines",
  "0a370ff3-6cab-4e85-8995-295fd854c5b8": "SQL servers should use customer-managed keys to encrypt data at rest",
  "0b15565f-aa9e-48ba-8619-45960f2c314d": "Email notification to subscription owner for high severity alerts should be enabled",
  "0b60c0b2-2dc2-4e1c-b5c9-abbed971de53": "Key vaults should have deletion protection enabled",
  "12d4fa5e-1f9f-4c21-97a9-b99b3c6611b5": "Azure Key Vault should use RBAC permission model",
  "152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0": "Key Vault keys should have an expiration date",
  "17k78e20-9358-41c9-923c-fb736d382a12": "Transparent Data Encryption on SQL databases should be enabled",
  "187242f4-89c6-4c43-9a4e-188c0efacc5f": "Resource logs should be enabled for Audit on supported resources",
  "1e66c121-a66a-4b1f-9b83-0fd99bf0fc2d": "Key vaults should have soft delete enabled",
  "1f314764-cb73-4fc9-b863-8eca98ac36e9": "An Azure Active Directory administrator should be provisioned for SQL servers",
  "1f905d99-2ab7-462c-a6b0-f709acca6c8f": "Azure Cosmos DB accounts should use customer-managed keys to encrypt data at rest",
  "22bee202-a82f-4305-9a2a-6d7f44d4dedb": "Only secure connections to your Azure Cache for Redis should be enabled",
  "245fc9df-fa96-4414-9a0b-3738c2f7341c": "Resource logs in Azure Kubernetes Service should be enabled",
  "2e94d99a-8a36-4563-bc77-810d8893b671":
    "[Preview]: Azure Recovery Services vaults should use customer-managed keys for encrypting backup data",
  "31b8092a-36b8-434b-9af7-5ec844364148": "[Preview]: Soft delete must be enabled for Recovery Services Vaults.",
  "32e6bbec-16b6-44c2-be37-c5b672d103cf": "Azure SQL Database should be running TLS version 1.2 or newer",
  "3dc5edcd-002d-444c-b216-e123bbfa37c0": "Windows virtual machines should enable Azure Disk Encryption or EncryptionAtHost.",
  "404c3081-a854-4457-ae30-26a93ef643f9": "Secure transfer to storage accounts should be enabled",
  "40e85574-ef33-47e8-a854-7a65c7500560": "Azure MySQL flexible server should have Microsoft Entra Only Authentication enabled",
  "41425d9f-d1a5-499a-9932-f8ed8453932c":
    "Temp disks and cache for agent node pools in Azure Kubernetes Service clusters should be encrypted at host",
  "450d2877-ebea-41e8-b00c-e286317d21bf": "Azure Kubernetes Service Clusters should enable Microsoft Entra ID integration",
  "465f0161-0087-490a-9ad9-ad6217f4f43a": "Require automatic OS image patching on Virtual Machine Scale Sets",
  "4733ea7b-a883-42fe-8cac-97454c2a9e4a": "Storage accounts should have infrastructure encryption",
  "4d24b6d4-5e53-4a4f-a7f4-618fa573ee4b": "App Service apps should require FTPS only",
  "4f4f78b8-e367-4b10-a341-d9a4ad5cf1c7": "Subscriptions should have a contact email address for security issues",
  "5450f5bd-9c72-4390-a9c4-a7aba4edfdd2": "Cosmos DB database accounts should have local authentication methods disabled",
  "55615ac9-af46-4a59-874e-391cc3dfb490": "Azure Key Vault should have firewall enabled or public network access disabled",
  "6e2593d9-add6-4083-9c9b-4b7d2188c899": "Email notification for high severity alerts should be enabled",
  "6fac406b-40ca-413b-bf8e-0bf964659c25": "Storage accounts should use customer-managed key for encryption",
  "702dd420-7fcc-42c5-afe8-4026edd20fe0": "OS and data disks should be encrypted with a customer-managed key",
  "7d7be79c-23ba-4033-84dd-45e2a5ccdd67":
    "Both operating systems and data disks in Azure Kubernetes Service clusters should be encrypted by customer-managed keys",
  "7f89b1eb-583c-429a-8828-af049802c1d9": "Audit diagnostic setting for selected resource types",
  "871b205b-57cf-4e1e-a234-492616998bf7": "App Service apps should have local authentication methods disabled for FTP deployments",
  "89099bee-89e0-4b26-a5f4-165451757743":
    "SQL servers with auditing to storage account destination should be configured with 90 days retention or higher",
  "8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54": "Storage accounts should prevent shared key access",
  "91a78b24-f231-4a8a-8da9-02c35b2b6510": "App Service apps should have resource logs enabled",
  "98728c90-32c7-4049-8429-847dc0f4fe37": "Key Vault secrets should have an expiration date",
  "993c2fcd-2b29-49d2-9eb0-df2c3a730c32": "Azure Kubernetes Service Clusters should have local authentication methods disabled",
  "9fbd64e3-67b8-489b-98e5-fa0007d17e76": "Configure soft delete for blobs and containers on Storage Accounts",
  "a4af4a39-4135-47fb-b175-47fbdf85311d": "App Service apps should only be accessible over HTTPS",
  "a6fb4358-5bf4-4ad7-ba82-2cd2f41ce5e9": "Auditing on SQL server should be enabled",
  "abda6d70-9778-44e7-84a8-06713e6db027":
    "Azure SQL logical servers should have Microsoft Entra-only authentication enabled during creation",
  "ac4a19c2-fa67-49b4-8ae5-0b2e78c49457": "Role-Based Access Control (RBAC) should be used on Kubernetes Services",
  "aede300b-d67f-480a-ae26-4b3dfb1a1fdc": "App Service apps should have local authentication methods disabled for SCM site deployments",
  "b3a22bc9-66de-45fb-98fa-00f5df42f41a": "Azure SQL Database should have Microsoft Entra-only authentication enabled",
  "bd876905-5b84-4f73-ab2d-2e7a7c4568d9": "Machines should be configured to periodically check for missing system updates",
  "c29c38cb-74a7-4505-9a06-e588ab86620a": "Enforce SSL connection should be enabled for PostgreSQL flexible servers",
  "c36a325b-ae04-4863-ad4f-19c6678f8e08": "Configure your Storage account to enable blob versioning",
  "ca88aadc-6e2b-416c-9de2-5a0f01d1693f": "Linux virtual machines should enable Azure Disk Encryption or EncryptionAtHost.",
  "ca91455f-eace-4f96-be59-e6e2c35b4816": "Managed disks should be double encrypted with both platform-managed and customer-managed keys",
  "cf820ca0-f99e-4f3e-84fb-66e913812d21": "Resource logs in Key Vault should be enabled",
  "d38fc420-0735-4ef3-ac11-c806f651a570": "Long-term geo-redundant backup should be enabled for Azure SQL Databases",
  "d6f6f560-14b7-49a4-9fc8-d2c3a9807868": "[Preview]: Immutability must be enabled for Recovery Services vaults",
  "d8cf8476-a2ec-4916-896e-992351803c44":
    "Keys should have a rotation policy ensuring that their rotation is scheduled within the specified number of days after creation.",
  "f0e6e85b-9b9f-4a4b-b67b-f730d42f1b0b": "App Service apps should use the latest TLS version",
  "fa498b91-8a7e-4710-9578-da944c68d1fe":
    "[Preview]: Azure PostgreSQL flexible server should have Microsoft Entra Only Authentication enabled",
  "fc4d8e41-e223-45ea-9bf5-eada37891d87": "Virtual machines and virtual machine scale sets should have encryption at host enabled",
  "fe83a0eb-a853-422d-aac2-1bffd182c5d0": "Storage accounts should have the specified minimum TLS version",
  // --- network exposure (R9n2) ---
  "22730e10-96f6-4aac-ad84-9383d35b5917": "Management ports should be closed on your virtual machines",
  "4fa4b6c0-31ca-4c0d-b10d-24b96f62a751": "Storage account public access should be disallowed",
  "b2982f36-99f2-4db5-8eff-283140c09693": "Storage accounts should disable public network access",
  "34c877ad-507e-4c82-993e-3452a6e0ad3c": "Storage accounts should restrict network access",
  "797b37f7-06b8-444c-b1ad-fc62867f335a": "Azure Cosmos DB should disable public network access",
  "0e246bcf-5f6f-4f87-bc6f-775d4712c7ea": "Authorized IP ranges should be defined on Kubernetes Services",
  "8405fdab-1faf-48aa-b702-999c9c172094": "Managed disks should disable public network access",
  "1b5ef780-c53c-4a64-87f3-bb9c8c8094ba": "App Service apps should disable public network access",
  "783ea2a8-b8fd-46be-896a-9ae79643a0b1": "Container Apps should disable external network access",
  "83a86a26-fd1f-447c-b59d-e51f44264114": "Network interfaces should not have public IPs",
};
