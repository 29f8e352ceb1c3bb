import type { WebAppApplicationSettingsArgs, WebAppArgs } from "@pulumi/azure-native/web";
import { isPastSupport, LIFECYCLE, type LifecycleRow, lifecycleOf } from "../../core/lifecycle";
import { isRecord } from "../../core/resource";
import { defineRule, pass, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type WebApp = Pick<WebAppArgs, "siteConfig" | "functionAppConfig">;
type AppSettings = Pick<WebAppApplicationSettingsArgs, "properties">;

interface Config {
  readonly allowedRuntimes: readonly string[];
}

const SETTINGS_TYPES = new Set<string>([AZURE.webAppApplicationSettings, AZURE.webAppApplicationSettingsSlot]);
const ROWS: readonly LifecycleRow[] = LIFECYCLE.appServiceRuntime.rows;

const major = (version: string): string | undefined => /^~?(\d+)/.exec(version)?.[1];
const majorMinor = (version: string): string | undefined => /^(\d+\.\d+)/.exec(version)?.[1];
const named = (label: string, version: string | undefined): string | undefined =>
  version === undefined ? undefined : `${label} ${version}`;

/** ".NET 8" from "8.0" or "v8.0"; ".NET Core 3.1" below 5; undefined for .NET Framework 4.x ("v4.0"), which ships with Windows. */
function dotnet(version: string): string | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?/.exec(version);
  if (match === null) return undefined;
  const [, majorPart = "", minorPart = "0"] = match;
  const number = Number(majorPart);
  if (number === 4) return undefined;
  return number >= 5 ? `.NET ${majorPart}` : `.NET Core ${majorPart}.${minorPart}`;
}

/** The runtime a `linuxFxVersion` names ("PYTHON|3.8" is Python 3.8); undefined for containers and stacks the table does not track. */
function linuxRuntime(value: string): string | undefined {
  const bar = value.indexOf("|");
  if (bar < 0) return undefined;
  const stack = value.slice(0, bar).toUpperCase();
  const version = value.slice(bar + 1);
  switch (stack) {
    case "NODE":
      return named("Node.js", major(version));
    case "PYTHON":
      return named("Python", majorMinor(version));
    case "PHP":
      return named("PHP", majorMinor(version));
    case "POWERSHELL":
      return named("PowerShell", majorMinor(version));
    case "DOTNETCORE":
    case "DOTNET":
    case "DOTNET-ISOLATED":
      return dotnet(version);
    default:
      return undefined;
  }
}

/** Each `siteConfig` version field with how its value names a runtime (SDK SiteConfig doc comments quoted). */
const SITE_FIELDS: readonly (readonly [field: string, runtime: (value: string) => string | undefined])[] = [
  ["linuxFxVersion", linuxRuntime], // "Linux App Framework and version"
  ["netFrameworkVersion", dotnet], // ".NET Framework version."
  ["nodeVersion", (value) => named("Node.js", major(value))], // "Version of Node.js."
  ["phpVersion", (value) => named("PHP", majorMinor(value))], // "Version of PHP."
  ["pythonVersion", (value) => named("Python", majorMinor(value))], // "Version of Python."
  ["powerShellVersion", (value) => named("PowerShell", majorMinor(value))], // "Version of PowerShell."
];

/** A Flex Consumption `functionAppConfig.runtime` ({ name: "python", version: "3.11" }) as a `linuxFxVersion`-style pair. */
function flexRuntime(name: string, version: string): string | undefined {
  return linuxRuntime(`${name}|${version}`);
}

/** App settings that choose a runtime: the Functions host version and the Windows Node.js version. */
const SETTING_FIELDS: readonly (readonly [setting: string, runtime: (value: string) => string | undefined])[] = [
  ["FUNCTIONS_EXTENSION_VERSION", (value) => named("Functions runtime", major(value) === undefined ? undefined : `~${major(value)}`)],
  ["WEBSITE_NODE_DEFAULT_VERSION", (value) => named("Node.js", major(value))],
];

export default defineRule<Config>({
  name: "azure-web-app-disallow-eol-runtime",
  displayName: "Web and function apps run a language runtime that is still patched",
  description:
    "No web app, function app or slot names a runtime past its end of support in the pack's lifecycle table: `siteConfig.linuxFxVersion` (`PYTHON|3.8`...), `netFrameworkVersion`, `nodeVersion`, `phpVersion`, `pythonVersion`, `powerShellVersion`, and the `FUNCTIONS_EXTENSION_VERSION` and `WEBSITE_NODE_DEFAULT_VERSION` app settings.",
  duty: "patching",
  severity: "medium",
  resourceTypes: [AZURE.webApp, AZURE.webAppSlot, AZURE.webAppApplicationSettings, AZURE.webAppApplicationSettingsSlot],
  remediation:
    'Move the app to a supported runtime (e.g. `linuxFxVersion: "PYTHON|3.12"` or `"NODE|22-lts"`) and function apps to `FUNCTIONS_EXTENSION_VERSION: "~4"`.',
  why: "App Service can't provide security patches for a runtime version past its end-of-support date, so known flaws stay in the app",
  controls: { nist: ["SI-2", "SA-22"], pciDss: ["6.3.3"], iso27001: ["A.8.8"], mcsb: ["PV-6"] },
  options: {
    allowedRuntimes: {
      type: "array",
      description:
        'Runtimes accepted even after their end-of-support date (an approved, time-boxed exception), as the lifecycle table names them ("Python 3.9").',
      default: [],
      items: { type: "string" },
      uniqueItems: true,
    },
  },
  problems: {
    ...(ROWS.some((row) => row.verify !== true) ? { "eol-runtime": "the app's runtime is past its end of support" } : {}),
    ...(ROWS.some((row) => row.verify === true)
      ? { "eol-runtime-unconfirmed": "the runtime is past an end-of-support date the table marks as unconfirmed" }
      : {}),
  },
  check(resource, ctx) {
    const found: [path: string, runtime: string][] = [];
    if (SETTINGS_TYPES.has(resource.type)) {
      const { properties } = resource.props as AppSettings;
      if (!isRecord(properties)) return pass;
      for (const [setting, runtime] of SETTING_FIELDS) {
        const value = properties[setting];
        const name = typeof value === "string" ? runtime(value) : undefined;
        if (name !== undefined) found.push([`properties.${setting}`, name]);
      }
    } else {
      const { siteConfig } = resource.props as WebApp;
      if (isRecord(siteConfig)) {
        for (const [field, runtime] of SITE_FIELDS) {
          const value = siteConfig[field];
          const name = typeof value === "string" ? runtime(value) : undefined;
          if (name !== undefined) found.push([`siteConfig.${field}`, name]);
        }
      }
      // SDK (FunctionsRuntime): `name` "Function app runtime name. Available options: dotnet-isolated, node, java, powershell, python, custom"; `version` "Function app runtime version. Example: 8 (for dotnet-isolated)".
      const { functionAppConfig } = resource.props as WebApp;
      const flex = isRecord(functionAppConfig) ? functionAppConfig["runtime"] : undefined;
      if (isRecord(flex) && typeof flex["name"] === "string" && typeof flex["version"] === "string") {
        const name = flexRuntime(flex["name"], flex["version"]);
        if (name !== undefined) found.push(["functionAppConfig.runtime", name]);
      }
    }
    const violations: Violation[] = [];
    for (const [path, runtime] of found) {
      if (ctx.config.allowedRuntimes.includes(runtime)) continue;
      const row = lifecycleOf("appServiceRuntime", runtime);
      if (!isPastSupport(row, ctx.now)) continue;
      const verified = row.verify !== true;
      violations.push({
        code: verified ? "eol-runtime" : "eol-runtime-unconfirmed",
        subject: path,
        actual: `The app runs ${runtime} (\`${path}\`), whose ${LIFECYCLE.appServiceRuntime.name} ended on ${row.endOfSupport}${verified ? "" : " (date unconfirmed)"}`,
        ...(verified ? {} : { advisory: true as const }),
      });
    }
    return violations.length === 0 ? pass : violations;
  },
});
