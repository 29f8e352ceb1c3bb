import rule from "../../../../policies/aws/lambda/aws-lambda-function-disallow-plaintext-secrets";
import { AWS } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID, FAKE_PEM } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const fn = (variables: Record<string, unknown> | undefined) =>
  resource(AWS.lambdaFunction, "api", { runtime: "nodejs22.x", ...(variables === undefined ? {} : { environment: { variables } }) });

describeRule(rule, {
  compliant: [
    { title: "variables without secrets", resources: [fn({ LOG_LEVEL: "info", TOKEN_ENDPOINT_URL: "https://auth.example.com/token" })] },
    {
      title: "secret referenced by its Secrets Manager ARN",
      resources: [fn({ DB_PASSWORD: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf" })],
    },
    { title: "secret referenced by its SSM parameter name", resources: [fn({ API_KEY: "/prod/api/key" })] },
    { title: "secret passed as a Pulumi secret", resources: [fn({ DB_PASSWORD: secret("hunter2"), AWS_KEY: secret(FAKE_KEY_ID) })] },
    {
      title: "names about secrets, not secrets",
      resources: [fn({ DB_SECRET_NAME: "prod/db", AWS_ACCESS_KEY_ID_PARAM: "x", KMS_KEY: "alias/app" })],
    },
  ],
  violating: [
    { title: "an AWS access key id under an innocent name", resources: [fn({ BOOTSTRAP: FAKE_KEY_ID })], codes: ["credential-in-value"] },
    {
      title: "a password under a secret-like name (advisory)",
      resources: [fn({ DB_PASSWORD: "hunter2" })],
      codes: ["secret-name-literal"],
      levels: ["advisory"],
    },
    {
      title: "one finding per variable",
      resources: [fn({ SIGNING_KEY_PEM: FAKE_PEM, apiKey: "abc123", LOG_LEVEL: "debug" })],
      codes: ["credential-in-value", "secret-name-literal"],
      levels: ["mandatory", "advisory"],
    },
    {
      title: "the message names the variable and the kind, never the value",
      resources: [fn({ DATABASE_URL: "postgres://app:hunter2@db.internal/app" })],
      problems: ["`environment.variables.DATABASE_URL` holds a plain value that looks like a URL with a user name and password"],
    },
  ],
  notApplicable: [
    { title: "function without environment", resources: [fn(undefined)], reason: "The function sets no environment variables" },
    { title: "function with an empty variables map", resources: [fn({})], reason: "The function sets no environment variables" },
  ],
  unknown: [
    { title: "environment computed at preview", resources: [resource(AWS.lambdaFunction, "api", { environment: UNKNOWN.object })] },
    { title: "a variable computed at preview", resources: [fn({ DB_PASSWORD: UNKNOWN.string })] },
  ],
});
