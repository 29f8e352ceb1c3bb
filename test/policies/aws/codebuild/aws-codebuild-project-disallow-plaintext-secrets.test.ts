import rule from "../../../../policies/aws/codebuild/aws-codebuild-project-disallow-plaintext-secrets";
import { AWS } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID, FAKE_SECRET_KEY } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const project = (environmentVariables: unknown[] | undefined) =>
  resource(AWS.codebuildProject, "build", {
    environment: {
      computeType: "BUILD_GENERAL1_SMALL",
      image: "aws/codebuild/standard:7.0",
      type: "LINUX_CONTAINER",
      ...(environmentVariables === undefined ? {} : { environmentVariables }),
    },
  });

describeRule(rule, {
  compliant: [
    { title: "plaintext settings that are no secrets", resources: [project([{ name: "STAGE", value: "prod", type: "PLAINTEXT" }])] },
    {
      title: "secrets from Secrets Manager and Parameter Store",
      resources: [
        project([
          { name: "DB_PASSWORD", value: "prod/db:password", type: "SECRETS_MANAGER" },
          { name: "NPM_TOKEN", value: "npm-token", type: "PARAMETER_STORE" },
        ]),
      ],
    },
    { title: "a Pulumi secret", resources: [project([{ name: "NPM_TOKEN", value: secret("npm_abc123") }])] },
    { title: "an access key id name that holds no key", resources: [project([{ name: "AWS_ACCESS_KEY_ID_PARAM", value: "build/key" }])] },
  ],
  violating: [
    {
      title: "AWS keys in plaintext variables (CodeBuild.2)",
      resources: [
        project([
          { name: "AWS_ACCESS_KEY_ID", value: FAKE_KEY_ID, type: "PLAINTEXT" },
          { name: "AWS_SECRET_ACCESS_KEY", value: FAKE_SECRET_KEY, type: "PLAINTEXT" },
        ]),
      ],
      codes: ["credential-in-value", "credential-in-value"],
    },
    {
      title: "a secret-named literal with type unset (PLAINTEXT by default, advisory)",
      resources: [project([{ name: "NPM_TOKEN", value: "npm_abc123" }])],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "the message names the entry and the variable, never the value",
      resources: [
        project([
          { name: "STAGE", value: "prod" },
          { name: "BOOTSTRAP", value: FAKE_KEY_ID },
        ]),
      ],
      problems: ["`environment.environmentVariables[1]` (`BOOTSTRAP`) holds a plain value that looks like an AWS access key id"],
    },
  ],
  notApplicable: [
    {
      title: "project without environment variables",
      resources: [project(undefined)],
      reason: "The project sets no environment variables",
    },
  ],
  unknown: [
    { title: "variables computed at preview", resources: [project([UNKNOWN.object])] },
    { title: "a value computed at preview", resources: [project([{ name: "NPM_TOKEN", value: UNKNOWN.string }])] },
  ],
});
