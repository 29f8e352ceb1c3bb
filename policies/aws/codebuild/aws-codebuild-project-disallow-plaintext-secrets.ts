import type { ProjectArgs } from "@pulumi/aws/codebuild";
import type { codebuild } from "@pulumi/aws/types/input";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { type NamedValue, SECRET_PROBLEMS, secretViolations } from "../../core/secret-shapes";
import { AWS } from "../../core/tokens";

type Project = Pick<ProjectArgs, "environment">;
type Environment = Pick<codebuild.ProjectEnvironment, "environmentVariables">;
type Variable = codebuild.ProjectEnvironmentEnvironmentVariable;

// SDK ProjectEnvironmentEnvironmentVariable.type: "Valid values: `PARAMETER_STORE`, `PLAINTEXT`,
// `SECRETS_MANAGER`." The value of the two store types is the parameter or secret's name, not the
// secret. Unset is PLAINTEXT: "`PLAINTEXT`: An environment variable in plain text format. This is the
// default value." (the CodeBuild API text, as the installed azure-native awsconnector EnvironmentVariable quotes it).
const REFERENCE_TYPES: ReadonlySet<unknown> = new Set(["PARAMETER_STORE", "SECRETS_MANAGER"]);

export default defineRule({
  name: "aws-codebuild-project-disallow-plaintext-secrets",
  displayName: "CodeBuild projects take secrets from Secrets Manager or Parameter Store",
  description:
    "No CodeBuild environment variable of type `PLAINTEXT` (or unset) holds a credential or a secret-named literal; secrets use type `SECRETS_MANAGER` or `PARAMETER_STORE`.",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AWS.codebuildProject],
  remediation:
    'Store the secret in Secrets Manager or SSM Parameter Store and declare the variable with `type: "SECRETS_MANAGER"` (or `"PARAMETER_STORE"`) and the secret\'s name as its `value`.',
  why: "plaintext build variables are shown to anyone who may read the project and are written to build logs and the program's state",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"], securityHub: ["CodeBuild.2"] },
  problems: SECRET_PROBLEMS,
  check(project) {
    const { environment } = project.props as Project;
    const variables = isRecord(environment) ? (environment as Environment).environmentVariables : undefined;
    if (!Array.isArray(variables) || variables.length === 0) return notApplicable("The project sets no environment variables");
    const entries: NamedValue[] = [];
    (variables as Variable[]).forEach((variable, index) => {
      if (!isRecord(variable) || REFERENCE_TYPES.has(variable.type)) return;
      const name = typeof variable.name === "string" ? variable.name : "";
      entries.push({ path: `environment.environmentVariables[${index}]`, name, value: variable.value });
    });
    return secretViolations(
      entries,
      project.secrets,
      "Move the value to Secrets Manager or Parameter Store and set the variable's `type` to `SECRETS_MANAGER` or `PARAMETER_STORE` with the secret's name as `value`.",
    );
  },
});
