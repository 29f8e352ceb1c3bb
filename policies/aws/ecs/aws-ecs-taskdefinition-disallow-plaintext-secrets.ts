import type { TaskDefinitionArgs } from "@pulumi/aws/ecs";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable, pass } from "../../core/rule";
import { type NamedValue, SECRET_PROBLEMS, secretViolations } from "../../core/secret-shapes";
import { AWS } from "../../core/tokens";

type TaskDefinition = Pick<TaskDefinitionArgs, "containerDefinitions">;

/** The `environment[]` entries of each container, from the parsed container definitions. */
function environmentOf(definitions: unknown): NamedValue[] {
  const entries: NamedValue[] = [];
  if (!Array.isArray(definitions)) return entries;
  definitions.forEach((container: unknown, index) => {
    const environment = isRecord(container) ? container["environment"] : undefined;
    if (!Array.isArray(environment)) return;
    environment.forEach((variable: unknown, position) => {
      if (!isRecord(variable)) return;
      const name = typeof variable["name"] === "string" ? variable["name"] : "";
      entries.push({ path: `containerDefinitions[${index}].environment[${position}]`, name, value: variable["value"] });
    });
  });
  return entries;
}

export default defineRule({
  name: "aws-ecs-taskdefinition-disallow-plaintext-secrets",
  displayName: "ECS containers take secrets through `secrets`, not `environment`",
  description:
    "No container's `environment` entry in an ECS task definition holds a credential or a secret-named literal; secrets are passed through `secrets[]` (`valueFrom` a Secrets Manager secret or SSM parameter).",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AWS.ecsTaskDefinition],
  remediation:
    "Store the secret in Secrets Manager or SSM Parameter Store and pass it as a `secrets` entry (`{ name, valueFrom: <secret or parameter ARN> }`) instead of an `environment` entry.",
  why: "`environment` values are shown to anyone who may describe the task definition and stay in every revision of it",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"], securityHub: ["ECS.8"] },
  problems: SECRET_PROBLEMS,
  check(task) {
    // SDK: `containerDefinitions` is a "List of valid container definitions provided as a single valid
    // JSON document"; computed from Outputs it is unknown at preview, and reading it stops the rule.
    const { containerDefinitions } = task.props as TaskDefinition;
    if (typeof containerDefinitions !== "string" || containerDefinitions === "")
      return notApplicable("The task definition has no container definitions");
    // The whole document passed as a Pulumi secret holds no plaintext.
    if (task.secrets?.has(containerDefinitions)) return pass;
    let definitions: unknown;
    try {
      definitions = JSON.parse(containerDefinitions);
    } catch {
      return notApplicable("The container definitions are not a JSON document (the provider rejects them)");
    }
    const entries = environmentOf(definitions);
    if (entries.length === 0) return notApplicable("No container sets `environment` variables");
    return secretViolations(
      entries,
      task.secrets,
      "Move the value to Secrets Manager or SSM Parameter Store and pass it as a `secrets` entry with `valueFrom` instead.",
    );
  },
});
