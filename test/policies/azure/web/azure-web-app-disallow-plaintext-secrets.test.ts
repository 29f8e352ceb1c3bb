import rule from "../../../../policies/azure/web/azure-web-app-disallow-plaintext-secrets";
import { AZURE } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const RG = { resourceGroupName: "rg-app", name: "web" };
const app = (siteConfig: Record<string, unknown> | undefined, type: string = AZURE.webApp) =>
  resource(type, "web", { ...RG, ...(type === AZURE.webAppSlot ? { slot: "staging" } : {}), ...(siteConfig ? { siteConfig } : {}) });
const settings = (properties: Record<string, unknown>, type: string = AZURE.webAppApplicationSettings) =>
  resource(type, "web-settings", { ...RG, ...(type === AZURE.webAppApplicationSettingsSlot ? { slot: "staging" } : {}), properties });
const connections = (properties: Record<string, unknown>, type: string = AZURE.webAppConnectionStrings) =>
  resource(type, "web-connections", { ...RG, ...(type === AZURE.webAppConnectionStringsSlot ? { slot: "staging" } : {}), properties });

const KV = "@Microsoft.KeyVault(SecretUri=https://kv-app.vault.azure.net/secrets/db-password/)";
const STORAGE = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=bXlrZXk=;EndpointSuffix=core.windows.net";

describeRule(rule, {
  compliant: [
    {
      title: "app settings with Key Vault references",
      resources: [
        app({
          appSettings: [
            { name: "DB_PASSWORD", value: KV },
            { name: "WEBSITE_RUN_FROM_PACKAGE", value: "1" },
          ],
        }),
      ],
    },
    {
      title: "a managed-identity connection string on a slot",
      resources: [
        app(
          {
            connectionStrings: [
              {
                name: "Default",
                connectionString: "Server=tcp:db.database.windows.net;Authentication=Active Directory Default",
                type: "SQLAzure",
              },
            ],
          },
          AZURE.webAppSlot,
        ),
      ],
    },
    { title: "settings resource with a Pulumi secret", resources: [settings({ API_KEY: secret("k-123") })] },
    { title: "slot settings with a Key Vault reference", resources: [settings({ API_KEY: KV }, AZURE.webAppApplicationSettingsSlot)] },
    {
      title: "connection strings from Key Vault",
      resources: [connections({ Default: { value: "@Microsoft.KeyVault(VaultName=kv-app;SecretName=db)", type: "SQLAzure" } })],
    },
    {
      title: "slot connection strings as a Pulumi secret",
      resources: [connections({ Storage: { value: secret(STORAGE), type: "Custom" } }, AZURE.webAppConnectionStringsSlot)],
    },
  ],
  violating: [
    {
      title: "a storage account key in a connection string",
      resources: [app({ connectionStrings: [{ name: "Storage", connectionString: STORAGE, type: "Custom" }] })],
      codes: ["credential-in-value"],
    },
    {
      title: "a secret-named literal app setting (advisory)",
      resources: [app({ appSettings: [{ name: "STRIPE_API_KEY", value: "sk_live_abc" }] }, AZURE.webAppSlot)],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "an AWS key id in a settings resource",
      resources: [settings({ BACKUP_KEY_ID: FAKE_KEY_ID })],
      codes: ["credential-in-value"],
    },
    {
      title: "a password in slot settings (advisory)",
      resources: [settings({ SMTP_PASSWORD: "hunter2" }, AZURE.webAppApplicationSettingsSlot)],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "a SQL password in a connection strings resource",
      resources: [connections({ Default: { value: "Server=tcp:db;User ID=app;Password=hunter2", type: "SQLAzure" } })],
      codes: ["credential-in-value"],
    },
    {
      title: "the message names the connection string, never its value",
      resources: [
        connections(
          { Bus: { value: "Endpoint=sb://ns/;SharedAccessKeyName=send;SharedAccessKey=c2VjcmV0", type: "Custom" } },
          AZURE.webAppConnectionStringsSlot,
        ),
      ],
      problems: ["`properties.Bus.value` holds a plain value that looks like a shared access key in a connection string"],
    },
  ],
  notApplicable: [
    { title: "an app without settings", resources: [app(undefined)], reason: "No app settings or connection strings are set" },
  ],
  unknown: [
    { title: "app settings computed at preview", resources: [app({ appSettings: UNKNOWN.array })] },
    { title: "a setting value computed at preview", resources: [settings({ DB_PASSWORD: UNKNOWN.string })] },
  ],
});
