import type { ContainerAppArgs } from "@pulumi/azure-native/app";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { type NamedValue, SECRET_PROBLEMS, secretViolations } from "../../core/secret-shapes";
import { AZURE } from "../../core/tokens";

type ContainerApp = Pick<ContainerAppArgs, "template">;

export default defineRule({
  name: "azure-app-containerapp-disallow-plaintext-secrets",
  displayName: "Container Apps take secrets through secret references",
  description:
    "No container of a Container App has an `env` entry whose plain `value` holds a credential or a secret-named literal; secrets are app secrets (ideally `keyVaultUrl`) referenced by `secretRef`.",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AZURE.containerApp],
  remediation:
    "Declare the secret in `configuration.secrets` (with `keyVaultUrl` and a managed `identity`) and reference it from the container's `env` entry with `secretRef` instead of `value`.",
  why: "plain environment values are returned to anyone who may read the app and sit in every revision, the program and its state",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"], mcsb: ["IM-8"] },
  problems: SECRET_PROBLEMS,
  check(app) {
    // SDK EnvironmentVar: `value` "Non-secret environment variable value."; `secretRef` "Name of the
    // Container App secret from which to pull the environment variable value."
    const { template } = app.props as ContainerApp;
    const containers = isRecord(template) ? template["containers"] : undefined;
    const entries: NamedValue[] = [];
    if (Array.isArray(containers)) {
      containers.forEach((container: unknown, index) => {
        const env = isRecord(container) ? container["env"] : undefined;
        if (!Array.isArray(env)) return;
        env.forEach((variable: unknown, position) => {
          if (!isRecord(variable)) return;
          const name = typeof variable["name"] === "string" ? variable["name"] : "";
          entries.push({ path: `template.containers[${index}].env[${position}]`, name, value: variable["value"] });
        });
      });
    }
    if (entries.length === 0) return notApplicable("No container sets environment variables");
    return secretViolations(entries, app.secrets, "Reference an app secret with `secretRef` (backed by `keyVaultUrl`) instead of `value`.");
  },
});
