import type { ContainerGroupArgs } from "@pulumi/azure-native/containerinstance";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { type NamedValue, SECRET_PROBLEMS, secretViolations } from "../../core/secret-shapes";
import { AZURE } from "../../core/tokens";

type ContainerGroup = Pick<ContainerGroupArgs, "containers">;

export default defineRule({
  name: "azure-containerinstance-containergroup-disallow-plaintext-secrets",
  displayName: "Container instances take secrets as secure environment variables",
  description:
    "No container of a container group has an environment variable whose plain `value` holds a credential or a secret-named literal; secrets go in `secureValue` (or `secureValueReference`).",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AZURE.containerGroup],
  remediation:
    "Pass the secret as `secureValue` (a Pulumi secret read from Key Vault or config) or `secureValueReference` instead of `value` on the environment variable.",
  why: "plain environment values are returned to anyone who may read the container group, while secure values are never returned",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"], mcsb: ["IM-8"] },
  problems: SECRET_PROBLEMS,
  check(group) {
    // SDK EnvironmentVariable: `value` "The value of the environment variable"; `secureValue` "The value
    // of the secure environment variable"; `secureValueReference` "The reference of the secure environment variable".
    const { containers } = group.props as ContainerGroup;
    const entries: NamedValue[] = [];
    if (Array.isArray(containers)) {
      containers.forEach((container: unknown, index) => {
        const variables = isRecord(container) ? container["environmentVariables"] : undefined;
        if (!Array.isArray(variables)) return;
        variables.forEach((variable: unknown, position) => {
          if (!isRecord(variable)) return;
          const name = typeof variable["name"] === "string" ? variable["name"] : "";
          entries.push({ path: `containers[${index}].environmentVariables[${position}]`, name, value: variable["value"] });
        });
      });
    }
    if (entries.length === 0) return notApplicable("No container sets environment variables");
    return secretViolations(entries, group.secrets, "Pass the value as `secureValue` (or `secureValueReference`) instead of `value`.");
  },
});
