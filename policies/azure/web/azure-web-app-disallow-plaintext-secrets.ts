import type { WebAppApplicationSettingsArgs, WebAppArgs, WebAppConnectionStringsArgs } from "@pulumi/azure-native/web";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { type NamedValue, SECRET_PROBLEMS, secretViolations } from "../../core/secret-shapes";
import { AZURE } from "../../core/tokens";

type WebApp = Pick<WebAppArgs, "siteConfig">;
type Settings = Pick<WebAppApplicationSettingsArgs, "properties">;
type ConnectionStrings = Pick<WebAppConnectionStringsArgs, "properties">;

const SETTINGS = new Set<string>([AZURE.webAppApplicationSettings, AZURE.webAppApplicationSettingsSlot]);
const CONNECTION_STRINGS = new Set<string>([AZURE.webAppConnectionStrings, AZURE.webAppConnectionStringsSlot]);

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The settings and connection strings a resource sets, by path. */
function entriesOf(type: string, props: object): NamedValue[] {
  const entries: NamedValue[] = [];
  if (SETTINGS.has(type)) {
    // SDK WebAppApplicationSettings.properties: "Settings." (name -> value)
    const { properties } = props as Settings;
    if (isRecord(properties))
      for (const name of Object.keys(properties)) entries.push({ path: `properties.${name}`, name, value: properties[name] });
    return entries;
  }
  if (CONNECTION_STRINGS.has(type)) {
    // SDK WebAppConnectionStrings.properties: "Connection strings." (name -> ConnStringValueTypePair { value, type })
    const { properties } = props as ConnectionStrings;
    if (!isRecord(properties)) return entries;
    for (const name of Object.keys(properties)) {
      const pair: unknown = properties[name];
      // A connection string's name ("Default") says nothing; only the value's shape is judged.
      if (isRecord(pair)) entries.push({ path: `properties.${name}.value`, name: "", value: pair["value"] });
    }
    return entries;
  }
  // SDK SiteConfig: `appSettings` NameValuePair[] { name, value }; `connectionStrings` ConnStringInfo[] { connectionString, name, type }.
  // Inputs only: SiteConfigResponse has neither, so deployed state shows no inline settings.
  const { siteConfig } = props as WebApp;
  if (!isRecord(siteConfig)) return entries;
  const { appSettings, connectionStrings } = siteConfig;
  if (Array.isArray(appSettings)) {
    appSettings.forEach((setting: unknown, index) => {
      if (isRecord(setting))
        entries.push({ path: `siteConfig.appSettings[${index}]`, name: text(setting["name"]), value: setting["value"] });
    });
  }
  if (Array.isArray(connectionStrings)) {
    connectionStrings.forEach((entry: unknown, index) => {
      if (isRecord(entry)) entries.push({ path: `siteConfig.connectionStrings[${index}]`, name: "", value: entry["connectionString"] });
    });
  }
  return entries;
}

export default defineRule({
  name: "azure-web-app-disallow-plaintext-secrets",
  displayName: "Web app settings and connection strings hold no plaintext secrets",
  description:
    "No App Service app setting or connection string (on the app, a slot, or the settings and connection-string resources) holds a credential or a secret-named literal; secrets are Key Vault references (`@Microsoft.KeyVault(...)`) or Pulumi secrets.",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [
    AZURE.webApp,
    AZURE.webAppSlot,
    AZURE.webAppApplicationSettings,
    AZURE.webAppApplicationSettingsSlot,
    AZURE.webAppConnectionStrings,
    AZURE.webAppConnectionStringsSlot,
  ],
  remediation:
    "Store the secret in Key Vault and set the value to a Key Vault reference, `@Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>/)`, read with the app's managed identity; for databases prefer managed-identity authentication with no password.",
  why: "app settings and connection strings are shown to anyone who may read the app's configuration and sit in the program and its state",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"], mcsb: ["IM-8"] },
  problems: SECRET_PROBLEMS,
  check(resource) {
    const entries = entriesOf(resource.type, resource.props);
    if (entries.length === 0) return notApplicable("No app settings or connection strings are set");
    return secretViolations(
      entries,
      resource.secrets,
      "Store the secret in Key Vault and use a `@Microsoft.KeyVault(SecretUri=...)` reference instead.",
    );
  },
});
